#include "testoffice.h"

#include "admin/administration.h"
#include "admin/officesetup.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdlib>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace aduan::test {

QDateTime wib(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(7 * 3600))
        .toUTC();
}

QString casesDir()
{
    return QStringLiteral(ADUAN_CASES_DIR);
}

bool onPostgres()
{
    static const bool yes = qEnvironmentVariable("ADUAN_TEST_POSTGRES") == u"1"_s;
    return yes;
}

namespace {

/// A statement on the server's maintenance database ("postgres", through libpq's PG*
/// variables), outside any transaction (CREATE and DROP DATABASE cannot run in one).
void serverStatement(const QString &sql)
{
    const QString name = u"aduan-test-server"_s;
    QSqlDatabase server = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!server.isOpen()) {
        server.setDatabaseName(u"postgres"_s);
        if (!server.open())
            throw std::runtime_error("cannot reach the test PostgreSQL server (PG* variables): "
                                     + server.lastError().text().toStdString());
    }
    {
        QSqlQuery q(server);
        if (q.exec(sql))
            return;
    }
    // The server may have been restarted by a test ([restart]): connect again, once.
    server.close();
    if (!server.open())
        throw std::runtime_error("cannot reach the test PostgreSQL server again: "
                                 + server.lastError().text().toStdString());
    QSqlQuery q(server);
    if (!q.exec(sql))
        throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
}

/// Drops the PostgreSQL roles made for the database `name` (issue 17: its people's login roles
/// "<name>_<username>" and, for a database whose schema was made in it, its group roles
/// "<name>_<group>"), which outlive the database: roles belong to the whole cluster. A role
/// still holding rights in another database is left alone.
void dropRolesOf(const QString &name)
{
    serverStatement(u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles "
                    "WHERE starts_with(rolname, '%1_') LOOP BEGIN EXECUTE format('DROP ROLE %I', "
                    "r); EXCEPTION WHEN others THEN NULL; END; END LOOP; END $$"_s.arg(name));
}

/// The name of a database of this test process: aduan_test_<pid>_<what>.
QString databaseName(const QString &what)
{
    return u"aduan_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(what);
}

/// Where a fresh office database of this process is: a file in `dir`, or on the test server a
/// new, empty database (UTF-8, byte-order collation) made from `templateName` (empty: template0).
QString freshLocation(const QTemporaryDir &dir, const QString &fileName, const QString &what,
                      const QString &templateName, bool file = false)
{
    if (!onPostgres() || file)
        return dir.filePath(fileName);
    const QString name = databaseName(what);
    if (templateName.isEmpty())
        serverStatement(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                        "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"_s.arg(name));
    else
        serverStatement(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, templateName));
    return u"postgresql:///"_s + name;
}

QString buildTemplate(bool file)
{
    static QTemporaryDir dir;
    const QString path = freshLocation(dir, u"template.sqlite"_s, u"template"_s, QString(), file);
    ManualClock clock(wib(2026, 1, 2, 8, 0));
    SetupInput input;
    input.profile.address = u"Jl. contoh No. 1, Blitar"_s;
    input.profile.headName = u"Drs. Hendra Wijaya, M.Si."_s;
    input.profile.headNip = u"197003121995031004"_s;
    OfficeCalendar calendar = OfficeCalendar::defaultOffice();
    calendar.addHoliday(Holiday{QDate(2026, 3, 20), QDate(2026, 3, 20), u"Hari Raya Nyepi"_s});
    input.calendar = calendar;
    input.administrator.username = u"admin"_s;
    input.administrator.fullName = u"Admin"_s;
    input.administratorPassword = u"admin12345"_s;
    auto db = createOfficeDatabase(path, input, clock);
    Administration admin(*db, clock);
    const qint64 adminId = UserStore(*db).byUsername(u"admin"_s)->id;
    auto add = [&](const QString &username, const QString &name, const QString &nip, Role role,
                   bool confidential) {
        User u;
        u.username = username;
        u.fullName = name;
        u.nip = nip;
        u.roles = {role};
        u.canSeeConfidential = confidential;
        admin.createUser(adminId, u, u"rahasia123"_s);
    };
    add(u"rina"_s, u"Rina"_s, {}, Role::Officer, true);
    add(u"dewi"_s, u"Dewi"_s, u"198104222006042007"_s, Role::Secretary, true);
    add(u"hendra"_s, u"Drs. Hendra Wijaya, M.Si."_s, u"197003121995031004"_s, Role::Head, true);
    add(u"agus"_s, u"Agus"_s, {}, Role::Team, true);
    add(u"lina"_s, u"Lina"_s, {}, Role::Team, false);
    if (onPostgres() && !file) {
        // Every session of the template ends before databases are made from it.
        db.reset();
        // Dropped when the process ends (a crashed run leaves it to pg_virtualenv's cleanup).
        std::atexit([] {
            try {
                serverStatement(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(
                    databaseName(u"template"_s)));
                dropRolesOf(databaseName(u"template"_s));
            } catch (...) {
            }
        });
    }
    return path;
}

} // namespace

TestOffice::TestOffice(const QDateTime &start, Where where)
    : clock(start)
{
    static int offices = 0;
    if (onPostgres() && where == Where::TestStore) {
        [[maybe_unused]] static const QString templatePath = buildTemplate(false);
        m_database = databaseName(QString::number(++offices));
        path = freshLocation(m_dir, {}, QString::number(offices), databaseName(u"template"_s));
    } else {
        static const QString templatePath = buildTemplate(true);
        path = m_dir.filePath(u"aduan.sqlite"_s);
        QFile::copy(templatePath, path);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    db = std::make_unique<Database>(path);
    UserStore users(*db);
    rina = users.byUsername(u"rina"_s)->id;
    dewi = users.byUsername(u"dewi"_s)->id;
    hendra = users.byUsername(u"hendra"_s)->id;
    agus = users.byUsername(u"agus"_s)->id;
    lina = users.byUsername(u"lina"_s)->id;
    admin = users.byUsername(u"admin"_s)->id;
}

TestOffice::~TestOffice()
{
    db.reset();
    if (!m_database.isEmpty()) {
        try {
            serverStatement(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
            dropRolesOf(m_database);
        } catch (...) {
        }
    }
}

ServerDatabase::ServerDatabase(const QString &what)
    : m_name(databaseName(what))
{
    serverStatement(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                    "LC_CTYPE 'C.UTF-8'"_s.arg(m_name));
    location = u"postgresql:///"_s + m_name;
}

ServerDatabase::~ServerDatabase()
{
    try {
        serverStatement(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
        dropRolesOf(m_name);
    } catch (...) {
    }
}

std::unique_ptr<Database> TestOffice::openAnother() const
{
    return std::make_unique<Database>(path);
}

ComplaintDraft walkIn(const QString &description)
{
    ComplaintDraft d;
    d.complainant = Complainant{u"Sukarno"_s, {}, Gender::Male, u"081234567807"_s, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Lansia terlantar"_s;
    d.description = description;
    return d;
}

ComplaintDraft confidentialCase()
{
    ComplaintDraft d;
    d.channel = Channel::Direct;
    d.confidentiality = Confidentiality::Confidential;
    d.complainant = Complainant{u"Hartini"_s, u"3572015203880002"_s, Gender::Female,
                                u"081234567808"_s, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.evidence = {u"catatan tanggal kejadian"_s};
    d.subject = u"Pungutan liar saat pencairan bantuan"_s;
    d.description = u"Saya diminta menyerahkan sebagian bantuan kepada pendamping."_s;
    return d;
}

ComplaintDraft walkInWithIdentity()
{
    ComplaintDraft d;
    d.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male,
                                u"0812 3456 7801"_s, u"Jl. Merdeka 10, Blitar"_s};
    d.subject = u"Bantuan PKH belum cair"_s;
    d.description = u"Bantuan PKH tahap I belum diterima."_s;
    d.category = u"Bantuan sosial"_s;
    d.requirements.insert(u"identity_card"_s, RequirementOutcome{true, {}});
    d.requirements.insert(u"evidence"_s, RequirementOutcome{true, {}});
    return d;
}

} // namespace aduan::test
