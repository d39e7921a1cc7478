// PostgresDialect: where the server is, connection setup, locks, checks, backups, change polling
// and notification (the bulk path: postgresbulkstatement.cpp). The statements, search and error
// codes are in postgresdialect.cpp.

#include "storage/postgres/postgresdialect.h"

#include "storage/database.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The messages of this file, filed by lupdate under aduan::PostgresDialect as they are translated at run time.
struct PostgresText {
    Q_DECLARE_TR_FUNCTIONS(aduan::PostgresDialect)
};

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

} // namespace

QString PostgresDialect::connectOptions(int busyTimeoutMs, bool readOnly) const
{
    Q_UNUSED(readOnly) // a read-only session is set up in configureConnection()
    // libpq connection parameters (https://www.postgresql.org/docs/15/libpq-connect.html).
    return u"connect_timeout=%1;application_name=aduan"_s.arg(std::max(5, busyTimeoutMs / 1000));
}

void PostgresDialect::setLocation(QSqlDatabase &connection, const QString &location) const
{
    const auto where = PostgresLocation::parse(location);
    if (!where) {
        throw Error(Error::Code::Invalid,
                    PostgresText::tr("%1 is not a PostgreSQL location Aduan understands. Write it as "
                       "postgresql://user@server:5432/database (or "
                       "postgresql:///database?host=/run/postgresql for this PC's server); "
                       "of libpq's settings after '?' Aduan takes host, port, user, password, "
                       "dbname and the connection's security (sslmode, sslrootcert, sslcert, "
                       "sslkey, sslcrl, channel_binding, gssencmode, krbsrvname, requirepeer, "
                       "target_session_attrs).")
                        .arg(PostgresLocation::shown(location)),
                    PostgresLocation::shown(location));
    }
    connection.setHostName(where->host);
    if (where->port > 0)
        connection.setPort(where->port);
    connection.setUserName(where->user);
    connection.setPassword(where->password);
    connection.setDatabaseName(where->database);
    // The location's own libpq parameters (sslmode=require, ...) after the options already set.
    QStringList options;
    if (!connection.connectOptions().isEmpty())
        options << connection.connectOptions();
    for (const auto &[name, value] : where->options)
        options << name + u'=' + value;
    connection.setConnectOptions(options.join(u';'));
}

void PostgresDialect::configureConnection(const Database &db) const
{
    // Every instant is stored and compared in UTC; the office's time zone is the program's
    // business (https://www.postgresql.org/docs/15/runtime-config-client.html).
    execPlain(db, u"SET TIME ZONE 'UTC'"_s);
    execPlain(db, u"SET lock_timeout = %1"_s.arg(std::max(1, db.busyTimeoutMs())));
    execPlain(db, u"SET statement_timeout = %1"_s.arg(kStatementTimeoutMs));
    execPlain(db, u"SET idle_in_transaction_session_timeout = %1"_s.arg(kIdleInTransactionTimeoutMs));
    // Write transactions begin with a plain BEGIN (beginWriteStatements()).
    execPlain(db, u"SET default_transaction_isolation = 'read committed'"_s);
    if (db.isReadOnly())
        execPlain(db, u"SET default_transaction_read_only = on"_s);
}

bool PostgresDialect::writeWouldWait(const Database &db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT pg_try_advisory_lock(%1)"_s.arg(kWriteLockKey)) || !q.next())
        return false;
    const bool got = q.value(0).toBool();
    q.finish();
    if (got)
        q.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kWriteLockKey));
    q.finish();
    return !got;
}

bool PostgresDialect::readWouldWait(const Database &) const
{
    // A reader never waits for a writer on a server (multiversion concurrency control:
    // https://www.postgresql.org/docs/15/mvcc-intro.html).
    return false;
}

void PostgresDialect::applyBusyTimeout(const Database &db) const
{
    QSqlQuery q(db.connection());
    q.exec(u"SET lock_timeout = %1"_s.arg(std::max(1, db.busyTimeoutMs())));
    q.finish();
}

bool PostgresDialect::isBeingWritten(const QString &location, int waitMs) const
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"aduan-pg-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        db.setConnectOptions(connectOptions(waitMs, false));
        try {
            setLocation(db, location);
        } catch (const Error &) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SET lock_timeout = %1"_s.arg(std::max(1, waitMs)));
            // Statement by statement: of a string of several the driver reports only the first.
            if (q.exec(u"BEGIN"_s)) {
                if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLockKey)))
                    busy = isBusy(q.lastError());
                q.finish();
                q.exec(u"ROLLBACK"_s);
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return busy;
}

qint64 PostgresDialect::changeCounter(const Database &db) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT pg_current_snapshot()::text"_s) || !query.next())
        db.raise(query.lastError(), u"SELECT pg_current_snapshot()"_s);
    const QString snapshot = query.value(0).toString();
    query.finish();
    return qint64(qHash(snapshot, 0) & 0x7fffffffffffffffULL);
}

QString PostgresDialect::commitStatement() const
{
    return u"COMMIT; NOTIFY "_s + QLatin1StringView(kChangeChannel);
}

bool PostgresDialect::listenForChanges(const Database &db, std::function<void()> onChange) const
{
    QSqlDriver *driver = db.connection().driver();
    const QString channel = QLatin1StringView(kChangeChannel);
    if (!driver || !driver->subscribeToNotification(channel))
        return false;
    // The driver reads notifications from its socket in the event loop, and after each statement
    // (Qt's QPSQL). Connected with the driver as context: it ends with the connection.
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [channel, onChange = std::move(onChange)](
                         const QString &name, QSqlDriver::NotificationSource source,
                         const QVariant &) {
                         if (name == channel && source == QSqlDriver::OtherSource && onChange)
                             onChange();
                     });
    return true;
}

bool PostgresDialect::serverTimeIsAuthoritative() const
{
    return true;
}

std::optional<QDateTime> PostgresDialect::serverTime(const Database &db) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT clock_timestamp()"_s) || !query.next())
        return std::nullopt;
    const QDateTime at = query.value(0).toDateTime().toUTC();
    query.finish();
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

IntegrityReport PostgresDialect::quickCheck(const Database &db) const
{
    Q_UNUSED(db)
    return {true, {}};
}

IntegrityReport PostgresDialect::fullCheck(const Database &db) const
{
    IntegrityReport report{true, {}};
    SqlQuery constraints(db, u"SELECT c.conrelid::regclass::text AS tbl, c.conname AS name "
                             "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                             "WHERE n.nspname = current_schema() AND NOT c.convalidated "
                             "ORDER BY 1, 2"_s);
    constraints.exec();
    while (constraints.next()) {
        report.ok = false;
        report.findings << u"constraint %1 of %2 is not validated"_s.arg(
            constraints.text(u"name"_s), constraints.text(u"tbl"_s));
    }
    SqlQuery triggers(db, u"SELECT t.tgrelid::regclass::text AS tbl, t.tgname AS name "
                          "FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid "
                          "JOIN pg_namespace n ON n.oid = r.relnamespace "
                          "WHERE n.nspname = current_schema() AND t.tgenabled = 'D' "
                          "ORDER BY 1, 2"_s);
    triggers.exec();
    while (triggers.next()) {
        report.ok = false;
        report.findings << u"trigger %1 of %2 is switched off"_s.arg(triggers.text(u"name"_s),
                                                                      triggers.text(u"tbl"_s));
    }
    return report;
}

namespace {

/// The result of one of PostgreSQL's client programs (pg_dump, pg_restore).
struct ClientRun {
    bool ok = false;
    QString out;  ///< its standard output
    QString said; ///< its standard error, or why it did not start
};

/// Runs PostgreSQL's client program `program` with `args` and the connection parameters of the
/// database at `location` (`--dbname` for pg_restore, the database name for pg_dump), the
/// password through PGPASSWORD, never asking for one.
ClientRun runClient(const QString &program, QStringList args, const PostgresLocation &where,
                    const QString &dbnameOption)
{
    args << u"--no-password"_s;
    if (!where.host.isEmpty())
        args << u"--host"_s << where.host;
    if (where.port > 0)
        args << u"--port"_s << QString::number(where.port);
    if (!where.user.isEmpty())
        args << u"--username"_s << where.user;
    if (!where.database.isEmpty() && !dbnameOption.isEmpty())
        args << dbnameOption << where.database;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!where.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, where.password);
    process.setProcessEnvironment(env);
    process.start(program, args);
    const bool finished = process.waitForStarted() && process.waitForFinished(-1);
    ClientRun run;
    run.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (run.said.isEmpty() && !run.ok)
        run.said = process.errorString();
    return run;
}

PostgresLocation locationOf(const Database &db)
{
    const auto where = PostgresLocation::parse(db.path());
    if (!where)
        throw Error(Error::Code::Invalid, PostgresText::tr("The database location cannot be read."),
                    PostgresLocation::shown(db.path()));
    return *where;
}

} // namespace

void PostgresDialect::backup(const Database &db, const QString &destination) const
{
    const ClientRun dump = runClient(u"pg_dump"_s, {u"--format=custom"_s, u"--file"_s, destination},
                                     locationOf(db), u"--dbname"_s);
    if (!dump.ok) {
        throw Error(Error::Code::Storage,
                    PostgresText::tr("The backup of the database %1 with pg_dump failed: %2. Check that "
                       "PostgreSQL's client programs (Debian package postgresql-client) are "
                       "installed on this PC and that the server can be reached; nothing was "
                       "changed in the database.")
                        .arg(shownLocation(db.path()), dump.said),
                    dump.said);
    }
}

void PostgresDialect::restore(const Database &db, const QString &backup) const
{
    if (!QFileInfo(backup).isFile()) {
        throw Error(Error::Code::FileMissing,
                    PostgresText::tr("The backup %1 is not there. Nothing was changed.")
                        .arg(QDir::toNativeSeparators(backup)),
                    backup);
    }
    const PostgresLocation where = locationOf(db);
    // The archive's table of contents: a custom-format dump that holds Aduan's tables.
    const ClientRun list = runClient(u"pg_restore"_s, {u"--list"_s, backup}, where, {});
    static const QRegularExpression history(u"\\bTABLE DATA \\S+ audit_entry\\b"_s);
    if (!list.ok || !history.match(list.out).hasMatch()) {
        throw Error(Error::Code::NotADatabase,
                    PostgresText::tr("The file %1 is not a backup of an Aduan database on PostgreSQL (a "
                       "pg_dump custom-format archive holding Aduan's tables). Nothing was "
                       "changed.")
                        .arg(QDir::toNativeSeparators(backup)),
                    list.said);
    }
    const ClientRun run = runClient(u"pg_restore"_s,
                                    {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s,
                                     u"--no-owner"_s, u"--exit-on-error"_s, backup},
                                    where, u"--dbname"_s);
    if (!run.ok) {
        throw Error(Error::Code::Storage,
                    PostgresText::tr("Restoring %1 into the database %2 with pg_restore failed: %3. The "
                       "restore ran as one transaction and was rolled back: the database is as "
                       "it was. Check that PostgreSQL's client programs (Debian package "
                       "postgresql-client) are installed on this PC and that no other program "
                       "holds the tables.")
                        .arg(QDir::toNativeSeparators(backup), shownLocation(db.path()), run.said),
                    run.said);
    }
    // The person groups' rights again, from their one place (aduan_grant_group_rights(),
    // resources/sql/postgres/013_group_rights.sql): a backup taken while the groups did not
    // exist, or with fewer rights, holds fewer grants than this schema gives. Made first when
    // this connection's role may create roles. A backup of an older schema gets them from its
    // migration when it is next opened.
    if (SqlQuery(db, u"SELECT to_regprocedure('aduan_grant_group_rights()') IS NOT NULL"_s)
            .scalar()
            .toBool())
        SqlQuery(db, u"SELECT aduan_make_group_roles() OR aduan_grant_group_rights()"_s).scalar();
}

QString PostgresDialect::foreignKeysQuery() const
{
    return u"SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref "
           "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
           "WHERE n.nspname = current_schema() AND c.contype = 'f'"_s;
}

void PostgresDialect::continueKeysAfterCopy(const Database &db, const QString &table) const
{
    SqlQuery identities(db, u"SELECT column_name AS name FROM information_schema.columns "
                            "WHERE table_schema = current_schema() AND table_name = :t "
                            "AND is_identity = 'YES'"_s);
    identities.bind(u":t"_s, table);
    const QStringList columns = identities.rows([](const SqlQuery &q) { return q.text(u"name"_s); });
    for (const QString &column : columns) {
        // Names from the catalog, quoted as identifiers.
        const QString t = u'"' + QString(table).replace(u'"', u"\"\""_s) + u'"';
        const QString c = u'"' + QString(column).replace(u'"', u"\"\""_s) + u'"';
        SqlQuery(db, u"SELECT setval(pg_get_serial_sequence(:t, :c), "
                     "COALESCE((SELECT max(%2) FROM %1), 1), "
                     "(SELECT max(%2) FROM %1) IS NOT NULL)"_s.arg(t, c))
            .bind(u":t"_s, t)
            .bind(u":c"_s, column)
            .exec();
    }
}

} // namespace aduan
