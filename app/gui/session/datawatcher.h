#pragma once

#include <QObject>
#include <QTimer>

namespace aduan {
class Database;
}

namespace aduan::gui {

/// Notices commits made by other PCs (SQLite's PRAGMA data_version, polled about every two
/// seconds) and emits changed(). Commits of this program's own connection do not change
/// data_version: the screens call Session::notifyChanged() after their commands instead.
class DataWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataWatcher)

public:
    explicit DataWatcher(Database &db, QObject *parent = nullptr, int intervalMs = 2000);

    /// Polls once now (tests call it instead of waiting for the timer).
    void poll();

signals:
    void changed();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace aduan::gui
