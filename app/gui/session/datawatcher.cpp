#include "session/datawatcher.h"

#include "storage/database.h"

namespace aduan::gui {

DataWatcher::DataWatcher(Database &db, QObject *parent, int intervalMs)
    : QObject(parent)
    , m_db(db)
{
    try {
        m_lastVersion = m_db.dataVersion();
    } catch (...) {
        m_lastVersion = -1;
    }
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataWatcher::poll);
    m_timer.start();
}

void DataWatcher::poll()
{
    if (m_db.isWaitingForLock())
        return; // another program holds the lock: reading now would block the window
    qint64 version = m_lastVersion;
    try {
        version = m_db.dataVersion();
    } catch (...) {
        return; // the share may be briefly away; the next poll tries again
    }
    if (version != m_lastVersion) {
        m_lastVersion = version;
        emit changed();
    }
}

} // namespace aduan::gui
