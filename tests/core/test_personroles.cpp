// Issue 17: on PostgreSQL the server, not the program, decides who sees what and records who
// did what. Each test connects as a person over that person's own connection, with plain SQL —
// what `psql` with the person's credentials can do — and checks what the server allows, what it
// hides and what it writes into the history. On the shared file there are no person roles:
// the tests pass without checking anything there.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "storage/auditlog.h"
#include "storage/userstore.h"
#include "util/error.h"
#include "storage/postgres/personroles.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"
#include "workflow/workflow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

const QString kName = u"Bambang Sutrisno"_s;
const QString kNik = u"3572021208750004"_s;
const QString kPhone = u"081234567801"_s;
const QString kAddress = u"Jl. Mawar 3"_s;

ComplaintDraft draftOf(Confidentiality confidentiality, const Complainant &who,
                       const QString &subject)
{
    ComplaintDraft d;
    d.confidentiality = confidentiality;
    d.complainant = who;
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = subject;
    d.description = u"Pungutan oleh oknum kelurahan."_s;
    return d;
}

/// One person's own connection to the office's database, as `psql` would open it.
class PersonSession
{
public:
    PersonSession(const QString &location, const QString &role, const QString &password)
        : m_name(u"person-"_s + role)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setDatabaseName(QUrl(location).path().mid(1));
        db.setUserName(role);
        db.setPassword(password);
        if (!db.open())
            FAIL("cannot connect as " << role.toStdString() << ": "
                                      << db.lastError().text().toStdString());
    }
    PersonSession(const PersonSession &) = delete;
    PersonSession &operator=(const PersonSession &) = delete;
    ~PersonSession()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Runs `sql`; the SQLSTATE when the server refused it, empty when it ran.
    QString refusal(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        const QString state = q.lastError().nativeErrorCode();
        return state.isEmpty() ? u"?"_s : state;
    }
    /// Every value of the first column of `sql`'s rows, as text; throws when refused.
    QStringList column(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            throw std::runtime_error(
                QString(sql + u": "_s + q.lastError().text()).toStdString());
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString value(const QString &sql)
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? QString() : values.constFirst();
    }

private:
    QString m_name;
};

/// The test office with its people given roles of their own on the server.
struct ServerOffice {
    test::TestOffice office{wib(2026, 3, 2, 9, 0)};
    QString rina, dewi, hendra, agus, lina, admin;

    ServerOffice()
    {
        // The administrator gives each person a role of their own (the user screen's command).
        Administration administration(*office.db, office.clock);
        auto give = [&](qint64 user, const QString &username) {
            return administration.givePersonRole(office.admin, user, username + u"-secret"_s);
        };
        rina = give(office.rina, u"rina"_s);
        dewi = give(office.dewi, u"dewi"_s);
        hendra = give(office.hendra, u"hendra"_s);
        agus = give(office.agus, u"agus"_s);
        lina = give(office.lina, u"lina"_s);
        admin = give(office.admin, u"admin"_s);
    }
    PersonSession as(const QString &role) const
    {
        return PersonSession(office.path, role, role.section(u'_', -1) + u"-secret"_s);
    }
    qint64 registerOne(Confidentiality confidentiality, const Complainant &who,
                       const QString &subject)
    {
        Workflow wf(*office.db, office.clock);
        return wf.registerComplaint(office.rina, draftOf(confidentiality, who, subject),
                                    office.clock.now())
            .complaintId;
    }
};

const Complainant kConfidential{kName, kNik, Gender::Male, kPhone, kAddress};
const Complainant kPublic{u"Siti Aminah"_s, u"3572024101800002"_s, Gender::Female,
                          u"085700001111"_s, u"Jl. Kenanga 9"_s};

} // namespace

TEST_CASE("On the server, Lina reads no confidential identity with her own connection",
          "[pgroles][issue17]")
{
    if (!test::onPostgres())
        return; // person roles exist on PostgreSQL only
    ServerOffice s;
    REQUIRE(personroles::available(*s.office.db));
    const qint64 secret = s.registerOne(Confidentiality::Confidential, kConfidential,
                                        u"Pungli oknum"_s);
    const qint64 open = s.registerOne(Confidentiality::Public, kPublic, u"Bansos belum cair"_s);

    PersonSession lina = s.as(s.lina);
    // The identity columns are not hers to read: not one by one, not with *, not through the
    // search words that hold the names.
    for (const QString &column : {u"complainant_name"_s, u"complainant_nik"_s,
                                  u"complainant_phone"_s, u"complainant_address"_s,
                                  u"search_words"_s, u"*"_s})
        CHECK(lina.refusal(u"SELECT %1 FROM complaint"_s.arg(column)) == u"42501"_s);
    // The complaint itself she sees, and a public complainant's identity too.
    CHECK(lina.value(u"SELECT subject FROM complaint WHERE id = %1"_s.arg(secret))
          == u"Pungli oknum"_s);
    CHECK(lina.value(u"SELECT complainant_name FROM complaint_identity WHERE id = %1"_s.arg(open))
          == kPublic.name);
    CHECK(lina.column(u"SELECT id FROM complaint_identity WHERE id = %1"_s.arg(secret)).isEmpty());
    // Nowhere else she may read: not in the history, not in the identities she may see.
    for (const QString &needle : {kName, kNik, kPhone, kAddress}) {
        CHECK(lina.column(u"SELECT id FROM audit_entry WHERE old_value LIKE '%%1%' OR "
                          "new_value LIKE '%%1%'"_s.arg(needle))
                  .isEmpty());
        CHECK(lina.column(u"SELECT id FROM complaint_identity WHERE concat_ws(' ', "
                          "complainant_name, complainant_nik, complainant_phone, "
                          "complainant_address) LIKE '%%1%'"_s.arg(needle))
                  .isEmpty());
    }
    // She cannot give herself the right.
    const QString rightGroup = lina.value(u"SELECT aduan_group_role('confidential')"_s);
    REQUIRE_FALSE(rightGroup.isEmpty());
    CHECK(lina.refusal(u"SET ROLE \"%1\""_s.arg(rightGroup)) == u"42501"_s);
    CHECK_FALSE(lina.refusal(u"UPDATE app_user SET can_see_confidential = 1"_s).isEmpty());

    // Agus holds the right: the same statement shows him the name.
    PersonSession agus = s.as(s.agus);
    CHECK(agus.value(u"SELECT complainant_name FROM complaint WHERE id = %1"_s.arg(secret))
          == kName);
    CHECK(agus.value(u"SELECT complainant_nik FROM complaint_identity WHERE id = %1"_s.arg(secret))
          == kNik);
    // A change he makes to the identity is in the history without the identity itself.
    REQUIRE(agus.refusal(u"UPDATE complaint SET complainant_address = 'Jl. Melati 1' "
                         "WHERE id = %1"_s.arg(secret))
                .isEmpty());
    CHECK(lina.column(u"SELECT id FROM audit_entry WHERE new_value LIKE '%Melati%'"_s).isEmpty());
    CHECK(lina.value(u"SELECT new_value FROM audit_entry WHERE action = 'sql.update.complaint'"_s)
              .contains(u"\"complainant_address\":\"***\""_s));
    CHECK(AuditLog(*s.office.db).verify().ok);
}

TEST_CASE("On the server, Rina cannot record a disposition; the head or his Plh. can",
          "[pgroles][issue17]")
{
    if (!test::onPostgres())
        return;
    ServerOffice s;
    const qint64 first = s.registerOne(Confidentiality::Public, kPublic, u"Bansos A"_s);
    const qint64 second = s.registerOne(Confidentiality::Public, kPublic, u"Bansos B"_s);
    auto disposition = [&](qint64 complaint, qint64 signer) {
        return u"INSERT INTO disposition (complaint_id, urgency, instructions, addressee, "
               "signer_user_id, signed_as_acting, signed_at) VALUES (%1, 'segera', 'Tindak "
               "lanjuti', 'Tim', %2, 0, clock_timestamp())"_s.arg(complaint).arg(signer);
    };

    PersonSession rina = s.as(s.rina);
    CHECK(rina.refusal(disposition(first, s.office.hendra)) == u"42501"_s);
    // Step 2 (report to the head) is the secretary's in this SOP revision: not Rina's either.
    CHECK(rina.refusal(u"UPDATE step_record SET completed_at = clock_timestamp() "
                       "WHERE complaint_id = %1 AND step_no = 2"_s.arg(first))
          == u"42501"_s);
    PersonSession dewi = s.as(s.dewi);
    CHECK(dewi.refusal(u"UPDATE step_record SET completed_at = clock_timestamp() "
                       "WHERE complaint_id = %1 AND step_no = 2"_s.arg(first))
              .isEmpty());
    CHECK(dewi.refusal(disposition(first, s.office.dewi)) == u"42501"_s);

    PersonSession hendra = s.as(s.hendra);
    CHECK(hendra.refusal(disposition(first, s.office.hendra)).isEmpty());

    // Dewi as Plh. of the head: a delegation that ended yesterday by the server's date does
    // not count; one valid today does.
    auto delegate = [&](const QString &first, const QString &last) {
        return u"INSERT INTO delegation (delegate_user_id, role, first_day, last_day, reason, "
               "created_by, created_at) VALUES (%1, 'head', %2, %3, 'Cuti', %4, now())"_s
            .arg(s.office.dewi)
            .arg(first, last)
            .arg(s.office.admin);
    };
    PersonSession admin = s.as(s.admin);
    REQUIRE(admin.refusal(delegate(u"aduan_office_date() - 3"_s, u"aduan_office_date() - 1"_s))
                .isEmpty());
    CHECK(dewi.refusal(disposition(second, s.office.dewi)) == u"42501"_s);
    REQUIRE(admin.refusal(delegate(u"aduan_office_date()"_s, u"aduan_office_date()"_s)).isEmpty());
    CHECK(dewi.refusal(disposition(second, s.office.dewi)).isEmpty());
    // Nobody but the administrator makes delegations.
    CHECK(dewi.refusal(delegate(u"aduan_office_date()"_s, u"aduan_office_date()"_s)) == u"42501"_s);
    CHECK(AuditLog(*s.office.db).verify().ok);
}

TEST_CASE("On the server, Rina's UPDATE is in the history with her role and the server's time",
          "[pgroles][issue17]")
{
    if (!test::onPostgres())
        return;
    ServerOffice s;
    const qint64 id = s.registerOne(Confidentiality::Public, kPublic, u"Bansos belum cair"_s);
    PersonSession rina = s.as(s.rina);
    const QString format = u"to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
    const QDateTime before = fromStorageTime(rina.value(u"SELECT "_s + format));
    REQUIRE(rina.refusal(u"UPDATE complaint SET location = 'Kel. Sananwetan' WHERE id = %1"_s.arg(id))
                .isEmpty());
    const QDateTime after = fromStorageTime(rina.value(u"SELECT "_s + format));

    const QList<AuditEntry> entries = AuditLog(*s.office.db).entriesFor(u"complaint"_s, id);
    REQUIRE_FALSE(entries.isEmpty());
    const AuditEntry &last = entries.constLast();
    CHECK(last.action == u"sql.update.complaint"_s);
    CHECK(last.dbRole == s.rina);
    CHECK(last.userId == s.office.rina);
    CHECK(last.newValue.value(u"location"_s).toString() == u"Kel. Sananwetan"_s);
    CHECK(last.oldValue.value(u"location"_s).toString().isEmpty());
    // The server's time, not the program's clock (which says 2 March 2026).
    CHECK(last.at >= before);
    CHECK(last.at <= after);
    CHECK(last.at > s.office.clock.now().addDays(1));
    // Chained as the program chains: the chain verifies, the entry links to the one before.
    const AuditVerification verified = AuditLog(*s.office.db).verify();
    CHECK(verified.ok);
    CHECK(verified.headHash == last.hash);
    CHECK(last.prevHash != AuditLog::genesisHash());
}

TEST_CASE("On the server, no person can change or delete a history entry", "[pgroles][issue17]")
{
    if (!test::onPostgres())
        return;
    ServerOffice s;
    s.registerOne(Confidentiality::Public, kPublic, u"Bansos belum cair"_s);
    const AuditVerification before = AuditLog(*s.office.db).verify();
    REQUIRE(before.ok);
    for (const QString &role : {s.rina, s.dewi, s.hendra, s.agus, s.lina, s.admin}) {
        INFO(role.toStdString());
        PersonSession person = s.as(role);
        CHECK(person.refusal(u"UPDATE audit_entry SET action = 'x'"_s) == u"42501"_s);
        CHECK(person.refusal(u"DELETE FROM audit_entry"_s) == u"42501"_s);
        CHECK(person.refusal(u"TRUNCATE audit_entry"_s) == u"42501"_s);
        CHECK(person.refusal(u"INSERT INTO audit_entry (at, action, entity, prev_hash, hash) "
                             "VALUES (now(), 'x', 'x', 'x', 'x')"_s)
              == u"42501"_s);
        CHECK(person.refusal(u"UPDATE meta SET value = '0' WHERE key = 'audit_length'"_s)
              == u"42501"_s);
        CHECK(person.refusal(u"SELECT aduan_append_history('x', 'x', 0, '{}', '{}')"_s)
              == u"42501"_s);
        CHECK(person.refusal(u"ALTER TABLE audit_entry DISABLE TRIGGER ALL"_s) == u"42501"_s);
        CHECK(person.refusal(u"ALTER TABLE complaint DISABLE TRIGGER complaint_history"_s)
              == u"42501"_s);
        CHECK(person.refusal(u"DROP TRIGGER complaint_history ON complaint"_s) == u"42501"_s);
    }
    const AuditVerification after = AuditLog(*s.office.db).verify();
    CHECK(after.ok);
    CHECK(after.entries == before.entries);
    CHECK(after.headHash == before.headHash);
}

TEST_CASE("On the server, a PC clock a day ahead changes nothing that is stored",
          "[pgroles][issue17]")
{
    if (!test::onPostgres())
        return;
    ServerOffice s;
    const qint64 id = s.registerOne(Confidentiality::Public, kPublic, u"Bansos belum cair"_s);
    const qint64 entries = AuditLog(*s.office.db).verify().entries;
    PersonSession dewi = s.as(s.dewi);
    // Dewi's PC is a day ahead and her tool sends its own time: the server refuses the stamp.
    const QString tomorrow = u"clock_timestamp() + interval '1 day'"_s;
    CHECK(dewi.refusal(u"UPDATE step_record SET completed_at = %1 WHERE complaint_id = %2 AND "
                       "step_no = 2"_s.arg(tomorrow).arg(id))
          == u"23514"_s);
    CHECK(dewi.refusal(u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason) "
                       "VALUES (%1, 2, %2, %3, 'Menunggu data')"_s.arg(id).arg(tomorrow)
                           .arg(s.office.dewi))
          == u"23514"_s);
    // Her session's own time zone or date style change nothing either: the history is stamped
    // by the server's clock.
    REQUIRE(dewi.refusal(u"SET TIME ZONE 'Pacific/Kiritimati'"_s).isEmpty());
    const QString now = dewi.value(u"SELECT extract(epoch FROM clock_timestamp())"_s);
    REQUIRE(dewi.refusal(u"UPDATE step_record SET completed_at = clock_timestamp() WHERE "
                         "complaint_id = %1 AND step_no = 2"_s.arg(id))
                .isEmpty());
    SqlQuery stored(*s.office.db, u"SELECT completed_at FROM step_record WHERE complaint_id = "
                                  ":id AND step_no = 2"_s);
    stored.bind(u":id"_s, id);
    const QDateTime completed = fromStorageTime(stored.scalar().toString());
    CHECK(std::abs(completed.toSecsSinceEpoch() - qint64(now.toDouble())) < 60);
    const AuditVerification verified = AuditLog(*s.office.db).verify();
    CHECK(verified.ok);
    CHECK(verified.backInTime.isEmpty());
    // Only the one allowed change was recorded.
    CHECK(verified.entries == entries + 1);
}

TEST_CASE("The administrator's changes to a person follow on the person's server role",
          "[pgroles][issue17]")
{
    if (!test::onPostgres()) {
        // On the shared file there is no server to make roles on: a clear refusal.
        test::TestOffice office;
        Administration administration(*office.db, office.clock);
        CHECK_THROWS_AS(administration.givePersonRole(office.admin, office.lina, u"lina-secret"_s),
                        Error);
        return;
    }
    ServerOffice s;
    Administration administration(*s.office.db, s.office.clock);
    // Not the administrator: refused, no role changed.
    CHECK_THROWS_AS(administration.givePersonRole(s.office.rina, s.office.lina, u"12345678"_s),
                    Error);
    CHECK_THROWS_AS(administration.givePersonRole(s.office.admin, s.office.lina, u"short"_s),
                    Error);
    {
        PersonSession lina = s.as(s.lina);
        CHECK(lina.refusal(u"SELECT complainant_name FROM complaint"_s) == u"42501"_s);
    }
    // Lina is given the right: the server shows her the identities.
    User user = *UserStore(*s.office.db).byId(s.office.lina);
    user.canSeeConfidential = true;
    administration.updateUser(s.office.admin, user);
    {
        PersonSession lina = s.as(s.lina);
        CHECK(lina.refusal(u"SELECT complainant_name FROM complaint"_s).isEmpty());
    }
    // Disabled, her role cannot log in at all.
    user = *UserStore(*s.office.db).byId(s.office.lina);
    user.active = false;
    administration.updateUser(s.office.admin, user);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"disabled-lina"_s);
    db.setDatabaseName(QUrl(s.office.path).path().mid(1));
    db.setUserName(s.lina);
    CHECK_FALSE(db.open());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"disabled-lina"_s);
    CHECK(AuditLog(*s.office.db).verify().ok);
}
