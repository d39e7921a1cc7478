// Issue 17: the person groups' rights on PostgreSQL live in one function,
// aduan_grant_group_rights() (resources/sql/postgres/013_group_rights.sql), which the migration,
// aduan_make_group_roles() and a restore all call. Before it, making the groups again (an
// office role given CREATEROLE after migration 7, or after a restore) gave only migration 7's
// rights, and no person's role could read the inbox of SMS and website messages or the survey.
#include "catch_qt.h"
#include "clirun.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "storage/database.h"
#include "storage/messageinbox.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

/// The rights later migrations than 7 gave the groups, and this one's (the officer's inbox).
const QStringList kLaterRights{
    u"has_table_privilege(aduan_group_role('person'), 'complaint_seen', 'SELECT')"_s,
    u"has_function_privilege(aduan_group_role('person'), "
    "'aduan_describe(text, text, bigint, jsonb, jsonb)', 'EXECUTE')"_s,
    u"has_table_privilege(aduan_group_role('person'), 'outgoing_message', 'SELECT, INSERT, "
    "UPDATE')"_s,
    u"has_column_privilege(aduan_group_role('person'), 'complaint', 'closed_at', 'SELECT')"_s,
    u"has_table_privilege(aduan_group_role('officer'), 'incoming_message', 'SELECT, INSERT, "
    "UPDATE')"_s,
    u"has_table_privilege(aduan_group_role('officer'), 'skm_response', 'SELECT, INSERT')"_s,
    u"has_table_privilege(aduan_group_role('head'), 'skm_answer', 'SELECT')"_s,
};

QStringList missingRights(Database &db)
{
    QStringList missing;
    for (const QString &right : kLaterRights) {
        if (!SqlQuery(db, u"SELECT "_s + right).scalar().toBool())
            missing << right;
    }
    return missing;
}

/// Takes the later rights away, as a database whose groups were made after migration 7 (by
/// the old aduan_make_group_roles()) or restored from such a backup has them.
void revokeLaterRights(Database &db)
{
    SqlQuery(db, u"DO $$ BEGIN "
                 "EXECUTE format('REVOKE SELECT ON complaint_seen FROM %I', aduan_group_role('person')); "
                 "EXECUTE format('REVOKE EXECUTE ON FUNCTION aduan_describe(text, text, bigint, jsonb, jsonb) FROM %I', aduan_group_role('person')); "
                 "EXECUTE format('REVOKE ALL ON outgoing_message FROM %I', aduan_group_role('person')); "
                 "EXECUTE format('REVOKE SELECT (closed_at) ON complaint FROM %I', aduan_group_role('person')); "
                 "EXECUTE format('REVOKE ALL ON incoming_message FROM %I', aduan_group_role('officer')); "
                 "EXECUTE format('REVOKE ALL ON skm_response, skm_answer FROM %I, %I', aduan_group_role('person'), aduan_group_role('officer')); "
                 "END $$"_s)
        .exec();
}

} // namespace

TEST_CASE("Making the person groups gives every right of every migration",
          "[pgroles][grouprights]")
{
    if (!test::onPostgres())
        return; // the shared file has no server roles
    test::TestOffice office;
    CHECK(missingRights(*office.db) == QStringList());
    // Only the officer's group reads the inbox; the team's does not.
    CHECK_FALSE(SqlQuery(*office.db, u"SELECT has_table_privilege(aduan_group_role('team'), "
                                     "'incoming_message', 'SELECT')"_s)
                    .scalar()
                    .toBool());
    revokeLaterRights(*office.db);
    REQUIRE(missingRights(*office.db).size() == kLaterRights.size());
    CHECK(SqlQuery(*office.db, u"SELECT aduan_make_group_roles()"_s).scalar().toBool());
    CHECK(missingRights(*office.db) == QStringList());
}

TEST_CASE("aduan-cli restore on PostgreSQL gives the person groups every right",
          "[pgroles][grouprights][restore][postgres]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office;
    revokeLaterRights(*office.db);
    REQUIRE_FALSE(missingRights(*office.db).isEmpty());
    QTemporaryDir dir;
    const QString dump = dir.filePath(u"aduan.dump"_s);
    // The backup holds the grants as they stand: without the later ones.
    const test::CliResult backup = test::runCli({u"--database"_s, office.path, u"backup"_s, dump});
    INFO(backup.all().toStdString());
    REQUIRE(backup.exitCode == 0);
    office.db.reset();
    const test::CliResult restore =
        test::runCli({u"--database"_s, office.path, u"restore"_s, dump}, "admin12345\n");
    INFO(restore.all().toStdString());
    REQUIRE(restore.exitCode == 0);
    Database restored(office.path);
    CHECK(missingRights(restored) == QStringList());
}

TEST_CASE("The officer's own role reads the inbox of SMS and website messages; the team's not",
          "[pgroles][personsession][grouprights]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Administration administration(*office.db, office.clock);
    administration.givePersonRole(office.admin, office.rina, u"rina-di-server"_s);
    administration.givePersonRole(office.admin, office.lina, u"lina-di-server"_s);
    IncomingMessage message;
    message.channel = Channel::Sms;
    message.sourceKey = u"test-sms-1"_s;
    message.sender = u"+6281234567801"_s;
    message.receivedAt = wib(2026, 3, 2, 8, 30);
    message.text = u"Bantuan PKH belum cair"_s;
    office.db->write([&] { MessageInboxStore(*office.db).insert(message); });

    Authenticator auth(*office.db, office.clock);
    auto rina = auth.openPersonSession(u"rina"_s, u"rina-di-server"_s);
    REQUIRE(rina.has_value());
    const QList<IncomingMessage> waiting = MessageInboxStore(*rina->database).waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().text == u"Bantuan PKH belum cair"_s);
    auto lina = auth.openPersonSession(u"lina"_s, u"lina-di-server"_s);
    REQUIRE(lina.has_value());
    CHECK_THROWS_AS(MessageInboxStore(*lina->database).waiting(), Error);
}

TEST_CASE("An administrator on their own role gives and resets people's roles; no one else can",
          "[pgroles][personsession][grouprights]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Administration(*office.db, office.clock)
        .givePersonRole(office.admin, office.admin, u"admin-di-server"_s);
    Administration(*office.db, office.clock)
        .givePersonRole(office.admin, office.rina, u"rina-di-server"_s);
    Authenticator auth(*office.db, office.clock);
    auto admin = auth.openPersonSession(u"admin"_s, u"admin-di-server"_s);
    REQUIRE(admin.has_value());
    Administration onOwnRole(*admin->database, office.clock);
    const QString role = onOwnRole.givePersonRole(office.admin, office.lina, u"lina-di-server"_s);
    CHECK(role.endsWith(u"_lina"_s));
    onOwnRole.resetPassword(office.admin, office.lina, u"lina-baru-2026"_s);
    CHECK(auth.openPersonSession(u"lina"_s, u"lina-baru-2026"_s).has_value());
    // Rina, with psql-level access on her own role, may not make herself a member of anything.
    auto rina = auth.openPersonSession(u"rina"_s, u"rina-di-server"_s);
    REQUIRE(rina.has_value());
    CHECK_THROWS_AS(rina->database->write([&] {
        SqlQuery(*rina->database, u"SELECT aduan_enrol_person(:id, 'rina-sandi-2')"_s)
            .bind(u":id"_s, office.rina)
            .scalar();
    }),
                    Error);
}
