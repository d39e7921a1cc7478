// SqliteDialect: opening a connection, locks, checks, backups and change polling. The
// statements, search and error codes are in sqlitedialect.cpp.

#include "storage/sqlite/sqlitedialect.h"

#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/sharedfile.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Runs one statement as it is (not prepared), reads and drops its rows; a failure is raised
/// through Database::raise().
void execPlain(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        db.raise(query.lastError(), sql);
    while (query.next()) {
    }
    query.finish();
}

/// Every row's first column of a pragma that reports lines ("ok", or what it found).
QStringList pragmaLines(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        db.raise(query.lastError(), sql);
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    query.finish();
    return lines;
}

} // namespace

QString SqliteDialect::connectOptions(int busyTimeoutMs, bool readOnly) const
{
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    return options;
}

QByteArray SqliteDialect::fileSignature() const
{
    return QByteArray("SQLite format 3\0", 16);
}

QStringList SqliteDialect::companionSuffixes() const
{
    return {u"-journal"_s, u"-wal"_s, u"-shm"_s};
}

void SqliteDialect::configureConnection(const Database &db) const
{
    execPlain(db, u"PRAGMA foreign_keys = ON"_s);
    // A page cache of 2 MiB (kCacheKiB, SQLite's default) on a local disk. It was 32 MiB, for
    // a recap that read the same rows several times; the recap now counts from indexes in one
    // pass, and a large cache made every first read dearer: each page read lands in newly
    // allocated memory (an allocation and a page fault), which a small cache reuses. At a
    // million complaints counting the register (3,000 pages) took 4 times as long with 32 MiB
    // (issue 22, README "Performance"). On a network share a page read is a round trip to the
    // file server (about 1 ms) against microseconds for the allocation, and a 2 MiB cache
    // made a month's recap read 4,872 pages there instead of 54 (aduan_bench --share): a file
    // on a share gets kShareCacheKiB. Pages are dropped when another PC changes the file, so
    // the cache never serves stale data (https://www.sqlite.org/pragma.html#pragma_cache_size;
    // negative = KiB).
    execPlain(db, u"PRAGMA cache_size = -%1"_s.arg(isOnNetworkShare(db.path()) ? kShareCacheKiB
                                                                                : kCacheKiB));
    if (db.isReadOnly())
        return;
    execPlain(db, u"PRAGMA synchronous = FULL"_s);
    // https://www.sqlite.org/pragma.html#pragma_journal_mode: the statement returns the mode in
    // force afterwards, which stays the old one when it could not be changed.
    const bool wal = db.options().walForLocalFile;
    const QStringList mode =
        pragmaLines(db, wal ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s);
    if (!wal && !mode.isEmpty() && mode.first().toLower() == u"wal"_s) {
        // Leaving WAL needs the file to itself (https://www.sqlite.org/wal.html#persistence).
        throw Error(Error::Code::Storage,
                    QCoreApplication::translate(
                        "aduan::Database",
                        "The database %1 is in write-ahead (WAL) mode, which is not safe in a "
                        "shared folder, and could not be switched back because another program "
                        "has it open. Close Aduan on the other PCs and try again.")
                        .arg(QDir::toNativeSeparators(db.path())),
                    db.path());
    }
}

QString SqliteDialect::tableNamesQuery() const
{
    return u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
}

bool SqliteDialect::writeWouldWait(const Database &db) const
{
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA busy_timeout = 0"_s);
    bool wouldWait = false;
    if (q.exec(beginWriteStatements().constFirst()))
        q.exec(u"ROLLBACK"_s);
    else
        wouldWait = isBusy(q.lastError());
    q.exec(u"PRAGMA busy_timeout = %1"_s.arg(db.busyTimeoutMs()));
    q.finish();
    return wouldWait;
}

bool SqliteDialect::readWouldWait(const Database &db) const
{
    // Any read of the file takes SQLite's SHARED lock, which another connection's EXCLUSIVE
    // (or PENDING) lock refuses (https://www.sqlite.org/lockingv3.html).
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA busy_timeout = 0"_s);
    bool wouldWait = false;
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
        wouldWait = isBusy(q.lastError());
    q.finish();
    q.exec(u"PRAGMA busy_timeout = %1"_s.arg(db.busyTimeoutMs()));
    q.finish();
    return wouldWait;
}

void SqliteDialect::applyBusyTimeout(const Database &db) const
{
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA busy_timeout = %1"_s.arg(db.busyTimeoutMs()));
    q.finish();
}

bool SqliteDialect::isBeingWritten(const QString &location, int waitMs) const
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"aduan-restore-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        db.setDatabaseName(location);
        db.setConnectOptions(connectOptions(waitMs, false));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"BEGIN EXCLUSIVE"_s))
                q.exec(u"ROLLBACK"_s);
            else
                busy = isBusy(q.lastError());
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return busy;
}

qint64 SqliteDialect::changeCounter(const Database &db) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        db.raise(query.lastError(), u"PRAGMA data_version"_s);
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    return version;
}

QString SqliteDialect::commitStatement() const
{
    return u"COMMIT"_s;
}

bool SqliteDialect::listenForChanges(const Database &db, std::function<void()> onChange) const
{
    Q_UNUSED(db)
    Q_UNUSED(onChange)
    return false;
}

bool SqliteDialect::serverTimeIsAuthoritative() const
{
    return false;
}

std::optional<QDateTime> SqliteDialect::serverTime(const Database &db) const
{
    return db.isReadOnly() ? std::nullopt : fileServerTime(db.path());
}

IntegrityReport SqliteDialect::quickCheck(const Database &db) const
{
    const QStringList lines = pragmaLines(db, u"PRAGMA quick_check"_s);
    const bool ok = lines == QStringList{u"ok"_s};
    return {ok, ok ? QStringList() : lines};
}

IntegrityReport SqliteDialect::fullCheck(const Database &db) const
{
    IntegrityReport report;
    {
        SqlQuery q(db, u"PRAGMA integrity_check"_s);
        q.exec();
        QStringList lines;
        while (q.next())
            lines << q.value(u"integrity_check"_s).toString();
        report.ok = lines == QStringList{u"ok"_s};
        if (!report.ok)
            report.findings = lines;
    }
    SqlQuery q(db, u"PRAGMA foreign_key_check"_s);
    q.exec();
    while (q.next()) {
        report.ok = false;
        report.findings << u"foreign key: %1 row %2 refers to a missing %3"_s.arg(
            q.value(u"table"_s).toString(), q.value(u"rowid"_s).toString(),
            q.value(u"parent"_s).toString());
    }
    return report;
}

void SqliteDialect::backup(const Database &db, const QString &destination) const
{
    SqlQuery(db, u"VACUUM INTO :target"_s).bind(u":target"_s, destination).exec();
}

void SqliteDialect::restore(const Database &db, const QString &backup) const
{
    throw Error(Error::Code::Invalid,
                u"A database file is restored by swapping files (restoreDatabase()), not in "
                "place."_s,
                backup + u" → "_s + db.path());
}

QString SqliteDialect::foreignKeysQuery() const
{
    return u"SELECT m.name AS tbl, f.\"table\" AS ref FROM sqlite_master m, "
           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"_s;
}

void SqliteDialect::continueKeysAfterCopy(const Database &db, const QString &table) const
{
    Q_UNUSED(db)
    Q_UNUSED(table)
}

} // namespace aduan
