#pragma once

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "calendar/officecalendar.h"
#include "domain/user.h"
#include "queries/intakebook.h"
#include "workflow/workflow.h"

#include <QObject>
#include <QTimer>
#include <QTimeZone>

#include <memory>

namespace aduan {
class Clock;
class ServerClock;
class Database;
} // namespace aduan

namespace aduan::gui {

class DataWatcher;

/// The logged-in user's session: the database, the clock, the user, and the signals that make
/// open views refresh. Every screen reaches the core through it. On a database server where the
/// person logged in with a role of their own (Authenticator::openPersonSession(), issue 17),
/// the session's database is that person's own connection, so that the server's rules apply
/// to everything the screens do; the office's connection the program opened first keeps the
/// logins and their lockout counters (loginDatabase()).
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(Database &db, const Clock &clock, const User &user, bool demo,
            QObject *parent = nullptr);
    /// A person's own session on a database server: works on `personal` (owned; closed with the
    /// session, i.e. at the logout); the password checks of the idle lock and of a signature
    /// run on `office` (authenticator()).
    Session(Database &office, std::unique_ptr<Database> personal, const Clock &clock,
            const User &user, bool demo, QObject *parent = nullptr);
    ~Session() override;

    /// The database the user's work runs on: the person's own connection on a server with
    /// person roles, the office's otherwise.
    Database &database() const { return m_db; }
    /// The office's own connection, where logins and the lockout counters are kept (the same as
    /// database() unless the person works on a role of their own).
    Database &loginDatabase() const { return m_login; }
    /// Checks of the user's password (idle lock, signature): Authenticator on loginDatabase().
    Authenticator authenticator() const { return Authenticator(m_login, m_clock); }
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
    void startTicking();

    std::unique_ptr<Database> m_personal;
    Database &m_db;
    Database &m_login;
    const Clock &m_clock;
    User m_user;
    bool m_demo = false;
    DataWatcher *m_watcher = nullptr;
    QTimer m_tick;
    QTimer m_clockCheck;
};

} // namespace aduan::gui
