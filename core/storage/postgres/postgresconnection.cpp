// PostgresDialect: where the server is, connection setup, locks, checks, backups, change polling
// (the bulk path: postgresbulkstatement.cpp). The statements, search and error codes are in postgresdialect.cpp.

#include "storage/postgres/postgresdialect.h"

#include "storage/database.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The dialect's messages, filed by lupdate under its class.
QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::PostgresDialect", text);
}

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
                    tr("%1 is not a PostgreSQL location Aduan understands. Write it as "
                       "postgresql://user@server:5432/database (or "
                       "postgresql:///database?host=/run/postgresql for this PC's server).")
                        .arg(PostgresLocation::shown(location)),
                    PostgresLocation::shown(location));
    }
    connection.setHostName(where->host);
    if (where->port > 0)
        connection.setPort(where->port);
    connection.setUserName(where->user);
    connection.setPassword(where->password);
    connection.setDatabaseName(where->database);
}

void PostgresDialect::configureConnection(const Database &db) const
{
    // Every instant is stored and compared in UTC; the office's time zone is the program's
    // business (https://www.postgresql.org/docs/15/runtime-config-client.html).
    execPlain(db, u"SET TIME ZONE 'UTC'"_s);
    execPlain(db, u"SET lock_timeout = %1"_s.arg(std::max(1, db.options().busyTimeoutMs)));
    execPlain(db, u"SET statement_timeout = %1"_s.arg(kStatementTimeoutMs));
    execPlain(db, u"SET idle_in_transaction_session_timeout = %1"_s.arg(kIdleInTransactionTimeoutMs));
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

bool PostgresDialect::isBeingWritten(const QString &location, int waitMs) const
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"aduan-pg-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        try {
            setLocation(db, location);
        } catch (const Error &) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        db.setConnectOptions(connectOptions(waitMs, false));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SET lock_timeout = %1"_s.arg(std::max(1, waitMs)));
            if (q.exec(u"BEGIN; SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLockKey)))
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

qint64 PostgresDialect::changeCounter(const Database &db) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT pg_current_snapshot()::text"_s) || !query.next())
        db.raise(query.lastError(), u"SELECT pg_current_snapshot()"_s);
    const QString snapshot = query.value(0).toString();
    query.finish();
    return qint64(qHash(snapshot, 0) & 0x7fffffffffffffffULL);
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

void PostgresDialect::backup(const Database &db, const QString &destination) const
{
    const auto where = PostgresLocation::parse(db.path());
    if (!where)
        throw Error(Error::Code::Invalid, tr("The database location cannot be read."),
                    shownLocation(db.path()));
    QStringList args{u"--format=custom"_s, u"--no-password"_s, u"--file"_s, destination};
    if (!where->host.isEmpty())
        args << u"--host"_s << where->host;
    if (where->port > 0)
        args << u"--port"_s << QString::number(where->port);
    if (!where->user.isEmpty())
        args << u"--username"_s << where->user;
    if (!where->database.isEmpty())
        args << u"--dbname"_s << where->database;
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!where->password.isEmpty())
        env.insert(u"PGPASSWORD"_s, where->password);
    dump.setProcessEnvironment(env);
    dump.start(u"pg_dump"_s, args);
    const bool finished = dump.waitForStarted() && dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
        throw Error(Error::Code::Storage,
                    tr("The backup of the database %1 with pg_dump failed: %2. Check that "
                       "PostgreSQL's client programs (Debian package postgresql-client) are "
                       "installed on this PC and that the server can be reached; nothing was "
                       "changed in the database.")
                        .arg(shownLocation(db.path()), said.isEmpty() ? dump.errorString() : said),
                    said);
    }
}

} // namespace aduan
