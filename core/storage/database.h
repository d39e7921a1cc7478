#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace aduan {

class SqlDialect;

/// How a database file is opened.
struct OpenOptions {
    enum class Mode {
        OpenExisting, ///< the file must exist: a missing file or share is an error, never a new database
        CreateNew,    ///< the file must not exist yet; it is created with the current schema
    };
    Mode mode = Mode::OpenExisting;
    /// How long SQLite waits for another connection's lock before one attempt fails (milliseconds).
    int busyTimeoutMs = 3000;
    /// How many times a whole write transaction (and the statements of opening) is tried before
    /// it fails with Error::Code::Busy.
    int writeAttempts = 4;
    /// Write-ahead logging, for a file on this PC's own disk only: SQLite's WAL needs memory
    /// shared by every connection, which PCs on a network cannot share
    /// (https://www.sqlite.org/wal.html, https://www.sqlite.org/useovernet.html). Opening a file
    /// on a network share (isOnNetworkShare()) with this set is refused with Error(Invalid). The
    /// default rollback journal (journal_mode=DELETE) is the safe choice for a shared folder.
    bool walForLocalFile = false;
    /// `PRAGMA quick_check` reads the whole file: about 10 s for a 1.8 GB database of a million
    /// complaints. Files up to this size (bytes) are checked at every opening; larger ones only
    /// by `aduan-cli check` (and the administrator's daily routine), so that opening stays fast.
    qint64 quickCheckMaxBytes = 256LL * 1024 * 1024;
    /// The same limit for a file on a network share (isOnNetworkShare()), in bytes: there each
    /// page the check reads is a round trip to the file server (4 KiB each: a 20 MB file is
    /// about 5,000 reads, 5 s at 1 ms a read, at every opening on every PC). By default no file
    /// on a share is checked at opening; `aduan-cli check` checks it (README, "On a network
    /// share").
    qint64 quickCheckMaxBytesOnShare = 0;
    /// Called once, on the opening thread, just before an older file's schema is migrated (about
    /// 20 s at a million complaints for migration 3), so that a program can tell the user to
    /// wait. Never called when no migration is due.
    std::function<void()> beforeMigration;
    /// Opens an existing file read-only although this PC could write it (looking into a copy,
    /// checking a file without touching it): isReadOnly() is true and every write fails with
    /// Error(ReadOnly), as for a file this PC may not write.
    bool readOnly = false;
};

/// One connection to an Aduan database, for the thread that created it: a shared SQLite file
/// (a path) or a PostgreSQL database on a server (a `postgresql://` location, issue 16; see
/// storage/postgres/postgresdialect.h). The file checks below apply to a file only
/// (SqlDialect::isFile()); a server that cannot be reached, or refuses the user, password or
/// database name, is Error(FileMissing) with the server's words; CreateNew on a server needs an
/// empty database (else Error(Invalid)); a connection lost later is Error(FileMissing) from the
/// failing statement (nothing saved).
///
/// Everything store-specific goes through the connection's SqlDialect (storage/sqldialect.h,
/// chosen by makeDialect()); this class itself holds the store-neutral rules: opening,
/// transactions with whole-transaction retry, migrations, error words.
///
/// Opening enforces the storage rules: the file must exist unless OpenOptions::CreateNew; the
/// dialect's connection setup (SQLite: `foreign_keys=ON`, `synchronous=FULL`,
/// `journal_mode=DELETE`, WAL only on request for a local file) with a busy timeout, then its
/// quick check (SQLite: `PRAGMA quick_check`); a schema newer than the program is refused,
/// an older one is migrated (each migration in one transaction). A file that cannot be written
/// (read-only file or folder) is opened read-only and says so (isReadOnly(), readOnlyReason());
/// every write then fails with Error(ReadOnly).
///
/// Throws aduan::Error, whose message names the path and says what to do:
/// - FileMissing: the file, or its folder, is not there or cannot be entered;
/// - NotADatabase: not an SQLite file, or an SQLite file without Aduan's tables;
/// - Corrupt: `quick_check` failed (https://www.sqlite.org/pragma.html#pragma_quick_check);
/// - SchemaTooNew: written by a newer version of the program;
/// - ReadOnly: the file cannot be read, or needs a migration but is read-only here;
/// - Busy: another program held a lock on the file through OpenOptions::writeAttempts waits of
///   the busy timeout each (https://www.sqlite.org/rescode.html#busy);
/// - Invalid: WAL was asked for a file on a network share, or CreateNew for an existing file;
/// - Storage: anything else.
/// A failed open leaves the file byte for byte as it was (except that SQLite itself rolls back a
/// hot journal left by a crashed writer: https://www.sqlite.org/atomiccommit.html#section_4_2).
///
/// A lost connection (a server only; issue 16): when a statement finds the server gone
/// (restarted, shut down, the network dropped, the session ended by the administrator), that
/// statement fails with Error(FileMissing) saying so, and the server has rolled back whatever
/// transaction was open — nothing half-written. The Database object stays usable: the next
/// statement outside a transaction connects again by itself (reconnectIfLost(): a new session,
/// set up as at opening, listening again for changes), so the program goes on without being
/// started again. Nothing is ever run twice on its own, except a write() or read() whose
/// BEGIN found the session gone (nothing had been sent). A loss at COMMIT is said as such:
/// the change may or may not have been saved (write()).
class Database
{
public:
    /// `path`: a database file, or a `postgresql://` location (SqlDialect::setLocation()).
    Database(const QString &path, const OpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The schema version this program writes and reads.
    static int programSchemaVersion();

    /// The location as kept (SqlDialect::canonicalLocation()): a file's absolute path, or the
    /// server location as given (with its password, if it had one: show shownLocation()).
    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    const OpenOptions &options() const { return m_options; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the database is read-only here, in words for the user (empty when it is writable).
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    /// A disagreement of this PC's clock with the office's time (verifyClock() in
    /// storage/officeclock.h), or empty. While set, write() and logins refuse with it
    /// (Error(ClockWrong)).
    void setClockProblem(const QString &message) { m_clockProblem = message; }
    const QString &clockProblem() const { return m_clockProblem; }
    /// The person's own server role this connection logged in as (issue 17: the program working
    /// as the person, storage/postgres/personsession.h), empty for the office's connection (the
    /// shared file, or the role of the database's location). On a person's session the server
    /// decides what may be read and written, and the program reads the complaint as the server
    /// lets the person see it (SqlDialect::complaintRelation()).
    const QString &personRole() const { return m_personRole; }
    bool isPersonSession() const { return !m_personRole.isEmpty(); }
    void setPersonRole(const QString &role) { m_personRole = role; }
    /// True while a transaction opened by write() or read() is running.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// What a lock wait (setLockWait()) waits for.
    enum class LockWaitFor {
        Reading, ///< a statement or read() found the database locked (SQLite: another program's
                 ///< EXCLUSIVE or PENDING lock — it is committing, or holds BEGIN EXCLUSIVE)
        Writing, ///< write() found the write lock taken, or kept failing on a lock
    };
    /// The busy timeout (milliseconds) of a connection with a lock wait: each attempt of a
    /// statement blocks the thread at most this long before the wait takes over.
    static constexpr int kLockWaitBusyTimeoutMs = 100;

    /// How a program waits for a lock held by another PC or program without freezing (issue 14,
    /// finding 7). When set, the connection's busy timeout becomes `busyTimeoutMs` (default
    /// kLockWaitBusyTimeoutMs; OpenOptions::busyTimeoutMs again when `wait` is empty), and
    /// every wait for a lock goes through `wait`, which may keep the program responsive (the
    /// window runs its event loop, shows that it waits and offers Cancel) and returns true once
    /// the lock is free (the work goes on) or false when the user gives up:
    /// - write() first asks, without waiting, whether the write lock is free (writeWouldWait())
    ///   and waits (LockWaitFor::Writing) when it is not; a transaction that still meets a lock
    ///   through OpenOptions::writeAttempts short attempts waits again instead of failing, then
    ///   is run again whole. Giving up: Error(Busy), nothing written.
    /// - a read — a statement outside any transaction, or the first statement of read(), before
    ///   anything was read (SQLite: a read transaction holds no lock until its first statement)
    ///   — that finds the database locked waits (LockWaitFor::Reading) and runs again. Giving
    ///   up: Error(Busy) from that statement, nothing read or changed.
    /// Only one wait runs at a time: what asks for the database meanwhile (a second save, a
    /// refresh from the running event loop) fails at once with Error(Busy). Without a wait, a
    /// statement waits inside the store's busy timeout as before (command line, tests).
    void setLockWait(std::function<bool(LockWaitFor)> wait,
                     int busyTimeoutMs = kLockWaitBusyTimeoutMs);
    /// True while a lock wait runs: a second write or read meanwhile is refused at once with
    /// Error(Busy), and pollers (DataWatcher) leave the database alone.
    bool isWaitingForLock() const { return m_waitingForLock; }
    /// The connection's busy timeout now (milliseconds): OpenOptions::busyTimeoutMs, or the one
    /// given to setLockWait().
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    /// Whether a write would have to wait for another connection's lock right now
    /// (SqlDialect::writeWouldWait(): SQLite tries BEGIN IMMEDIATE with a zero busy timeout and
    /// rolls back at once). Never waits; false on a read-only file or inside a transaction.
    bool writeWouldWait();
    /// Whether a read would have to wait for another connection's lock right now
    /// (SqlDialect::readWouldWait(): SQLite reads the schema with a zero busy timeout). Never
    /// waits, never throws; false when it cannot tell.
    bool readWouldWait() const;
    /// For SqlQuery: the statement just run failed with `error`. True when it found the
    /// database locked at a point where running it again is safe (outside any transaction, or
    /// as the first statement of a read transaction on a file) and the lock wait, once the lock
    /// was free, says go on: run it again. False when the error is to be raised as it is (not a
    /// lock, no wait set, inside a write, a wait already running). Throws Error(Busy) when the
    /// user cancelled the wait or it gave up.
    bool waitToRunAgain(const QSqlError &error) const;
    /// For SqlQuery: a statement ran. Inside a read transaction, its snapshot has begun (a later
    /// lock is no longer waited for).
    void statementRan() const { m_readSnapshotTaken = true; }

    /// Runs `work` inside one write transaction (SqlDialect::beginWriteStatements() — SQLite's
    /// BEGIN IMMEDIATE — ... SqlDialect::commitStatement()). When another
    /// connection holds the lock (Error::Code::Busy from any statement, including BEGIN and
    /// COMMIT), the transaction is rolled back and `work` is run again, up to
    /// OpenOptions::writeAttempts times; then Error(Busy) is thrown. Any other exception rolls the
    /// transaction back and propagates: the database is unchanged. Nested calls join the outer
    /// transaction. `work` must therefore be safe to run more than once.
    /// A lost connection to a server (see "A lost connection" above): when it is found at BEGIN,
    /// the write connects again and starts once more; during `work`, it throws
    /// Error(FileMissing) ("nothing was saved": the server rolled the transaction back); at
    /// COMMIT, Error(FileMissing) saying that whether the change was saved cannot be known —
    /// never run again, since it may have been committed.
    void write(const std::function<void()> &work);
    /// Runs `work` inside one read transaction, so that several queries see one snapshot.
    void read(const std::function<void()> &work);

    /// A number that changes whenever another connection commits to the database
    /// (SqlDialect::changeCounter(); SQLite's `PRAGMA data_version`). Cheap; poll it to refresh
    /// open views.
    qint64 dataVersion() const;
    /// Calls `onChange` (on this thread, from its event loop) after another connection — another
    /// PC, another program — commits a write transaction to the database; this connection's own
    /// commits do not call it (the screens refresh after their own commands). Pushed by the
    /// store (PostgreSQL: LISTEN/NOTIFY, SqlDialect::listenForChanges(); every write() announces
    /// its commit), and kept up across reconnections. Returns false when the store cannot push
    /// (SQLite): poll dataVersion() instead. One watcher per Database: a new call replaces the
    /// previous one; an empty function stops the calls. Never throws.
    bool watchChanges(std::function<void()> onChange);

    /// Connects again when a statement found the connection to the server lost (SqlDialect::
    /// isUnreachable(): the server restarted, the network dropped, the session was ended) and no
    /// transaction runs; otherwise does nothing. Called before every statement outside a
    /// transaction (SqlQuery, write(), read(), dataVersion()), so that a program never has to
    /// open the database again. See "A lost connection" above. Throws Error(FileMissing) while the
    /// server still cannot be reached (the connection stays lost; the next call tries again),
    /// or what the connection setup throws.
    void reconnectIfLost() const;
    /// True after a statement found the connection to the server lost, until reconnectIfLost()
    /// succeeds.
    bool isConnectionLost() const { return m_connectionLost; }

    /// For SqlQuery on a store that keeps statements (SqlDialect::keepsStatements()): the
    /// statement of `sql`, prepared on this connection the first time and kept by the Database
    /// until it closes; marked in use until giveBackStatement(). nullptr while it is in use (the
    /// same SQL run inside a loop over its own rows): the caller prepares its own. Its bound
    /// values are reset to NULL. Throws through raise() when the statement does not prepare.
    QSqlQuery *takeStatement(const QString &sql) const;
    void giveBackStatement(const QString &sql) const;
    /// Forgets the kept statements (after a change of the schema: a kept SELECT * would no
    /// longer match its table).
    void dropKeptStatements() const;

    /// Throws the Error that matches a failed statement (busy, read-only, corrupt, ...).
    [[noreturn]] void raise(const QSqlError &error, const QString &context) const;

private:
    /// Adds and opens the Qt connection m_connectionName; on failure removes it and throws
    /// Error(FileMissing) for a server, Error(Storage) for a file.
    void openConnection() const;
    /// Starts listening for other connections' commits on the current connection, when a
    /// watcher is set and it does not listen yet.
    void listen() const;
    /// The checks of a file store before connecting: folder and file there and readable, the
    /// store's signature, WAL only on a local disk; sets m_readOnly for a file or folder this
    /// PC cannot write. Throws as the constructor says.
    void checkFile();
    void checkIntegrity();
    void migrate();
    void execPlain(const QString &sql);
    int readSchemaVersion();

    QString m_path;
    mutable QString m_connectionName; ///< a new one for each reconnection
    mutable bool m_connectionLost = false;
    mutable bool m_listening = false;
    std::function<void()> m_onChange;
    OpenOptions m_options;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_clockProblem;
    QString m_personRole;
    std::function<bool(LockWaitFor)> m_lockWait;
    mutable bool m_waitingForLock = false;
    int m_busyTimeoutMs = 0;
    bool m_inReadTransaction = false;           ///< read() runs (its outermost call)
    mutable bool m_readSnapshotTaken = false;   ///< a statement of that read() ran
    /// Runs the lock wait for `purpose`; throws Error(Busy) with the cancelling words when the
    /// user gave up.
    void waitForLock(LockWaitFor purpose) const;
    struct KeptStatement {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
        QString connectionName; ///< the session it was prepared on (m_connectionName then)
    };
    mutable std::unordered_map<QString, KeptStatement> m_kept; ///< by SQL text (takeStatement())
};

} // namespace aduan
