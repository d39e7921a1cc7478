#pragma once

#include "domain/officeprofile.h"
#include "recap/recap.h"
#include "storage/database.h"

#include <QMap>
#include <QObject>
#include <QThread>

#include <memory>

namespace aduan::gui {

/// What the recap screen shows: the recap the core built, and the labels read with it.
struct RecapData {
    MonthlyRecap recap;
    QMap<int, QString> stepActors;     ///< "Sekretaris" by step number (SOP in force at the end)
    QMap<int, QString> stepActivities; ///< the SOP's words for each step
    QList<ComplaintClass> classes;     ///< the office's classes, in order

    /// Reads it all from `db` (buildRecap and the settings; the caller's thread).
    static RecapData read(Database &db, QDate from, QDate to, const QDateTime &now);
};

/// Builds recaps off the GUI thread: a month's recap of a 10,000-complaint database takes about
/// 0.3 s, a year's 0.6 s (more on a network share), too long to freeze the window. The worker
/// thread opens a connection of its own to the same file (the first time; it keeps it), reads,
/// and hands the result back on the GUI thread. Requests are served one after the other.
class RecapBuilder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecapBuilder)

public:
    /// Requests name the database by path; `options` are those the session's connection was
    /// opened with.
    RecapBuilder(QString databasePath, OpenOptions options, QObject *parent = nullptr);
    /// Waits for a running build to end.
    ~RecapBuilder() override;

    /// Starts building the recap of [from, to]; ends with built() or failed().
    void request(QDate from, QDate to, const QDateTime &now);

signals:
    void built(const std::shared_ptr<const aduan::gui::RecapData> &data);
    /// The build failed: `message` is the core's (aduan::Error::message()) or a generic one.
    void failed(const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace aduan::gui
