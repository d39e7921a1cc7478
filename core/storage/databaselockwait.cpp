// Database's waits for another connection's lock (issue 14, finding 7): whether a read or a
// write would wait now, the wait the window installs, and when a statement that found the file
// locked may run again. The rest of Database is in database.cpp.
#include "storage/database.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>

namespace aduan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Database", text);
}

} // namespace

bool Database::writeWouldWait()
{
    if (m_readOnly || m_transactionDepth > 0)
        return false;
    return m_dialect->writeWouldWait(*this);
}

bool Database::readWouldWait() const
{
    return m_dialect->readWouldWait(*this);
}

void Database::setLockWait(std::function<bool(LockWaitFor)> wait, int busyTimeoutMs)
{
    m_lockWait = std::move(wait);
    const int timeout = m_lockWait ? std::max(0, busyTimeoutMs) : m_options.busyTimeoutMs;
    if (timeout == m_busyTimeoutMs)
        return;
    m_busyTimeoutMs = timeout;
    if (!m_connectionLost)
        m_dialect->applyBusyTimeout(*this);
}

void Database::waitForLock(LockWaitFor purpose) const
{
    m_waitingForLock = true;
    bool goOn = false;
    try {
        goOn = m_lockWait(purpose);
    } catch (...) {
        m_waitingForLock = false;
        throw;
    }
    m_waitingForLock = false;
    if (goOn)
        return;
    if (purpose == LockWaitFor::Writing) {
        throw Error(Error::Code::Busy,
                    tr("Saving was cancelled while another PC or program was using the "
                       "database. Nothing was saved; what you typed is kept. Save again "
                       "when it is free."),
                    m_path);
    }
    throw Error(Error::Code::Busy,
                tr("Reading the database was cancelled while another PC or program was using "
                   "it. Nothing was read or changed; what you typed is kept. Try again when it "
                   "is free."),
                m_path);
}

bool Database::waitToRunAgain(const QSqlError &error) const
{
    if (!m_lockWait || !m_dialect->isBusy(error))
        return false;
    // Outside a transaction a statement stands alone. In a read transaction of a file, nothing
    // was read before its first statement (SQLite's BEGIN DEFERRED takes no lock), so running
    // that statement again later still reads one snapshot. A server's transaction is aborted
    // by a failed statement: never run again inside it.
    const bool alone = m_transactionDepth == 0;
    const bool readNotBegun = m_inReadTransaction && m_transactionDepth == 1
                              && !m_readSnapshotTaken && m_dialect->isFile();
    if (!alone && !readNotBegun)
        return false;
    if (m_waitingForLock) {
        throw Error(Error::Code::Busy,
                    tr("Aduan is still waiting for the database (another PC or program is "
                       "using it); this was not read. What you typed is kept."),
                    m_path);
    }
    waitForLock(LockWaitFor::Reading);
    return true;
}

} // namespace aduan
