// Issue 14: every record is checkable by `aduan-cli check`. Records written before seals
// existed, or by the demo generator's bulk path, get a sealed history entry (at the migration
// that brings seals to every record, and at the end of demo-data); a user's password hash and
// row version are in the user's seal, the login counters are not (storage/rowseal.h says why).
// And the backup folder chosen by the administrator is recorded in the history.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "demo/demodata.h"
#include "skm/skmreport.h"
#include "skm/skmsurvey.h"
#include "sms/messageintake.h"
#include "storage/auditlog.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

QStringList dataFindings(Database &db)
{
    return checkDatabase(db).dataFindings;
}

qint64 count(const Database &db, const QString &sql)
{
    return SqlQuery(db, sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("A user's password hash and row version are sealed; the login counters are not",
          "[robustness][audit][check][seal][issue14]")
{
    test::TestOffice office;
    REQUIRE(dataFindings(*office.db).isEmpty());
    auto other = office.openAnother(); // another program, on the same store

    SECTION("a password hash changed outside Aduan is named")
    {
        const QString adminsHash =
            SqlQuery(*other, u"SELECT password_hash FROM app_user WHERE id = :id"_s)
                .bind(u":id"_s, office.admin)
                .scalar()
                .toString();
        SqlQuery(*other, u"UPDATE app_user SET password_hash = :hash WHERE id = :id"_s)
            .bind(u":hash"_s, adminsHash)
            .bind(u":id"_s, office.lina)
            .exec();
        const QStringList found = dataFindings(*office.db);
        INFO(found.join(u'\n').toStdString());
        REQUIRE(found.size() == 1);
        CHECK(found.constFirst().contains(u"(lina)"_s));
        CHECK(found.constFirst().contains(u"changed outside Aduan"_s));
    }
    SECTION("a row version changed outside Aduan is named")
    {
        SqlQuery(*other, u"UPDATE app_user SET row_version = row_version + 5 WHERE id = :id"_s)
            .bind(u":id"_s, office.rina)
            .exec();
        const QStringList found = dataFindings(*office.db);
        REQUIRE(found.size() == 1);
        CHECK(found.constFirst().contains(u"(rina)"_s));
    }
    SECTION("wrong passwords and a lockout change no seal")
    {
        Authenticator auth(*office.db, office.clock);
        for (int i = 0; i < 2; ++i)
            CHECK_THROWS_AS(auth.login(u"dewi"_s, u"salah sekali"_s), Error);
        CHECK(count(*office.db, u"SELECT failed_logins FROM app_user WHERE username = 'dewi'"_s)
              == 2);
        CHECK(dataFindings(*office.db).isEmpty());
        for (int i = 0; i < 4; ++i)
            CHECK_THROWS_AS(auth.login(u"dewi"_s, u"salah sekali"_s), Error);
        CHECK(count(*office.db, u"SELECT COUNT(*) FROM app_user WHERE username = 'dewi' AND "
                                "locked_until IS NOT NULL"_s)
              == 1);
        CHECK(dataFindings(*office.db).isEmpty());
    }
    SECTION("a password reset by the administrator is sealed with its new hash")
    {
        Administration(*office.db, office.clock)
            .resetPassword(office.admin, office.lina, u"kata-sandi-baru-2026"_s);
        CHECK(dataFindings(*office.db).isEmpty());
    }
}

TEST_CASE("Records without a sealed history entry are sealed by the migration that seals every "
          "record",
          "[robustness][audit][check][seal][migrate][issue14]")
{
    test::TestOffice office;
    // An agency written without its history entry, as an older program (or its bulk path)
    // wrote records: nothing can judge it yet.
    SqlQuery(*office.db, u"INSERT INTO agency (name, address) VALUES ('Dinas Lama', 'Blitar')"_s)
        .exec();
    const qint64 agency =
        count(*office.db, u"SELECT id FROM agency WHERE name = 'Dinas Lama'"_s);
    const qint64 sealedBefore = count(
        *office.db, u"SELECT COUNT(*) FROM audit_entry WHERE entity = 'agency' AND seal <> ''"_s);
    // Back to the schema before the sealing migration: the later ones undone too (migration
    // 12, the register's stored total), the version the one before the sealing script's.
    const QStringList scripts = office.db->dialect().migrationScripts();
    const auto sealing = std::find_if(scripts.cbegin(), scripts.cend(), [](const QString &script) {
        return script.endsWith(u"_seal_records.sql"_s);
    });
    REQUIRE(sealing != scripts.cend());
    const QString on = test::onPostgres() ? u" ON complaint"_s : QString();
    for (const QString &sql :
         QStringList{u"DROP TRIGGER complaint_registered_insert"_s + on,
                     u"DROP TRIGGER complaint_registered_delete"_s + on,
                     u"ALTER TABLE agenda_sequence DROP COLUMN registered"_s}) {
        SqlQuery(*office.db, sql).exec();
    }
    if (test::onPostgres()) {
        SqlQuery(*office.db, u"DROP FUNCTION aduan_count_registered()"_s).exec();
        SqlQuery(*office.db, u"DROP FUNCTION aduan_uncount_registered()"_s).exec();
    }
    SqlQuery(*office.db, u"DROP INDEX audit_entry_sealed"_s).exec();
    SqlQuery(*office.db, u"UPDATE meta SET value = :v WHERE key = 'schema_version'"_s)
        .bind(u":v"_s, QString::number(sealing - scripts.cbegin()))
        .exec();
    const QString location = office.db->path();
    office.db.reset();

    Database migrated(location);
    CHECK(migrated.schemaVersion() == Database::programSchemaVersion());
    // One entry for the unsealed agency; everything Aduan wrote itself was sealed already.
    CHECK(count(migrated, u"SELECT COUNT(*) FROM audit_entry WHERE action = 'migration.seal' "
                          "AND entity = 'agency'"_s)
          == 1);
    CHECK(count(migrated,
                u"SELECT COUNT(*) FROM audit_entry WHERE entity = 'agency' AND seal <> ''"_s)
          == sealedBefore + 1);
    const CheckReport report = checkDatabase(migrated);
    INFO(report.findings().join(u'\n').toStdString());
    CHECK(report.ok());

    // From now on a change outside Aduan is named.
    SqlQuery(migrated, u"UPDATE agency SET address = 'Kediri' WHERE id = :id"_s)
        .bind(u":id"_s, agency)
        .exec();
    const QStringList found = dataFindings(migrated);
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().contains(u"agency %1"_s.arg(agency)));
}

// [file]: demo-data makes a database file.
TEST_CASE("Demo data is checkable: every demo complaint is sealed",
          "[file][robustness][audit][check][seal][demo][issue14]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    ManualClock clock(wib(2026, 3, 20, 10, 0));
    DemoOptions options;
    options.complaints = 30;
    const qint64 made = createDemoDatabase(path, options, clock);
    REQUIRE(made > 0);
    Database db(path);
    const CheckReport report = checkDatabase(db);
    INFO(report.findings().join(u'\n').toStdString());
    CHECK(report.ok());
    // Every complaint has a sealed entry.
    CHECK(count(db, u"SELECT COUNT(*) FROM complaint WHERE id NOT IN (SELECT entity_id FROM "
                    "audit_entry WHERE entity = 'complaint' AND seal <> '')"_s)
          == 0);

    // And the survey's answers, written after the complaints (issue 14, second probe).
    if (count(db, u"SELECT COUNT(*) FROM skm_invitation"_s) > 0) {
        CHECK(count(db, u"SELECT COUNT(*) FROM audit_entry WHERE entity = 'skm' AND seal <> ''"_s)
              == 1);
    }

    const qint64 id = count(db, u"SELECT MAX(id) FROM complaint"_s);
    SqlQuery(db, u"UPDATE complaint SET subject = 'Diubah di luar' WHERE id = :id"_s)
        .bind(u":id"_s, id)
        .exec();
    const QStringList found = dataFindings(db);
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().contains(u"complaint %1 ("_s.arg(id)));
}

// [file]: automatic backups are written for a database file only.
TEST_CASE("The administrator chooses the backup folder; the choice is in the history",
          "[file][backup][autobackup][issue14]")
{
    test::TestOffice office;
    Administration admin(*office.db, office.clock);
    CHECK(admin.backupFolder().isEmpty());
    CHECK(backupFolderFor(*office.db, {}) == defaultBackupFolder(office.path));
    QTemporaryDir local;
    const QString pcFolder = local.filePath(u"pc"_s);
    CHECK(backupFolderFor(*office.db, pcFolder) == pcFolder); // an older PC setting

    const QString chosen = local.filePath(u"cadangan"_s);
    admin.setBackupFolder(office.admin, chosen);
    CHECK(admin.backupFolder() == QDir::cleanPath(chosen));
    CHECK(backupFolderFor(*office.db, pcFolder) == QDir::cleanPath(chosen)); // the office's first
    CHECK(backupFolderWarning(chosen, office.path).contains(u"full copy"_s));
    const QList<AuditEntry> history = AuditLog(*office.db).entriesFor(u"setting"_s, 0);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.constLast().action == u"setting.backup-folder"_s);
    CHECK(history.constLast().userId == office.admin);
    CHECK(history.constLast().newValue.value(u"folder"_s).toString() == QDir::cleanPath(chosen));
    CHECK(dataFindings(*office.db).isEmpty());

    // Refused, and nothing changed: not the administrator, a relative path.
    CHECK_THROWS_AS(admin.setBackupFolder(office.rina, QString()), Error);
    try {
        admin.setBackupFolder(office.admin, u"cadangan"_s);
        FAIL("a relative path was taken");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        CHECK(e.message().contains(u"Nothing was changed"_s));
    }
    CHECK(admin.backupFolder() == QDir::cleanPath(chosen));

    // Back beside the database.
    admin.setBackupFolder(office.admin, QString());
    CHECK(backupFolderFor(*office.db, {}) == defaultBackupFolder(office.path));
    CHECK(AuditLog(*office.db).entriesFor(u"setting"_s, 0).constLast().oldValue.value(
              u"folder"_s).toString() == QDir::cleanPath(chosen));
}

TEST_CASE("Survey answers changed outside Aduan are named by check",
          "[robustness][audit][check][seal][skm][issue14]")
{
    // The SKM value the office reports (Permenpan-RB 14/2017) is computed from these rows: an
    // answer raised with the sqlite3 shell, a refusal turned into "answered", a response
    // added or removed must not pass `aduan-cli check`.
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    const test::WalkthroughIds ids = test::runWalkthroughs(office);
    SkmSurvey survey(*office.db, office.clock);
    SkmResponseInput in;
    for (int i = 1; i <= 9; ++i)
        in.answers.insert(u"U%1"_s.arg(i), 2);
    in.profile = {u"30-39 tahun"_s, u"Perempuan"_s, u"SLTA"_s, u"Wirausaha"_s};
    survey.record(office.rina, ids.a, in);
    survey.decline(office.rina, ids.b);
    REQUIRE(dataFindings(*office.db).isEmpty());
    auto other = office.openAnother(); // another program, on the same store

    SECTION("an answer's score")
    {
        SqlQuery(*other, u"UPDATE skm_answer SET score = 4"_s).exec();
    }
    SECTION("a refusal made an answer")
    {
        SqlQuery(*other, u"UPDATE skm_invitation SET outcome = 'answered'"_s).exec();
    }
    SECTION("a respondent's profile")
    {
        SqlQuery(*other, u"UPDATE skm_response SET education = 'S1'"_s).exec();
    }
    const QStringList found = dataFindings(*office.db);
    INFO(found.join(u'\n').toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().contains(u"survey"_s));
    CHECK(found.constFirst().contains(u"changed outside Aduan"_s));
}

TEST_CASE("Messages of SMS masuk changed outside Aduan are named by check",
          "[robustness][audit][check][seal][sms][issue14]")
{
    // A message set aside made "new" again, a status request's sender or a message's text
    // changed with the sqlite3 shell: each a record the program wrote, each named by check
    // (issue 14's second probe). A status request is settled in the transaction that receives
    // it: its entry seals the row as settled, so the untouched inbox checks clean.
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    const test::WalkthroughIds ids = test::runWalkthroughs(office);
    MessageIntake intake(*office.db, office.clock);
    const SmsReceipt question =
        intake.receiveSms({u"+6281234567803"_s, u"Jam buka kantor?"_s, 1, {u"q"_s}});
    intake.setAside(office.rina, question.messageId, u"Pertanyaan jam buka, sudah dijawab"_s);
    const QString number =
        SqlQuery(*office.db, u"SELECT agenda_number FROM complaint WHERE id = :id"_s)
            .bind(u":id"_s, ids.a)
            .scalar()
            .toString();
    const SmsReceipt status =
        intake.receiveSms({u"+6281234567804"_s, u"STATUS "_s + number, 1, {u"s"_s}});
    REQUIRE(status.statusRequest);
    const SmsReceipt waiting = intake.receiveSms(
        {u"+6281234567805"_s, u"Bantuan PKH belum cair sejak Januari"_s, 1, {u"w"_s}});
    REQUIRE(dataFindings(*office.db).isEmpty());
    auto other = office.openAnother(); // another program, on the same store
    qint64 changed = 0;

    SECTION("a message set aside made new again")
    {
        changed = question.messageId;
        SqlQuery(*other, u"UPDATE incoming_message SET state = 'new', reason = '' WHERE id = :id"_s)
            .bind(u":id"_s, changed)
            .exec();
    }
    SECTION("a status request's sender")
    {
        changed = status.messageId;
        SqlQuery(*other, u"UPDATE incoming_message SET sender = '+6289999999999' WHERE id = :id"_s)
            .bind(u":id"_s, changed)
            .exec();
    }
    SECTION("a waiting message's text")
    {
        changed = waiting.messageId;
        SqlQuery(*other, u"UPDATE incoming_message SET body = 'Terima kasih' WHERE id = :id"_s)
            .bind(u":id"_s, changed)
            .exec();
    }
    const QStringList found = dataFindings(*office.db);
    INFO(found.join(u'\n').toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().contains(u"message %1 (SMS masuk)"_s.arg(changed)));
    CHECK(found.constFirst().contains(u"changed outside Aduan"_s));
}
