// The SOP as data: the built-in revision of 19 January 2024, its validation, and later
// revisions applying only to complaints registered after them.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "queries/intakebook.h"
#include "sop/sopdefinition.h"
#include "storage/settingsstore.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

TEST_CASE("The built-in SOP is the revision of 19 January 2024", "[sop]")
{
    const SopDefinition sop = SopDefinition::builtIn();
    CHECK(sop.number == u"188/ /410.105/2023"_s);
    CHECK(sop.name == u"Penyaluran Pengaduan Masyarakat"_s);
    CHECK(sop.createdOn == QDate(2023, 1, 10));
    CHECK(sop.revisedOn == QDate(2024, 1, 19));
    CHECK(sop.approvedOn == QDate(2024, 1, 19));
    CHECK(sop.approverNip == u"196601191986022002"_s);
    CHECK(sop.legalBasis.size() == 4);
    CHECK(sop.equipment.size() == 6);
    CHECK(sop.warnings.size() == 3);
    REQUIRE(sop.steps.size() == 5);
    CHECK(sop.totalTargetMinutes() == 65);
    const Role actors[] = {Role::Officer, Role::Secretary, Role::Head, Role::Team, Role::Officer};
    const int targets[] = {5, 10, 10, 30, 10};
    for (int i = 0; i < 5; ++i) {
        CHECK(sop.steps[i].actor == actors[i]);
        CHECK(sop.steps[i].targetMinutes == targets[i]);
    }
    CHECK(sop.steps[0].requirements.size() == 2);
    CHECK(sop.steps[0].requirements[0].name == u"Kartu Identitas"_s);
    CHECK(sop.steps[4].outputs[0].name == u"Berita Acara Penyelesaian Aduan"_s);
}

TEST_CASE("Malformed SOP definitions are refused", "[sop]")
{
    QJsonObject root = QJsonDocument::fromJson(SopDefinition::builtIn().json).object();
    auto withStep = [&](int index, const QString &key, const QJsonValue &value) {
        QJsonObject copy = root;
        QJsonArray steps = copy.value(u"steps"_s).toArray();
        QJsonObject step = steps[index].toObject();
        step.insert(key, value);
        steps[index] = step;
        copy.insert(u"steps"_s, steps);
        return QJsonDocument(copy).toJson();
    };
    CHECK_THROWS_AS(SopDefinition::fromJson(withStep(1, u"actor"_s, u"janitor"_s)), Error);
    CHECK_THROWS_AS(SopDefinition::fromJson(withStep(1, u"targetMinutes"_s, 0)), Error);
    CHECK_THROWS_AS(SopDefinition::fromJson(withStep(2, u"number"_s, 7)), Error);
    CHECK_THROWS_AS(SopDefinition::fromJson(withStep(3, u"action"_s, u"dispose"_s)), Error);
    CHECK_THROWS_AS(SopDefinition::fromJson("not json"), Error);
}

TEST_CASE("A later revision applies to complaints registered after it", "[sop][workflow]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    ComplaintDraft d;
    d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, {}, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Bantuan"_s;
    d.description = u"-"_s;
    const qint64 before = wf.registerComplaint(office.rina, d, office.clock.now()).complaintId;

    // Revision of 1 April 2026: step 2 by the head's staff gets 20 minutes, and the team (not
    // the officer) conveys the result.
    QJsonObject root = QJsonDocument::fromJson(SopDefinition::builtIn().json).object();
    root.insert(u"effectiveFrom"_s, u"2026-04-01"_s);
    root.insert(u"revisedOn"_s, u"2026-03-25"_s);
    QJsonArray steps = root.value(u"steps"_s).toArray();
    QJsonObject step2 = steps[1].toObject();
    step2.insert(u"targetMinutes"_s, 20);
    steps[1] = step2;
    QJsonObject step5 = steps[4].toObject();
    step5.insert(u"actor"_s, u"team"_s);
    steps[4] = step5;
    root.insert(u"steps"_s, steps);
    Administration(*office.db, office.clock)
        .addSopRevision(office.admin, SopDefinition::fromJson(QJsonDocument(root).toJson()));

    office.clock.set(wib(2026, 4, 1, 9, 0));
    const qint64 after = wf.registerComplaint(office.rina, d, office.clock.now()).complaintId;
    const ComplaintRecord old = book.complaint(office.admin, before);
    const ComplaintRecord fresh = book.complaint(office.admin, after);
    CHECK(old.sopRevisionId != fresh.sopRevisionId);
    CHECK(old.steps.at(1).targetMinutes == 10);
    CHECK(fresh.steps.at(1).targetMinutes == 20);

    // The old complaint keeps its revision: 15 minutes for step 2 is late there, not here.
    office.clock.set(wib(2026, 4, 1, 9, 15));
    CHECK_THROWS_AS(wf.reportToHead(office.dewi, {before}), Error);
    wf.reportToHead(office.dewi, {after});
    CHECK_FALSE(book.complaint(office.admin, after).steps.at(1).late);
}
