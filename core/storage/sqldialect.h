#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace aduan {

class BulkStatement;
class Database;

/// What a store's own check found (SqlDialect::quickCheck(), SqlDialect::fullCheck()).
struct IntegrityReport {
    bool ok = false;
    QStringList findings; ///< one line each, in the store's words; empty when ok
};

/// The storage seam: everything that differs between the stores Aduan can run on. Behind it,
/// the rest of the storage layer (Database, SqlQuery, the stores, AuditLog, the maintenance
/// functions) is portable SQL — SQL-92 plus LIMIT/OFFSET and ON CONFLICT, named placeholders —
/// and the workflow engine, the queries, the recap, prints, exports and the app above them do
/// not know which store they run on (DESIGN.md "Storage").
///
/// Two implementations: SqliteDialect (storage/sqlite/), the shared SQLite file, and
/// PostgresDialect (storage/postgres/), a PostgreSQL 15 database on a server (issue 16). A store
/// is added by
/// - a class implementing this interface (e.g. `PostgresDialect` in storage/postgres/): its
///   driver and connect options, connection setup (e.g. `SET TIME ZONE 'UTC'`), its own
///   migration scripts (same count: a schema version means the same tables on every store), its
///   full-text search (e.g. a `tsvector` per column, keeping public and confidential names
///   apart), its bulk path (e.g. COPY or a prepared INSERT), backups (`pg_dump`), change
///   notification (changeCounter() polled, or LISTEN/NOTIFY pushed: listenForChanges()), whose
///   clock stamps (serverTimeIsAuthoritative()) and its error codes (SQLSTATE 40001, 40P01 as
///   busy: the whole transaction is retried);
/// - one branch in makeDialect() choosing it for a `postgresql://` location.
/// Nothing in Workflow, the queries or the app changes.
///
/// Every method that runs statements takes the open Database and reports a failed statement
/// through Database::raise(), so that each store's errors become the same aduan::Error codes.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // --- Opening and connection setup ---------------------------------------------------------

    /// The Qt SQL driver name ("QSQLITE").
    virtual QString driverName() const = 0;
    /// QSqlDatabase::setConnectOptions() text: how long one statement waits for another
    /// connection's lock (`busyTimeoutMs`, milliseconds) and, with `readOnly`, a connection that
    /// cannot write.
    virtual QString connectOptions(int busyTimeoutMs, bool readOnly) const = 0;
    /// The first bytes every database file of this store starts with; empty for a store that is
    /// not a file. Database refuses a file without them as Error(NotADatabase).
    virtual QByteArray fileSignature() const = 0;
    /// The files a database file may have beside it, as suffixes of its name, that belong to it
    /// (moved with it by a restore): SQLite's journals. Empty for a server.
    virtual QStringList companionSuffixes() const = 0;
    /// True for a store that is one file (fileSignature() not empty): Database then checks the
    /// file and its folder before it connects (existence, permissions, signature, size).
    bool isFile() const { return !fileSignature().isEmpty(); }
    /// `location` as Database keeps it (Database::path()): a file's absolute, clean path; a
    /// server's location as given.
    virtual QString canonicalLocation(const QString &location) const = 0;
    /// `location` for messages to the user: a path in this system's separators; a server's
    /// location without its password.
    virtual QString shownLocation(const QString &location) const = 0;
    /// Tells the not yet opened `connection` where the database is (SQLite: the file name),
    /// adding any connection options the location itself gives to those already set (so it is
    /// called after setConnectOptions(connectOptions(...))).
    /// Throws Error(Invalid) when `location` cannot be understood.
    virtual void setLocation(QSqlDatabase &connection, const QString &location) const = 0;
    /// Sets up a freshly opened connection of `db` for Aduan's rules (DESIGN.md "Storage"):
    /// referential integrity on, durable commits, the journal safe for the location
    /// (OpenOptions::walForLocalFile), nothing written when db.isReadOnly().
    /// Throws aduan::Error: Busy (another connection's lock outlasted the wait), Storage (the
    /// database is in a mode that is unsafe here and cannot be changed now).
    virtual void configureConnection(const Database &db) const = 0;
    /// Whether `sql` can be a prepared statement on this store (PostgreSQL prepares only SELECT,
    /// INSERT, UPDATE, DELETE and VALUES: https://www.postgresql.org/docs/15/sql-prepare.html).
    /// SqlQuery runs any other statement — DDL, SET, ANALYZE, which take no placeholders — as
    /// it is.
    virtual bool canPrepare(const QString &sql) const = 0;
    /// Whether SqlQuery keeps each prepared statement on the connection and runs it again the
    /// next time the same SQL text comes (Database::takeStatement()). On a server every
    /// PREPARE, EXECUTE and DEALLOCATE is a round trip, and QPSQL deallocates a statement with
    /// its query; kept, a statement costs one. Off by default (SQLite prepares in-process).
    virtual bool keepsStatements() const { return false; }
    /// Whether a WITH clause may hold INSERTs whose RETURNING rows feed the statement's last
    /// INSERT ("data-modifying statements in WITH":
    /// https://www.postgresql.org/docs/15/queries-with.html#QUERIES-WITH-MODIFYING), so that
    /// two dependent inserts are one round trip. Off by default (SQLite has no such statements,
    /// and a round trip there costs nothing).
    virtual bool chainsInserts() const { return false; }
    /// A statement listing the names (one column `name`) of the tables of the database.
    virtual QString tableNamesQuery() const = 0;

    // --- Transactions and locks ---------------------------------------------------------------

    /// Statements, run one by one, that open a write transaction holding the write lock before
    /// any work (SQLite: "BEGIN IMMEDIATE"; PostgreSQL: the advisory lock, then BEGIN, in one
    /// string), so that two writers never both read and then both write. Qt's PostgreSQL driver
    /// reports only the first result of a string of several statements: a string may join
    /// statements only when an error can come from its first one alone.
    virtual QStringList beginWriteStatements() const = 0;
    /// Statement that opens a read transaction (a consistent snapshot for several queries).
    virtual QString beginReadStatement() const = 0;
    /// Whether a write on `db` would have to wait for another connection's lock right now:
    /// tries to take the write lock without waiting and gives it back at once. Never waits,
    /// never throws; false when it cannot tell.
    virtual bool writeWouldWait(const Database &db) const = 0;
    /// Whether a read on `db` would have to wait for another connection's lock right now
    /// (SQLite: another program's EXCLUSIVE or PENDING lock; a server's readers never wait
    /// for writers: false). Never waits, never throws; false when it cannot tell.
    virtual bool readWouldWait(const Database &db) const = 0;
    /// Sets the connection's wait for another connection's lock to Database::busyTimeoutMs()
    /// (SQLite: `PRAGMA busy_timeout`; PostgreSQL: `lock_timeout`). Never throws.
    virtual void applyBusyTimeout(const Database &db) const = 0;
    /// Whether some connection, of any program, is writing to the database at `location` right
    /// now (waits up to `waitMs` milliseconds for it to finish). False when `location` cannot be
    /// opened as a database at all. Opens a connection of its own; never throws.
    virtual bool isBeingWritten(const QString &location, int waitMs) const = 0;
    /// A number that changes whenever another connection commits to the database (SQLite:
    /// `PRAGMA data_version`). Cheap: the open views poll it to refresh.
    /// Throws aduan::Error (Busy, FileMissing, Storage) when it cannot be read.
    virtual qint64 changeCounter(const Database &db) const = 0;

    /// The statement with which Database::write() commits a write transaction and lets the
    /// other connections learn of the commit: "COMMIT" on a store that cannot push changes
    /// (SQLite: its readers poll changeCounter()); on PostgreSQL "COMMIT; NOTIFY ...", one round
    /// trip — a COMMIT that fails stops the string before the NOTIFY, and its error is the
    /// result reported.
    virtual QString commitStatement() const = 0;
    /// Starts listening on the current connection of `db` for the commits announced by
    /// commitStatement() on other connections (to this database, from any PC): from then
    /// on `onChange` is called on the connection's thread, from its event loop, once or more
    /// after each such commit; this connection's own commits do not call it. Call it once per
    /// connection: Database calls it again after it reconnected (Database::watchChanges()).
    /// Returns false, and never calls `onChange`, on a store that cannot push (SQLite). Never
    /// throws.
    virtual bool listenForChanges(const Database &db, std::function<void()> onChange) const = 0;

    /// Whether serverTime() is the clock that every stored instant should follow (a database
    /// server, whose clock is the one every PC reaches: true), rather than a reference that this
    /// PC's own clock is only checked against (a file server's time stamp, which a read-only
    /// share does not give: false). See ServerClock (storage/serverclock.h).
    virtual bool serverTimeIsAuthoritative() const = 0;

    /// The time of the machine that keeps the database (UTC), the reference for this PC's
    /// clock (storage/officeclock.h): SQLite, the file server's, from a probe file's time stamp
    /// (fileServerTime(); none when the database is read-only here); a server, its own clock.
    /// std::nullopt when it cannot be read. Never throws.
    virtual std::optional<QDateTime> serverTime(const Database &db) const = 0;

    // --- Schema -------------------------------------------------------------------------------

    /// Replaces the dialect placeholders of a migration script: {{id}} (an auto-assigned 64-bit
    /// primary key column type), {{blob}} (binary column type).
    virtual QString expandSchema(QString script) const = 0;
    /// The schema migrations, in order, as resource paths: script N brings the schema from
    /// version N-1 to N. Every store has as many as Database::programSchemaVersion().
    virtual QStringList migrationScripts() const = 0;

    // --- Checks and backups -------------------------------------------------------------------

    /// The store's fast check of its own structures, run when a database is opened (SQLite:
    /// `PRAGMA quick_check`). Throws aduan::Error only when the check cannot run.
    virtual IntegrityReport quickCheck(const Database &db) const = 0;
    /// The store's full check (SQLite: `PRAGMA integrity_check` and `PRAGMA foreign_key_check`),
    /// for `aduan-cli check` and restores. Throws aduan::Error only when the check cannot run.
    virtual IntegrityReport fullCheck(const Database &db) const = 0;
    /// Writes a consistent copy of the whole database to the new file `destination` (SQLite:
    /// `VACUUM INTO`), while other connections keep working. One attempt: Error(Busy) when a
    /// writer held the lock too long; whatever a failed attempt left at `destination` is the
    /// caller's to remove. Throws aduan::Error (Busy, ReadOnly, Storage).
    virtual void backup(const Database &db, const QString &destination) const = 0;
    /// Brings the backup file `backup` (written by backup()) back into the open database `db`
    /// in place, as one all-or-nothing step, for a store whose database is not a file (a file
    /// store is restored by swapping files before any connection: restoreDatabase() in
    /// storage/maintenance.h). Checks first that `backup` is a readable backup of this store;
    /// other sessions should be closed. Throws aduan::Error: FileMissing (no backup file),
    /// NotADatabase (not a backup of this store: nothing changed), Invalid (a file store),
    /// Storage (the restore failed and was rolled back, in the restoring tool's words).
    virtual void restore(const Database &db, const QString &backup) const = 0;

    // --- Copying between stores (aduan-cli migrate) -------------------------------------------

    /// A statement listing the foreign keys of the database's tables as (tbl, ref) pairs, one row
    /// per key: table `tbl` has a key referring to table `ref`. For copying tables in an order
    /// that keeps every reference valid (storecopy.h).
    virtual QString foreignKeysQuery() const = 0;
    /// After rows were copied into `table` with their ids kept: makes the store's own key
    /// generator for the table continue after the largest id there (PostgreSQL: setval() of each
    /// identity column's sequence; SQLite: nothing to do, INTEGER PRIMARY KEY continues from
    /// max(rowid)), so that the next row gets the next id and no id is used twice. Runs inside
    /// the caller's transaction. Throws aduan::Error through Database::raise().
    virtual void continueKeysAfterCopy(const Database &db, const QString &table) const = 0;

    /// `expression` in a form that keeps the query planner from using an index for it (SQLite:
    /// a unary plus, https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_),
    /// for the few queries that must walk another index; the expression unchanged on a store
    /// that needs no such hint. Same value, same type.
    virtual QString unindexed(const QString &expression) const = 0;

    /// The instant in `column` as UTC text of its minute, "yyyy-MM-ddTHH:mm" (the first 16
    /// characters of util/storagetime.h's form), for grouping by minute.
    virtual QString instantMinute(const QString &column) const = 0;

    // --- Search -------------------------------------------------------------------------------

    /// A query of one column `id`: the complaints where every word of `words` starts a word (a
    /// word of one character: is a word) in
    /// one of the search `columns` ("public_name" — the complainant's name when the complaint
    /// is public —, "protected_name" — the name when it is confidential —, "subject",
    /// "description"; an anonymous complainant's name is in neither). `placeholder` is bound to
    /// wordSearchValue(). Reads only the full-text index, never the complaint rows, except on a
    /// store that keeps the words in the complaint's row: there it reads `complaintRelation`
    /// (complaintRelation()'s answer for the session).
    virtual QString wordSearchIds(const QString &placeholder,
                                  const QString &complaintRelation) const = 0;

    /// The relation the program reads complaints from (aliased as the table would be): the
    /// complaint table itself; on a person's own session on a server (Database::
    /// isPersonSession(), issue 17) the complaint as the server lets that person see it, the
    /// identity of a confidential complaint NULL for a person without the right (PostgreSQL:
    /// the view complaint_seen of migration 8). Same columns either way.
    virtual QString complaintRelation(bool personSession) const
    {
        Q_UNUSED(personSession)
        return QStringLiteral("complaint");
    }
    virtual QString wordSearchValue(const QStringList &columns, const QStringList &words) const = 0;

    // --- Bulk loading (demo and benchmark data only) ------------------------------------------

    /// Statement listing (name, type, sql) of the indexes and triggers of `tables` that a bulk
    /// load may drop and re-create afterwards.
    virtual QString secondaryObjectsQuery(const QStringList &tables) const = 0;
    /// Statement that rebuilds the full-text index from the complaint table.
    virtual QString rebuildSearchIndexStatement() const = 0;
    /// Statements that tune a connection for a bulk load (`bulk` true) or back to normal work
    /// (SQLite: helper threads for the sorts of CREATE INDEX).
    virtual QStringList bulkLoadSettings(bool bulk) const = 0;
    /// Prepares `sql` (an INSERT with positional `?` placeholders) on `db` for many rows.
    /// Throws aduan::Error through Database::raise() when it does not prepare.
    virtual std::unique_ptr<BulkStatement> prepareBulk(const Database &db,
                                                       const QString &sql) const = 0;

    // --- What a failed statement means --------------------------------------------------------

    /// True when the error means "another connection holds the lock": retry the transaction.
    virtual bool isBusy(const QSqlError &error) const = 0;
    /// True when the error means the file is damaged.
    virtual bool isCorrupt(const QSqlError &error) const = 0;
    /// True when the error means the file is not a database of this engine.
    virtual bool isNotADatabase(const QSqlError &error) const = 0;
    /// True when the error means the file or folder cannot be written.
    virtual bool isReadOnly(const QSqlError &error) const = 0;
    /// True when the error means the database at `location` is no longer where it was opened
    /// (the file moved, renamed or deleted, or its folder unreachable) — which SQLite reports
    /// as a read-only or cannot-open error although the file's permissions are not the cause.
    virtual bool isGone(const QSqlError &error, const QString &location) const = 0;
    /// True when the error means the server cannot be reached (never for a file): refused,
    /// lost or shut-down connections.
    virtual bool isUnreachable(const QSqlError &error) const = 0;
};

/// The dialect of the store at `location`: PostgresDialect for a `postgresql://` (or
/// `postgres://`) URI, SqliteDialect (a file path) otherwise. The one place that chooses a store.
std::unique_ptr<SqlDialect> makeDialect(const QString &location);

} // namespace aduan
