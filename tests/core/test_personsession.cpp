// Issue 17, second part: on PostgreSQL the program itself works as the logged-in person's own
// role. The login's name and password open the person's own connection (the server checks the
// password); everything the engine then does for that person runs under the server's rules:
// identities as the server shows them, steps through its row-level security, history from its
// triggers, the program's described entries appended by the server. Walkthrough C
// (../shared/cases/walkthrough.md) is driven here with each step on its actor's own session.
// On the shared file there are no person roles: the login falls back to the program's own.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "queries/intakebook.h"
#include "storage/auditlog.h"
#include "storage/complaintstore.h"
#include "storage/postgres/personsession.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QSqlDatabase>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

QString passwordOf(const QString &username)
{
    return username + u"-server"_s;
}

/// The test office, each person given a role of their own by the administrator.
struct PersonOffice {
    explicit PersonOffice(const QDateTime &start) : office(start)
    {
        Administration administration(*office.db, office.clock);
        for (const auto &[id, name] :
             {std::pair{office.rina, u"rina"_s}, std::pair{office.dewi, u"dewi"_s},
              std::pair{office.hendra, u"hendra"_s}, std::pair{office.agus, u"agus"_s},
              std::pair{office.lina, u"lina"_s}})
            administration.givePersonRole(office.admin, id, passwordOf(name));
    }
    /// `username` logs in: the session on their own role.
    Authenticator::PersonSession login(const QString &username)
    {
        auto session = Authenticator(*office.db, office.clock)
                           .openPersonSession(username, passwordOf(username));
        REQUIRE(session.has_value());
        return std::move(*session);
    }
    test::TestOffice office;
};

/// Whether the test server checks passwords at all (a cluster with trust authentication lets
/// any password in): a role's connection with a wrong password.
bool serverChecksPasswords(const QString &location, const QString &role)
{
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"password-probe"_s);
        db.setDatabaseName(QUrl(location).path().mid(1));
        db.setUserName(role);
        db.setPassword(u"certainly-not-the-password"_s);
        opened = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"password-probe"_s);
    return !opened;
}

} // namespace

TEST_CASE("Logging in opens the person's own server role; the server checks the password",
          "[pgroles][personsession][auth]")
{
    if (!test::onPostgres()) {
        // The shared file has no person roles: the program's own login, as before.
        test::TestOffice office;
        Authenticator auth(*office.db, office.clock);
        CHECK_FALSE(auth.openPersonSession(u"lina"_s, u"rahasia123"_s).has_value());
        CHECK(auth.login(u"lina"_s, u"rahasia123"_s).id == office.lina);
        return;
    }
    PersonOffice s(wib(2026, 3, 2, 9, 0));
    Authenticator auth(*s.office.db, s.office.clock);
    QString refusedMessage;
    try {
        auth.login(u"nobody"_s, u"whatever1"_s);
    } catch (const Error &e) {
        refusedMessage = e.message();
    }
    REQUIRE_FALSE(refusedMessage.isEmpty());

    Authenticator::PersonSession lina = s.login(u"lina"_s);
    CHECK(lina.user.id == s.office.lina);
    CHECK(lina.database->isPersonSession());
    const QString role = SqlQuery(*lina.database, u"SELECT session_user"_s).scalar().toString();
    CHECK(role == lina.database->personRole());
    CHECK(role.endsWith(u"_lina"_s));
    // Her session reads what the server gives her, not what the office's role could: the
    // identity columns are refused to her statement, the pre-login reads still work.
    CHECK_THROWS_AS(SqlQuery(*lina.database, u"SELECT complainant_name FROM complaint"_s).scalar(),
                    Error);
    CHECK(SettingsStore(*lina.database).officeProfile().officeName
          == SettingsStore(*s.office.db).officeProfile().officeName);

    // A wrong password, when the server checks passwords (a trust-authenticated test cluster
    // lets any in), and a disabled account read like any failed login.
    if (serverChecksPasswords(s.office.path, role)) {
        try {
            auth.openPersonSession(u"lina"_s, u"wrong-password"_s);
            FAIL("the server took a wrong password");
        } catch (const Error &e) {
            CHECK(e.code() == Error::Code::Forbidden);
            CHECK(e.message() == refusedMessage);
        }
    } else {
        WARN("the test server trusts every connection: the wrong-password refusal is not checked");
    }
    User user = *UserStore(*s.office.db).byId(s.office.lina);
    user.active = false;
    Administration(*s.office.db, s.office.clock).updateUser(s.office.admin, user);
    try {
        auth.openPersonSession(u"lina"_s, passwordOf(u"lina"_s));
        FAIL("a disabled person logged in");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
        CHECK(e.message() == refusedMessage);
    }
    // The administrator, not given a role of their own, logs in with the program's login.
    CHECK_FALSE(auth.openPersonSession(u"admin"_s, u"admin12345"_s).has_value());
}

TEST_CASE("Walkthrough C on PostgreSQL, each step on its actor's own server role",
          "[pgroles][personsession][walkthrough]")
{
    if (!test::onPostgres())
        return; // person roles exist on PostgreSQL only
    PersonOffice s(wib(2026, 4, 6, 10, 0));
    ManualClock &clock = s.office.clock;

    // Hendra is on leave 6–8 April; Dewi is Plh. Kepala Dinas. The program judges the
    // delegation by its clock (6 April 2026); the server by its own date (aduan_office_date()),
    // which is today's: the delegation also covers the server's today, so that both agree.
    const QDate serverToday = QDate::fromString(
        SqlQuery(*s.office.db, u"SELECT aduan_office_date()::text"_s).scalar().toString(),
        Qt::ISODate);
    REQUIRE(serverToday.isValid());
    Delegation plh;
    plh.delegateUserId = s.office.dewi;
    plh.firstDay = QDate(2026, 4, 6);
    plh.lastDay = std::max(QDate(2026, 4, 8), serverToday);
    plh.reason = u"Kepala Dinas cuti"_s;
    Administration(*s.office.db, s.office.clock).addDelegation(s.office.admin, plh);
    const qint64 entriesBefore = AuditLog(*s.office.db).verify().entries;

    Authenticator::PersonSession rina = s.login(u"rina"_s);
    Authenticator::PersonSession dewi = s.login(u"dewi"_s);
    Authenticator::PersonSession agus = s.login(u"agus"_s);
    Authenticator::PersonSession lina = s.login(u"lina"_s);

    // Step 1, Rina: opened 10:00, saved 10:06 — late by 1 minute, reason required.
    const QDateTime opened = clock.now();
    clock.set(wib(2026, 4, 6, 10, 6));
    CHECK_THROWS_AS(Workflow(*rina.database, clock)
                        .registerComplaint(rina.user.id, test::confidentialCase(), opened),
                    Error);
    const Registration reg = Workflow(*rina.database, clock)
                                 .registerComplaint(rina.user.id, test::confidentialCase(), opened,
                                                    u"Pengadu ragu-ragu"_s);
    CHECK(reg.agendaNumber == u"0001/ADUAN/IV/2026"_s);
    CHECK(reg.late);

    // Step 2, Dewi as secretary.
    clock.set(wib(2026, 4, 6, 10, 10));
    Workflow(*dewi.database, clock).reportToHead(dewi.user.id, {reg.complaintId});

    // Step 3: Rina cannot sign a disposition — the engine says so, and her role could not
    // either; Dewi signs as Plh.
    clock.set(wib(2026, 4, 6, 10, 15));
    DispositionInput disposition;
    disposition.urgency = Urgency::Rahasia;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    try {
        Workflow(*rina.database, clock).dispose(rina.user.id, {reg.complaintId}, disposition);
        FAIL("Rina signed a disposition");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
        CHECK(e.message().contains(u"Kepala Dinas"_s));
    }
    Workflow(*dewi.database, clock).dispose(dewi.user.id, {reg.complaintId}, disposition);

    // Step 4, Agus: late by 5 minutes, reason required.
    clock.set(wib(2026, 4, 6, 10, 50));
    DecisionInput decision;
    decision.meetingAt = wib(2026, 4, 6, 10, 20);
    decision.attendees = {u"Agus"_s, u"Lina"_s};
    decision.discussion = u"Pembahasan tim."_s;
    decision.decision = u"Ditindaklanjuti."_s;
    CHECK_THROWS_AS(Workflow(*agus.database, clock).decide(agus.user.id, {reg.complaintId}, decision),
                    Error);
    Workflow(*agus.database, clock)
        .decide(agus.user.id, {reg.complaintId}, decision, u"Menunggu klarifikasi pendamping"_s);

    // Step 5, Rina: exactly at target.
    clock.set(wib(2026, 4, 6, 11, 0));
    Workflow(*rina.database, clock)
        .conveyResult(rina.user.id, {reg.complaintId},
                      {u"langsung"_s, u"Pendamping diperiksa inspektorat."_s, u"Puas"_s});

    // The walkthrough's figures, read on Agus's session (he may see the identity).
    const ComplaintRecord c = IntakeBook(*agus.database, clock).complaint(agus.user.id, reg.complaintId);
    const qint64 expected[] = {360, 240, 300, 2100, 600};
    const bool late[] = {true, false, false, true, false};
    REQUIRE(c.steps.size() == 5);
    for (int i = 0; i < 5; ++i) {
        INFO("step " << i + 1);
        CHECK(c.steps.at(i).workedSeconds == expected[i]);
        CHECK(c.steps.at(i).late == late[i]);
        CHECK(c.steps.at(i).completedAt.isValid());
    }
    REQUIRE(c.disposition);
    CHECK(c.disposition->signedAsActing);
    CHECK(c.disposition->signerName == u"Dewi"_s);
    CHECK(c.disposition->signerNip == u"198104222006042007"_s);
    CHECK(c.complainantDisplayName() == u"Hartini"_s);

    // Lina: "Dirahasiakan" because the SERVER gave her no identity — asked as if she had the
    // right, her session still reads none.
    const auto asIfAllowed =
        ComplaintStore(*lina.database, SettingsStore(*lina.database).calendar().timeZone())
            .load(reg.complaintId, /*canSee*/ true);
    REQUIRE(asIfAllowed);
    CHECK(asIfAllowed->identityHidden);
    CHECK_FALSE(asIfAllowed->complainant.has_value());
    CHECK(asIfAllowed->complainantDisplayName() == u"Dirahasiakan"_s);
    IntakeBook linaBook(*lina.database, clock);
    const ComplaintRecord forLina = linaBook.complaint(lina.user.id, reg.complaintId);
    CHECK(forLina.identityHidden);
    CHECK(forLina.complainantDisplayName() == u"Dirahasiakan"_s);
    const auto rows = linaBook.page(lina.user.id, {});
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().complainantName == u"Dirahasiakan"_s);
    IntakeBookFilter byName;
    byName.search = u"Hartini"_s;
    CHECK(linaBook.count(lina.user.id, byName) == 0);
    IntakeBookFilter bySubject;
    bySubject.search = u"pungutan"_s;
    CHECK(linaBook.count(lina.user.id, bySubject) == 1);
    CHECK(IntakeBook(*agus.database, clock).count(agus.user.id, byName) == 1);

    // The history: the server's triggers wrote each change with the person's role, and the
    // program's described entries follow them in the same chain, by the server's time.
    const AuditVerification verified = AuditLog(*s.office.db).verify();
    CHECK(verified.ok);
    CHECK(verified.backInTime.isEmpty());
    const QList<AuditEntry> entries = AuditLog(*s.office.db).entriesFor(u"complaint"_s,
                                                                        reg.complaintId);
    REQUIRE(verified.entries > entriesBefore);
    QStringList described, recordedBy;
    for (const AuditEntry &e : entries) {
        CHECK_FALSE(e.dbRole.isEmpty()); // every entry of this complaint came from a person's role
        if (!e.action.startsWith(u"sql."_s))
            described << e.action;
        recordedBy << e.dbRole;
        // Stamped by the server's clock, not the program's (6 April 2026).
        CHECK(e.at > wib(2026, 4, 7, 0, 0));
    }
    CHECK(recordedBy.contains(rina.database->personRole()));
    CHECK(recordedBy.contains(dewi.database->personRole()));
    CHECK(recordedBy.contains(agus.database->personRole()));
    CHECK_FALSE(described.isEmpty());
    const auto firstRegister = std::find_if(entries.begin(), entries.end(), [](const AuditEntry &e) {
        return e.action == u"sql.insert.complaint"_s;
    });
    REQUIRE(firstRegister != entries.end());
    CHECK(firstRegister->userId == s.office.rina);
    // Nothing of the identity entered the history.
    for (const AuditEntry &e : entries) {
        CHECK_FALSE(e.newValue.value(u"complainant_name"_s).toString() == u"Hartini"_s);
    }
}

TEST_CASE("A person's described history entry cannot pose as the server's",
          "[pgroles][personsession]")
{
    if (!test::onPostgres())
        return;
    PersonOffice s(wib(2026, 3, 2, 9, 0));
    Authenticator::PersonSession rina = s.login(u"rina"_s);
    CHECK_THROWS_AS(rina.database->write([&] {
        AuditLog(*rina.database).append(s.office.clock.now(), rina.user.id,
                                        u"sql.update.complaint"_s, u"complaint"_s, 1, {}, {});
    }),
                    Error);
    qint64 id = 0;
    rina.database->write([&] {
        id = AuditLog(*rina.database).append(s.office.clock.now(), s.office.admin, u"note"_s,
                                             u"complaint"_s, 1, {}, {{u"said"_s, u"x"_s}});
    });
    const QList<AuditEntry> entries = AuditLog(*s.office.db).entriesFor(u"complaint"_s, 1);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constLast().id == id);
    // Her own role and person, whoever the program named.
    CHECK(entries.constLast().dbRole == rina.database->personRole());
    CHECK(entries.constLast().userId == s.office.rina);
    CHECK(AuditLog(*s.office.db).verify().ok);
    // The office's own connection may not write through the person's door.
    CHECK_THROWS_AS(s.office.db->write([&] {
        personroles::describe(*s.office.db, u"note"_s, u"complaint"_s, 1, {}, {});
    }),
                    Error);
}
