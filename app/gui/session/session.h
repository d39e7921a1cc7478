#pragma once

#include "admin/administration.h"
#include "calendar/officecalendar.h"
#include "domain/user.h"
#include "queries/intakebook.h"
#include "workflow/workflow.h"

#include <QObject>
#include <QTimer>
#include <QTimeZone>

namespace aduan {
class Clock;
class ServerClock;
class Database;
} // namespace aduan

namespace aduan::gui {

class DataWatcher;

/// The logged-in user's session: the database, the clock, the user, and the signals that make
/// open views refresh. Every screen reaches the core through it.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(Database &db, const Clock &clock, const User &user, bool demo,
            QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const User &user() const { return m_user; }
    qint64 userId() const { return m_user.id; }
    bool isDemo() const { return m_demo; }

    Workflow workflow() const { return Workflow(m_db, m_clock); }
    IntakeBook intakeBook() const { return IntakeBook(m_db, m_clock); }
    Administration administration() const { return Administration(m_db, m_clock); }

    /// The office calendar as stored (read each time: the administrator may change it).
    OfficeCalendar calendar() const;
    QTimeZone officeZone() const;
    QDate officeToday() const;

    /// True while a delegation makes the user acting head (Plh.) today.
    bool isActingHead() const;
    /// The roles whose workspaces the user gets: the user's own roles, plus the head's while a
    /// delegation makes the user acting head, in the order of allRoles().
    QList<Role> workspaceRoles() const;

    /// Reads the user again (roles or rights changed by the administrator).
    void reloadUser();
    /// After a command of this PC changed data: open views refresh. (Other PCs' commits are
    /// noticed by the DataWatcher.)
    void notifyChanged();

    DataWatcher *watcher() const { return m_watcher; }

    /// Compares this PC's clock with the office's every minute (verifyClock()): while they
    /// disagree, saving is refused with the core's sentence. Started by the program, not by
    /// tests (whose clocks are set by hand). Also remembers the longest history this PC has seen
    /// of the database (ChainMemory), at once and every minute. `serverClock`: the session's
    /// clock itself when the program stamps by a ServerClock (storage/serverclock.h), so that
    /// each check also measures the database server's clock again; nullptr otherwise.
    void startClockChecks(ServerClock *serverClock = nullptr);

signals:
    /// The data changed (this PC or another): views reload.
    void dataChanged();
    /// Every few seconds: views recompute the time left of open steps.
    void tick();

private:
    Database &m_db;
    const Clock &m_clock;
    User m_user;
    bool m_demo = false;
    DataWatcher *m_watcher = nullptr;
    QTimer m_tick;
    QTimer m_clockCheck;
};

} // namespace aduan::gui
