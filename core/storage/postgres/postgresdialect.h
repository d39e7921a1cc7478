#pragma once

#include "storage/sqldialect.h"

namespace aduan {

/// A PostgreSQL 15 database on a server through Qt's QPSQL driver (Debian libqt6sql6-psql), for
/// an office that outgrew the shared file (issue 16): the one place of the product that knows
/// PostgreSQL — its connection settings, SQLSTATEs, locks, full-text search and pg_dump. The
/// location is a `postgresql://` URI (PostgresLocation). See SqlDialect for what each method
/// promises; the comments here say how PostgreSQL keeps it.
///
/// Transactions: READ COMMITTED, and every write transaction first takes one transaction-level
/// advisory lock (kWriteLockKey), so that writers run one after another as on the shared file
/// (SQLite's BEGIN IMMEDIATE) while readers never wait (MVCC). The engine's write transactions
/// read and then write on what they read — the head of the history chain (AuditLog), a step's
/// state, the agenda counter — and are correct when no other writer runs between. SERIALIZABLE
/// would keep them correct too, but every two concurrent writers touch the chain's head, so one
/// of them would fail with SQLSTATE 40001 and be run again; with the lock the second queues for
/// the few milliseconds the first needs. The lock wait is bounded by `lock_timeout` (the busy
/// timeout), after which SQLSTATE 55P03 makes Database::write() retry the whole transaction.
/// Agenda numbers: the counter row of the year is upserted (INSERT ... ON CONFLICT DO UPDATE,
/// ComplaintStore::takeAgendaSequence()), which row-locks it until commit — gap-free and never
/// reused even without the advisory lock (https://www.postgresql.org/docs/15/sql-insert.html#SQL-ON-CONFLICT).
/// Instants are timestamptz; the connection works in UTC; SqlQuery reads them back as the
/// storage text of util/storagetime.h (one place: storageValue() in storage/sqlquery.cpp).
class PostgresDialect final : public SqlDialect
{
public:
    /// The key of the advisory lock that every write transaction holds
    /// (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS): "ADUAN" in
    /// ASCII. Another program writing to the database may take it too to wait for Aduan.
    static constexpr qint64 kWriteLockKey = 0x414455414eLL;
    /// How long one statement may run before the server cancels it (SQLSTATE 57014), ms: far
    /// above any statement of normal work (the million-complaint recap takes seconds), so that
    /// only a statement stuck behind something unforeseen is ended.
    static constexpr int kStatementTimeoutMs = 10 * 60 * 1000;
    /// A session that stays inside a transaction without a statement this long (a client that
    /// hangs mid-transaction) is ended by the server, its transaction rolled back, so that it
    /// cannot hold the write lock for ever. Milliseconds.
    static constexpr int kIdleInTransactionTimeoutMs = 60 * 1000;

    QString driverName() const override;
    /// `connect_timeout` (seconds, at least 5) and application_name "aduan".
    QString connectOptions(int busyTimeoutMs, bool readOnly) const override;
    /// Empty: not a file.
    QByteArray fileSignature() const override;
    QStringList companionSuffixes() const override;
    QString canonicalLocation(const QString &location) const override;
    QString shownLocation(const QString &location) const override;
    /// Host, port, user, password and database name from the URI; parts left out come from
    /// libpq's environment variables. Throws Error(Invalid) for a location that is not one.
    void setLocation(QSqlDatabase &connection, const QString &location) const override;
    /// `SET TIME ZONE 'UTC'`, `lock_timeout` = the busy timeout, `statement_timeout`,
    /// `idle_in_transaction_session_timeout`; read-only sessions by default when db.isReadOnly().
    void configureConnection(const Database &db) const override;
    /// The tables of the connection's current schema (information_schema.tables).
    bool canPrepare(const QString &sql) const override;
    QString tableNamesQuery() const override;
    /// True: a registration is about thirty statements, each otherwise three round trips
    /// (issue 16, benchmark: registering at 3× the hand-written libpq transaction).
    bool keepsStatements() const override { return true; }
    bool chainsInserts() const override { return true; }
    /// "BEGIN; SELECT pg_advisory_xact_lock(kWriteLockKey)" (READ COMMITTED; see the class).
    QStringList beginWriteStatements() const override;
    /// "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY": one snapshot for every query of it.
    QString beginReadStatement() const override;
    /// pg_try_advisory_lock(kWriteLockKey), given back at once.
    bool writeWouldWait(const Database &db) const override;
    bool readWouldWait(const Database &db) const override;
    void applyBusyTimeout(const Database &db) const override;
    /// A connection of its own tries the write lock for up to `waitMs`.
    bool isBeingWritten(const QString &location, int waitMs) const override;
    /// The channel of the change notifications (commitStatement(), listenForChanges()).
    static constexpr const char *kChangeChannel = "aduan_changed";

    /// A polled number, the safety net beside LISTEN/NOTIFY (listenForChanges()): a digest of the server's current
    /// snapshot, pg_current_snapshot() — its xmin, xmax and the transactions in progress
    /// (https://www.postgresql.org/docs/15/functions-info.html#FUNCTIONS-PG-SNAPSHOT). Only
    /// transactions that write get a transaction id, so it changes when a writer starts and when
    /// it commits or rolls back, and never for readers. It covers the whole server (a write to
    /// another database changes it too: a needless refresh, never a missed one). Not monotone:
    /// compare for inequality. Read outside a transaction (inside one it is that transaction's
    /// snapshot).
    qint64 changeCounter(const Database &db) const override;
    /// "COMMIT; NOTIFY aduan_changed" (kChangeChannel): the notice, sent in its own implicit
    /// transaction right after the commit, reaches every session listening on the channel in
    /// this database (https://www.postgresql.org/docs/15/sql-notify.html); a COMMIT that fails
    /// stops the string, so no notice follows a change that was not saved
    /// (https://www.postgresql.org/docs/15/protocol-flow.html, multiple statements in a simple
    /// query).
    QString commitStatement() const override;
    /// LISTEN on kChangeChannel through QSqlDriver::subscribeToNotification(); the driver's
    /// QSqlDriver::notification signal calls `onChange` for notifications from other sessions
    /// (QSqlDriver::OtherSource: another backend process id). True when the subscription took.
    bool listenForChanges(const Database &db, std::function<void()> onChange) const override;
    /// True: every PC reaches the same server; its clock stamps (ServerClock).
    bool serverTimeIsAuthoritative() const override;
    /// The server's clock_timestamp().
    std::optional<QDateTime> serverTime(const Database &db) const override;
    QString expandSchema(QString script) const override;
    /// resources/sql/postgres/001..005 — the same tables as SQLite's, in PostgreSQL's types.
    QStringList migrationScripts() const override;
    /// The server keeps its own structures (and reports damage as SQLSTATE XX001/XX002 when it
    /// meets it): nothing to read at opening; always ok.
    IntegrityReport quickCheck(const Database &db) const override;
    /// The constraints of Aduan's schema that the server does not hold as validated (added or
    /// altered NOT VALID behind Aduan's back), and the triggers switched off (pg_constraint,
    /// pg_trigger), one finding each.
    IntegrityReport fullCheck(const Database &db) const override;
    /// `pg_dump --format=custom` of the database into `destination`, run with the connection's
    /// parameters (https://www.postgresql.org/docs/15/app-pgdump.html). Throws Error(Storage)
    /// with pg_dump's own words when it fails or is not installed.
    void backup(const Database &db, const QString &destination) const override;
    /// `pg_restore --list` first (a custom-format archive holding Aduan's history table, else
    /// Error(NotADatabase), nothing changed), then `pg_restore --clean --if-exists
    /// --single-transaction --no-owner --exit-on-error` into the database with the connection's
    /// parameters (https://www.postgresql.org/docs/15/app-pgrestore.html): every object of the
    /// dump is dropped and made again from it in ONE transaction, so that a failure (or the
    /// process killed) leaves the database as it was. In place rather than into a new database
    /// swapped by renaming, because Aduan's login role usually may not create or rename
    /// databases, and renaming needs every other session gone. Objects the dump does not hold
    /// are left alone. Waits (without lock_timeout) for the other sessions' locks on the tables:
    /// close Aduan everywhere first. Then gives the person groups their rights again from their
    /// one place (aduan_grant_group_rights(), issue 17; the groups made first when the role may
    /// create roles). Throws Error(Storage) with pg_restore's or the server's words.
    void restore(const Database &db, const QString &backup) const override;
    /// pg_constraint's foreign keys of the current schema.
    QString foreignKeysQuery() const override;
    /// setval(pg_get_serial_sequence(table, column), max(column)) for each identity column of
    /// `table` (information_schema.columns.is_identity), is_called false for an empty table
    /// (https://www.postgresql.org/docs/15/functions-sequence.html).
    void continueKeysAfterCopy(const Database &db, const QString &table) const override;
    /// "(expression)" — PostgreSQL's planner needs no hint.
    QString unindexed(const QString &expression) const override;
    /// The GIN index over complaint.search_words (migration 003).
    QString wordSearchIds(const QString &placeholder,
                          const QString &complaintRelation) const override;
    QString complaintRelation(bool personSession) const override;
    /// A to_tsquery() text: each word a prefix query (a word of one character: the whole word)
    /// limited to the weights of `columns` (A public_name, B protected_name, C subject,
    /// D description), the words joined by '&'.
    QString wordSearchValue(const QStringList &columns, const QStringList &words) const override;
    QString secondaryObjectsQuery(const QStringList &tables) const override;
    /// ANALYZE complaint: the search column is computed with each row; the planner's statistics
    /// need refreshing after a load.
    QString rebuildSearchIndexStatement() const override;
    QStringList bulkLoadSettings(bool bulk) const override;
    /// Multi-row INSERTs prepared through QPSQL, rows held back until flush(); ids of an
    /// identity column reserved from its sequence (postgresbulkstatement.cpp).
    std::unique_ptr<BulkStatement> prepareBulk(const Database &db,
                                               const QString &sql) const override;
    QString instantMinute(const QString &column) const override;
    /// SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available
    /// (https://www.postgresql.org/docs/15/errcodes-appendix.html).
    bool isBusy(const QSqlError &error) const override;
    /// Class XX internal errors: XX001 data_corrupted, XX002 index_corrupted.
    bool isCorrupt(const QSqlError &error) const override;
    /// Never: a server's database is always a PostgreSQL database.
    bool isNotADatabase(const QSqlError &error) const override;
    /// 25006 read_only_sql_transaction, 42501 insufficient_privilege.
    bool isReadOnly(const QSqlError &error) const override;
    /// 3D000 invalid_catalog_name: the database was dropped or renamed.
    bool isGone(const QSqlError &error, const QString &location) const override;
    /// Class 08 connection exceptions, 57P01..57P03 (the server shutting down or starting),
    /// and a connection the driver finds closed.
    bool isUnreachable(const QSqlError &error) const override;
};

} // namespace aduan
