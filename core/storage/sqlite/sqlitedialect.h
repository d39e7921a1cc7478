#pragma once

#include "storage/sqldialect.h"

namespace aduan {

/// The shared SQLite 3 file through Qt's QSQLITE driver: the one place of the product that
/// knows SQLite — its pragmas, FTS5, `VACUUM INTO`, `data_version`, its locks and result codes,
/// and (sqlitebulkstatement.cpp) the sqlite3 C API under the driver. See SqlDialect for what
/// each method promises; the comments here say how SQLite keeps it.
class SqliteDialect final : public SqlDialect
{
public:
    /// The page cache of normal work on a local disk, in KiB (PRAGMA cache_size takes it
    /// negative): SQLite's default, 2 MiB (see configureConnection()).
    static constexpr int kCacheKiB = 2 * 1024;
    /// The page cache of a file on a network share (isOnNetworkShare()), in KiB: 64 MiB, since
    /// there each page not in the cache is a round trip to the file server.
    static constexpr int kShareCacheKiB = 64 * 1024;

    QString driverName() const override;
    /// QSQLITE_BUSY_TIMEOUT (SQLite's busy handler), QSQLITE_OPEN_READONLY.
    QString connectOptions(int busyTimeoutMs, bool readOnly) const override;
    /// "SQLite format 3\0" (https://www.sqlite.org/fileformat.html#the_database_header).
    QByteArray fileSignature() const override;
    /// "-journal", "-wal", "-shm" (https://www.sqlite.org/tempfiles.html).
    QStringList companionSuffixes() const override;
    /// The absolute path, cleaned.
    QString canonicalLocation(const QString &location) const override;
    /// The path in this system's separators.
    QString shownLocation(const QString &location) const override;
    /// The file name.
    void setLocation(QSqlDatabase &connection, const QString &location) const override;
    /// `foreign_keys=ON`, a page cache of kCacheKiB (kShareCacheKiB on a share); when writable `synchronous=FULL` and
    /// `journal_mode=DELETE` (WAL on request for a local file). A file left in WAL mode that
    /// cannot be switched back (another program has it open) is refused with Error(Storage).
    void configureConnection(const Database &db) const override;
    bool canPrepare(const QString &sql) const override;
    QString tableNamesQuery() const override;
    QStringList beginWriteStatements() const override;
    QString beginReadStatement() const override;
    /// BEGIN IMMEDIATE with a zero busy timeout, rolled back at once.
    bool writeWouldWait(const Database &db) const override;
    bool readWouldWait(const Database &db) const override;
    void applyBusyTimeout(const Database &db) const override;
    /// Tries SQLite's exclusive lock for a moment (https://www.sqlite.org/lockingv3.html).
    bool isBeingWritten(const QString &location, int waitMs) const override;
    /// `PRAGMA data_version` (https://www.sqlite.org/pragma.html#pragma_data_version).
    qint64 changeCounter(const Database &db) const override;
    /// "COMMIT": a file cannot push; readers poll changeCounter().
    QString commitStatement() const override;
    /// False: nothing to listen to.
    bool listenForChanges(const Database &db, std::function<void()> onChange) const override;
    /// False: the file server's time is a check for this PC's clock, which stamps.
    bool serverTimeIsAuthoritative() const override;
    /// fileServerTime() of the file (storage/officeclock.h), none when read-only.
    std::optional<QDateTime> serverTime(const Database &db) const override;
    QString expandSchema(QString script) const override;
    QStringList migrationScripts() const override;
    /// `PRAGMA quick_check` (https://www.sqlite.org/pragma.html#pragma_quick_check).
    IntegrityReport quickCheck(const Database &db) const override;
    /// `PRAGMA integrity_check`, then `PRAGMA foreign_key_check`, one finding per broken row.
    IntegrityReport fullCheck(const Database &db) const override;
    /// `VACUUM INTO` (https://www.sqlite.org/lang_vacuum.html#vacuuminto).
    void backup(const Database &db, const QString &destination) const override;
    /// Error(Invalid): a file is restored by swapping files (restoreDatabase()).
    void restore(const Database &db, const QString &backup) const override;
    /// pragma_foreign_key_list() of every table in sqlite_master.
    QString foreignKeysQuery() const override;
    /// Nothing: an INTEGER PRIMARY KEY continues from max(rowid).
    void continueKeysAfterCopy(const Database &db, const QString &table) const override;
    /// "+expression".
    QString unindexed(const QString &expression) const override;
    /// FTS5 (https://www.sqlite.org/fts5.html), table complaint_fts of migration 003.
    QString wordSearchIds(const QString &placeholder,
                          const QString &complaintRelation) const override;
    QString wordSearchValue(const QStringList &columns, const QStringList &words) const override;
    /// substr() of the fixed-width storage text.
    QString instantMinute(const QString &column) const override;
    QString secondaryObjectsQuery(const QStringList &tables) const override;
    QString rebuildSearchIndexStatement() const override;
    QStringList bulkLoadSettings(bool bulk) const override;
    /// The sqlite3 C API under Qt's driver (sqlitebulkstatement.cpp).
    std::unique_ptr<BulkStatement> prepareBulk(const Database &db,
                                               const QString &sql) const override;
    bool isBusy(const QSqlError &error) const override;
    bool isCorrupt(const QSqlError &error) const override;
    bool isNotADatabase(const QSqlError &error) const override;
    bool isReadOnly(const QSqlError &error) const override;
    /// SQLITE_READONLY_DBMOVED, or a read-only/cannot-open error while no file is at `location`.
    bool isGone(const QSqlError &error, const QString &location) const override;
    /// Never: a file has no server.
    bool isUnreachable(const QSqlError &error) const override;
};

} // namespace aduan
