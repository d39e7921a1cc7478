// Database: its connection to the store — opening it, connecting again after it was lost, and
// listening for other connections' commits. Transactions, migrations and errors: database.cpp.

#include "storage/database.h"

#include "storage/sqldialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Database", text);
}

} // namespace

/// A name for a Qt connection not used before in this process (also database.cpp's).
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"aduan-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::openConnection() const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setConnectOptions(m_dialect->connectOptions(m_busyTimeoutMs, m_readOnly));
    try {
        m_dialect->setLocation(db, m_path);
    } catch (...) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    if (db.open())
        return;
    const QSqlError error = db.lastError();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_dialect->isFile()) {
        throw Error(Error::Code::FileMissing,
                    tr("Aduan could not connect to the database %1: %2. Check that the "
                       "database server is on and can be reached from this PC, and that "
                       "the user name, password and database name are right (ask the "
                       "server's administrator); then try again. Nothing was changed.")
                        .arg(m_dialect->shownLocation(m_path), error.text().trimmed()),
                    error.text());
    }
    throw Error(Error::Code::Storage,
                tr("The database file %1 cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(m_path), error.text()),
                m_path);
}

void Database::reconnectIfLost() const
{
    if (!m_connectionLost || m_transactionDepth > 0)
        return;
    // The old session is gone on the server's side (and with it any transaction, lock or LISTEN
    // it had): drop it, and open a new one under a new name, so that nothing still holding the
    // old one (a query object, a signal connection to its driver) can reach the new one.
    // Statements prepared on it are gone with it: dropped now, or when given back if in use.
    dropKeptStatements();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName = newConnectionName();
    m_listening = false;
    openConnection(); // throws FileMissing while the server cannot be reached: still lost
    m_connectionLost = false;
    m_dialect->configureConnection(*this); // a failure here marks it lost again (raise())
    listen();
}

void Database::listen() const
{
    if (!m_onChange || m_listening)
        return;
    m_listening = m_dialect->listenForChanges(*this, [this] {
        if (m_onChange)
            m_onChange();
    });
}

bool Database::watchChanges(std::function<void()> onChange)
{
    m_onChange = std::move(onChange);
    if (!m_onChange)
        return false;
    listen();
    return m_listening;
}

} // namespace aduan
