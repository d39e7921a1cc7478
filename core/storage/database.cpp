#include "storage/database.h"

#include "storage/auditlog.h"
#include "storage/rowseal.h"
#include "storage/sharedfile.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace aduan {

QString newConnectionName(); // databaseconnection.cpp

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Database", text);
}

/// Splits a migration script into statements: each ends with ';' at the end of a line, except
/// inside a body quoted with $$ (a PostgreSQL function's), whose own statements end there too.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.startsWith(u"--"_s) || (trimmed.isEmpty() && current.isEmpty())))
            continue;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(u';')) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

int Database::programSchemaVersion()
{
    // Every store has the same number of migrations (SqlDialect::migrationScripts()).
    return int(makeDialect(QString())->migrationScripts().size());
}

Database::Database(const QString &path, const OpenOptions &options)
    : m_path(makeDialect(path)->canonicalLocation(path))
    , m_connectionName(newConnectionName())
    , m_options(options)
    , m_dialect(makeDialect(path))
    , m_busyTimeoutMs(options.busyTimeoutMs)
{
    const bool create = options.mode == OpenOptions::Mode::CreateNew;
    if (m_dialect->isFile()) {
        checkFile();
    } else if (options.readOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("The database %1 was opened read-only on request: you can look, "
                              "but nothing can be saved.")
                               .arg(m_dialect->shownLocation(m_path));
    }

    openConnection();
    const int attempts = std::max(1, m_options.writeAttempts);
    const qint64 quickCheckMaxBytes = m_dialect->isFile() && isOnNetworkShare(m_path)
                                          ? m_options.quickCheckMaxBytesOnShare
                                          : m_options.quickCheckMaxBytes;
    try {
        // Like a write transaction, the opening statements are tried again when another
        // connection's lock outlasted the busy timeout: a PC that saves often must not keep
        // another from opening the file.
        for (int attempt = 1;; ++attempt) {
            try {
                m_dialect->configureConnection(*this);
                if (!create
                    && (!m_dialect->isFile()
                        || QFileInfo(m_path).size() <= quickCheckMaxBytes))
                    checkIntegrity();
                m_schemaVersion = readSchemaVersion();
                break;
            } catch (const Error &error) {
                if (error.code() != Error::Code::Busy || attempt >= attempts)
                    throw;
                QThread::msleep(20 * attempt + QRandomGenerator::global()->bounded(30));
            }
        }
        if (m_schemaVersion > programSchemaVersion()) {
            throw Error(Error::Code::SchemaTooNew,
                        tr("The database %1 was written by a newer version of Aduan (schema %2; "
                           "this program knows up to %3). Install the newer version on this PC; "
                           "the file was not changed.")
                            .arg(m_dialect->shownLocation(m_path))
                            .arg(m_schemaVersion)
                            .arg(programSchemaVersion()),
                        m_path);
        }
        if (m_schemaVersion < programSchemaVersion()) {
            if (m_readOnly) {
                throw Error(Error::Code::ReadOnly,
                            tr("The database %1 needs an update to this version of Aduan, but "
                               "it is read-only here. Open it once from a PC that may write to "
                               "it.")
                                .arg(m_dialect->shownLocation(m_path)),
                            m_path);
            }
            if (m_options.beforeMigration)
                m_options.beforeMigration();
            migrate();
            dropKeptStatements();
        }
    } catch (const Error &error) {
        m_kept.clear();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        if (error.code() == Error::Code::Busy) {
            throw Error(Error::Code::Busy,
                        tr("The database %1 could not be opened: another PC or program kept it "
                           "locked for longer than %2 seconds. Nothing was changed. Wait a moment "
                           "and try again; if it keeps happening, ask the administrator which "
                           "program holds the file open (a backup or copy tool, a database "
                           "viewer, an Aduan that hangs).")
                            .arg(m_dialect->shownLocation(m_path))
                            .arg(attempts * m_options.busyTimeoutMs / 1000.0),
                        error.detail());
        }
        throw;
    } catch (...) {
        m_kept.clear();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_kept.clear(); // before the connection they belong to
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkFile()
{
    const QFileInfo file(m_path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists()) {
        throw Error(Error::Code::FileMissing,
                    tr("The folder %1 cannot be reached. If it is a shared folder on another PC, "
                       "check that the PC is on and the network drive is connected, then try "
                       "again.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
                    m_path);
    }
#if defined(Q_OS_UNIX)
    // A folder that exists but may not be entered (no x permission): otherwise the file would
    // look missing.
    if (!folder.isExecutable()) {
        throw Error(Error::Code::FileMissing,
                    tr("The folder %1 cannot be opened from this PC (no permission to enter it). "
                       "Ask the administrator to give this PC's user access to the shared "
                       "folder, then try again.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
                    m_path);
    }
#endif
    if (m_options.walForLocalFile) {
        if (const auto share = networkShareKind(m_path)) {
            throw Error(Error::Code::Invalid,
                        tr("The database %1 is on a network share (%2). Write-ahead logging (WAL) "
                           "cannot be used there: SQLite's WAL needs memory shared by every "
                           "program using the file, which PCs on a network cannot share, so the "
                           "file could be damaged. Turn the WAL option off (the shared folder "
                           "uses the normal rollback journal), or keep the file on this PC's own "
                           "disk. Nothing was changed. See https://www.sqlite.org/wal.html and "
                           "https://www.sqlite.org/useovernet.html.")
                            .arg(QDir::toNativeSeparators(m_path), *share),
                        m_path);
        }
    }
    const bool create = m_options.mode == OpenOptions::Mode::CreateNew;
    if (create && file.exists()) {
        throw Error(Error::Code::Invalid,
                    tr("The file %1 exists already. Open it instead, or choose another name for "
                       "the new database.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    m_path);
    }
    if (!create) {
        if (!file.exists()) {
            throw Error(Error::Code::FileMissing,
                        tr("The database file %1 is not there. It may have been moved, renamed "
                           "or the shared folder may be disconnected. Nothing was created; "
                           "reconnect the folder or choose the right file.")
                            .arg(QDir::toNativeSeparators(m_path)),
                        m_path);
        }
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly)) {
            throw Error(Error::Code::ReadOnly,
                        tr("The database file %1 cannot be read: %2. Ask the administrator to "
                           "check the folder's permissions.")
                            .arg(QDir::toNativeSeparators(m_path), probe.errorString()),
                        m_path);
        }
        const QByteArray header = probe.read(m_dialect->fileSignature().size());
        const QByteArray signature = m_dialect->fileSignature();
        if (header.size() < signature.size() || !header.startsWith(signature)) {
            throw Error(Error::Code::NotADatabase,
                        tr("The file %1 is not an Aduan database. Choose the database file "
                           "(usually aduan.sqlite) that the office shares.")
                            .arg(QDir::toNativeSeparators(m_path)),
                        m_path);
        }
        if (m_options.readOnly) {
            m_readOnly = true;
            m_readOnlyReason = tr("The database file %1 was opened read-only on request: you "
                                  "can look, but nothing can be saved.")
                                   .arg(QDir::toNativeSeparators(m_path));
        } else if (!file.isWritable()) {
            m_readOnly = true;
            m_readOnlyReason =
                tr("The database file %1 is read-only for this PC's user, so it was opened "
                   "read-only: you can look, but nothing can be saved. Ask the administrator for "
                   "write access to the file.")
                    .arg(QDir::toNativeSeparators(m_path));
        } else if (!folder.isWritable()) {
            // SQLite writes its rollback journal next to the file
            // (https://www.sqlite.org/tempfiles.html#rollback_journals).
            m_readOnly = true;
            m_readOnlyReason =
                tr("The folder %1 is read-only for this PC's user, and saving needs to create a "
                   "journal file next to the database, so it was opened read-only: you can look, "
                   "but nothing can be saved. Ask the administrator for write access to the "
                   "folder.")
                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
        }
    }

}

void Database::execPlain(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        raise(query.lastError(), sql);
    while (query.next()) {
    }
    query.finish();
}

void Database::checkIntegrity()
{
    const IntegrityReport report = m_dialect->quickCheck(*this);
    if (!report.ok) {
        throw Error(Error::Code::Corrupt,
                    tr("The database %1 is damaged (SQLite's check failed). Do not keep working "
                       "in it: ask the administrator to restore the latest backup.")
                        .arg(m_dialect->shownLocation(m_path)),
                    report.findings.mid(0, 5).join(u"; "_s));
    }
}

int Database::readSchemaVersion()
{
    int tables = 0;
    bool hasMeta = false;
    {
        QSqlQuery query(connection());
        if (!query.exec(m_dialect->tableNamesQuery()))
            raise(query.lastError(), m_dialect->tableNamesQuery());
        while (query.next()) {
            ++tables;
            hasMeta = hasMeta || query.value(0).toString() == u"meta"_s;
        }
    }
    const bool create = m_options.mode == OpenOptions::Mode::CreateNew;
    if (create && tables > 0 && !m_dialect->isFile()) {
        throw Error(Error::Code::Invalid,
                    tr("The database %1 is not empty. A new Aduan database needs an empty one: "
                       "ask the server's administrator for a new database, or open this one "
                       "instead. Nothing was changed.")
                        .arg(m_dialect->shownLocation(m_path)),
                    m_dialect->shownLocation(m_path));
    }
    if (!hasMeta) {
        if (tables == 0 && create)
            return 0;
        if (!m_dialect->isFile()) {
            throw Error(Error::Code::NotADatabase,
                        tr("The database %1 is not an Aduan database (it has no Aduan tables). "
                           "Check the database name with the server's administrator.")
                            .arg(m_dialect->shownLocation(m_path)),
                        m_dialect->shownLocation(m_path));
        }
        throw Error(Error::Code::NotADatabase,
                    tr("The file %1 is an SQLite file but not an Aduan database. Choose the "
                       "database file that the office shares.")
                        .arg(m_dialect->shownLocation(m_path)),
                    m_path);
    }
    SqlQuery query(*this, u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    return query.scalar().toInt();
}

void Database::migrate()
{
    // A database made now has no records of an older program to seal (its setup seals what it
    // writes: officesetup.h).
    const bool made = m_schemaVersion == 0;
    for (int version = m_schemaVersion + 1; version <= programSchemaVersion(); ++version) {
        QFile file(m_dialect->migrationScripts().at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Code::Storage, tr("A migration script is missing from the program."),
                        file.fileName());
        const QString script = m_dialect->expandSchema(QString::fromUtf8(file.readAll()));
        // Named, not numbered: migrations of parallel work are renumbered when merged.
        const bool sealRecords = !made && file.fileName().endsWith(u"_seal_records.sql"_s);
        write([&] {
            for (const QString &statement : statements(script))
                SqlQuery(*this, statement).exec();
            if (sealRecords) {
                // Opening has no verified clock (verifyClock() runs later): the entries take
                // the newest entry's time — never earlier than it, never in a PC's future —
                // or, in a history still empty, this PC's.
                AuditLog log(*this);
                const QDateTime newest = log.newestTime();
                sealUnsealedRecords(*this,
                                    newest.isValid() ? newest : QDateTime::currentDateTimeUtc(),
                                    u"migration.seal"_s);
            }
            SqlQuery(*this, u"INSERT INTO meta (key, value) VALUES ('schema_version', :v) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
                .bind(u":v"_s, QString::number(version))
                .exec();
        });
        m_schemaVersion = version;
    }
}

void Database::write(const std::function<void()> &work)
{
    if (m_readOnly) {
        throw Error(Error::Code::ReadOnly,
                    tr("This database is open read-only on this PC, so nothing was saved; what "
                       "you typed is kept. %1")
                        .arg(m_readOnlyReason),
                    m_path);
    }
    if (!m_clockProblem.isEmpty())
        throw Error(Error::Code::ClockWrong, m_clockProblem, m_path);
    if (m_transactionDepth > 0) {
        work();
        return;
    }
    if (m_waitingForLock) {
        throw Error(Error::Code::Busy,
                    tr("Still waiting for the database to save the previous change; this one "
                       "was not saved. What you typed is kept."),
                    m_path);
    }
    if (m_lockWait && writeWouldWait())
        waitForLock(LockWaitFor::Writing);
    const int attempts = std::max(1, m_options.writeAttempts);
    bool reconnected = false;
    for (int attempt = 1;; ++attempt) {
        bool begun = false;
        bool committing = false;
        try {
            reconnectIfLost();
            const QStringList begin = m_dialect->beginWriteStatements();
            execPlain(begin.constFirst());
            begun = true;
            for (qsizetype i = 1; i < begin.size(); ++i)
                execPlain(begin.at(i));
            ++m_transactionDepth;
            work();
            committing = true;
            execPlain(m_dialect->commitStatement());
            --m_transactionDepth;
            return;
        } catch (const Error &error) {
            if (begun) {
                --m_transactionDepth;
                if (!m_connectionLost) {
                    QSqlQuery rollback(connection());
                    rollback.exec(u"ROLLBACK"_s);
                }
            }
            if (m_connectionLost && committing) {
                // COMMIT was sent and no answer came: the server may or may not have committed.
                throw Error(Error::Code::FileMissing,
                            tr("The connection to the database server of %1 was lost while this "
                               "change was being saved, so it cannot be known whether it was "
                               "saved. Look whether it is there (the register, or the "
                               "complaint's history) before saving it again; what you typed is "
                               "kept. Aduan connects again by itself with the next command.")
                                .arg(m_dialect->shownLocation(m_path)),
                            error.detail());
            }
            if (m_connectionLost && !begun && !reconnected) {
                // The session was already gone when the transaction was to begin (the server
                // restarted while this PC was idle): nothing was sent, so connect again and
                // start once more.
                reconnected = true;
                --attempt;
                continue;
            }
            if (error.code() != Error::Code::Busy)
                throw;
            if (attempt >= attempts) {
                if (!m_lockWait)
                    throw;
                // Short attempts (the busy timeout of a lock wait) kept meeting the lock: wait
                // without freezing, then start counting again.
                waitForLock(LockWaitFor::Writing);
                attempt = 0;
                continue;
            }
            // Someone else holds the lock: back off a little, with jitter, and try again whole.
            QThread::msleep(20 * attempt + QRandomGenerator::global()->bounded(30));
        } catch (...) {
            if (begun) {
                --m_transactionDepth;
                if (!m_connectionLost) {
                    QSqlQuery rollback(connection());
                    rollback.exec(u"ROLLBACK"_s);
                }
            }
            throw;
        }
    }
}

void Database::read(const std::function<void()> &work)
{
    if (m_transactionDepth > 0) {
        work();
        return;
    }
    reconnectIfLost();
    try {
        execPlain(m_dialect->beginReadStatement());
    } catch (const Error &) {
        if (!m_connectionLost)
            throw;
        // Gone before anything was read (the server restarted meanwhile): connect again, once.
        reconnectIfLost();
        execPlain(m_dialect->beginReadStatement());
    }
    ++m_transactionDepth;
    m_inReadTransaction = true;
    m_readSnapshotTaken = false;
    try {
        work();
    } catch (...) {
        --m_transactionDepth;
        m_inReadTransaction = false;
        if (!m_connectionLost) {
            QSqlQuery rollback(connection());
            rollback.exec(u"ROLLBACK"_s);
        }
        throw;
    }
    --m_transactionDepth;
    m_inReadTransaction = false;
    execPlain(u"COMMIT"_s);
}

qint64 Database::dataVersion() const
{
    reconnectIfLost();
    return m_dialect->changeCounter(*this);
}

QSqlQuery *Database::takeStatement(const QString &sql) const
{
    // A bound on the statements kept: SQL built for one search filter is seldom run again.
    constexpr std::size_t kMostKept = 400;
    auto it = m_kept.find(sql);
    if (it != m_kept.end()) {
        if (it->second.inUse)
            return nullptr;
        it->second.inUse = true;
        QSqlQuery &query = *it->second.query;
        for (qsizetype i = 0; i < query.boundValues().size(); ++i)
            query.bindValue(int(i), QVariant());
        return &query;
    }
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        raise(query->lastError(), sql);
    if (m_kept.size() >= kMostKept)
        dropKeptStatements();
    QSqlQuery *kept = query.get();
    m_kept.emplace(sql, KeptStatement{std::move(query), true, m_connectionName});
    return kept;
}

void Database::giveBackStatement(const QString &sql) const
{
    auto it = m_kept.find(sql);
    if (it == m_kept.end())
        return;
    if (it->second.connectionName != m_connectionName)
        m_kept.erase(it); // prepared on a session lost since (reconnectIfLost())
    else
        it->second.inUse = false;
}

void Database::dropKeptStatements() const
{
    std::erase_if(m_kept, [](const auto &entry) { return !entry.second.inUse; });
}

void Database::raise(const QSqlError &error, const QString &context) const
{
    const QString detail = error.text() + u" — "_s + context.left(200);
    const QString where = m_dialect->shownLocation(m_path);
    if (m_dialect->isUnreachable(error)) {
        m_connectionLost = true; // the next command connects again (reconnectIfLost())
        throw Error(Error::Code::FileMissing,
                    tr("The connection to the database server of %1 was lost (the server or the "
                       "network is down, or the server was restarted). Nothing was saved; what "
                       "you typed is kept. Try again in a moment: Aduan connects again by "
                       "itself. If it keeps failing, check the network and ask the "
                       "administrator whether the server runs.")
                        .arg(where),
                    detail);
    }
    if (m_dialect->isBusy(error)) {
        throw Error(Error::Code::Busy,
                    tr("The database is in use by another PC or program and stayed locked. "
                       "Nothing was saved; what you typed is kept. Wait a moment and try again; "
                       "if it keeps happening, ask the administrator whether a program holds %1 "
                       "open.")
                        .arg(where),
                    detail);
    }
    if (m_dialect->isGone(error, m_path)) {
        throw Error(Error::Code::FileMissing,
                    tr("The database file %1 is no longer where it was opened: it was moved, "
                       "renamed or deleted, or the shared folder can no longer be reached. "
                       "Nothing was saved; what you typed is kept. Ask the administrator to put "
                       "the file back or reconnect the shared folder, then start Aduan again.")
                        .arg(where),
                    detail);
    }
    if (m_dialect->isReadOnly(error)) {
        throw Error(Error::Code::ReadOnly,
                    tr("The database %1 cannot be written from this PC (read-only file or "
                       "folder). Nothing was saved; ask the administrator to check the shared "
                       "folder's permissions.")
                        .arg(where),
                    detail);
    }
    if (m_dialect->isCorrupt(error)) {
        throw Error(Error::Code::Corrupt,
                    tr("The database %1 is damaged. Stop working in it and ask the administrator "
                       "to restore the latest backup.")
                        .arg(where),
                    detail);
    }
    if (m_dialect->isNotADatabase(error)) {
        throw Error(Error::Code::NotADatabase,
                    tr("The file %1 is not an Aduan database.").arg(where), detail);
    }
    throw Error(Error::Code::Storage,
                tr("The database reported an error: %1").arg(error.text()), detail);
}

} // namespace aduan
