#pragma once

#include <QObject>
#include <QTimer>

namespace aduan {
class Database;
}

namespace aduan::gui {

/// Notices commits made by other PCs and emits changed(). On a store that pushes its changes
/// (PostgreSQL's LISTEN/NOTIFY, Database::watchChanges()) it emits as soon as the notification
/// arrives, and polls Database::dataVersion() only slowly as a safety net (`safetyIntervalMs`,
/// also what brings a connection lost meanwhile back: notifications sent while it was away are
/// lost); on the shared file (SQLite's PRAGMA data_version) it polls every `intervalMs`.
/// Commits of this program's own connection are not reported: the screens call
/// Session::notifyChanged() after their commands instead.
class DataWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataWatcher)

public:
    explicit DataWatcher(Database &db, QObject *parent = nullptr, int intervalMs = 2000,
                         int safetyIntervalMs = 30000);
    ~DataWatcher() override;

    /// Polls once now (tests call it instead of waiting for the timer).
    void poll();
    /// Whether the store pushes changes (the poll is then only the safety net).
    bool isPushed() const { return m_pushed; }

signals:
    void changed();

private:
    /// A notification arrived: report it now, or at the next poll while a save waits for the
    /// lock or a transaction runs (reading then would block the window or join it).
    void pushed();

    Database &m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_pushed = false;
    bool m_pending = false;
};

} // namespace aduan::gui
