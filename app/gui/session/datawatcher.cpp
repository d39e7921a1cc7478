#include "session/datawatcher.h"

#include "storage/database.h"

namespace aduan::gui {

DataWatcher::DataWatcher(Database &db, QObject *parent, int intervalMs, int safetyIntervalMs)
    : QObject(parent)
    , m_db(db)
{
    try {
        m_lastVersion = m_db.dataVersion();
    } catch (...) {
        m_lastVersion = -1;
    }
    m_pushed = m_db.watchChanges([this] { pushed(); });
    m_timer.setInterval(m_pushed ? safetyIntervalMs : intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataWatcher::poll);
    m_timer.start();
}

DataWatcher::~DataWatcher()
{
    m_db.watchChanges({});
}

void DataWatcher::pushed()
{
    if (m_db.isWaitingForLock() || m_db.inTransaction()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    try {
        m_lastVersion = m_db.dataVersion(); // the poll need not report it again
    } catch (...) {
    }
    emit changed();
}

void DataWatcher::poll()
{
    if (m_db.isWaitingForLock())
        return; // another program holds the lock: reading now would block the window
    qint64 version = m_lastVersion;
    try {
        version = m_db.dataVersion();
    } catch (...) {
        return; // the share (or server) may be briefly away; the next poll tries again
    }
    if (version != m_lastVersion || m_pending) {
        m_lastVersion = version;
        m_pending = false;
        emit changed();
    }
}

} // namespace aduan::gui
