// SOP revisions entered by the administrator (issue 21): the command set's validation, the
// revision taking effect from its date for complaints registered from then, JSON round trip,
// and the administrator's typed steps turned into a revision.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "queries/intakebook.h"
#include "sop/sopcheck.h"
#include "sop/sopdefinition.h"
#include "sop/sopedit.h"
#include "storage/settingsstore.h"
#include "util/error.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

/// The finding codes of the error that adding `sop` raises; empty when it was added.
QStringList refusal(test::TestOffice &office, const SopDefinition &sop)
{
    try {
        Administration(*office.db, office.clock).addSopRevision(office.admin, sop);
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        CHECK_FALSE(e.message().isEmpty());
        QStringList codes;
        for (const Finding &f : e.findings()) {
            CHECK_FALSE(f.message.isEmpty());
            codes << f.code;
        }
        return codes;
    }
    return {};
}

SopDefinition nextRevision(QDate effective)
{
    SopDefinition sop = SopDefinition::builtIn();
    sop.effectiveFrom = effective;
    sop.revisedOn = effective;
    return sop;
}

} // namespace

TEST_CASE("A revision changes targets and an actor only for complaints registered from its date",
          "[sop][sop-revision]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    const qint64 before =
        wf.registerComplaint(office.rina, test::walkIn(), office.clock.now()).complaintId;

    // Entered on 2 March, in force from 1 April: step 2 gets 20 minutes and is the head's.
    SopDefinition sop = nextRevision(QDate(2026, 4, 1));
    sop.steps[1].targetMinutes = 20;
    sop.steps[1].actor = Role::Head;
    const qint64 revision =
        Administration(*office.db, office.clock).addSopRevision(office.admin, sop);
    CHECK(revision > 0);

    // Still March: a complaint registered now keeps the revision of 2024.
    office.clock.set(wib(2026, 3, 31, 15, 0));
    const qint64 lateMarch =
        wf.registerComplaint(office.rina, test::walkIn(), office.clock.now()).complaintId;
    office.clock.set(wib(2026, 4, 1, 9, 0));
    const qint64 after =
        wf.registerComplaint(office.rina, test::walkIn(), office.clock.now()).complaintId;

    for (qint64 id : {before, lateMarch}) {
        const ComplaintRecord r = book.complaint(office.admin, id);
        CHECK(r.sopRevisionId != revision);
        CHECK(r.steps.at(1).targetMinutes == 10);
        CHECK(r.steps.at(1).actor == Role::Secretary);
    }
    const ComplaintRecord fresh = book.complaint(office.admin, after);
    CHECK(fresh.sopRevisionId == revision);
    CHECK(fresh.steps.at(1).targetMinutes == 20);
    CHECK(fresh.steps.at(1).actor == Role::Head);

    // The secretary reports the old complaint; the new one's step 2 is the head's now.
    office.clock.set(wib(2026, 4, 1, 9, 5));
    CHECK_THROWS_AS(wf.reportToHead(office.dewi, {after}), Error);
    wf.reportToHead(office.hendra, {after});
    CHECK(book.complaint(office.admin, after).steps.at(1).completed());
}

TEST_CASE("Validation refuses each kind of broken revision, and nothing is stored",
          "[sop][sop-revision]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, test::walkIn(), office.clock.now());
    const QDate future(2026, 3, 9);
    const qsizetype stored = SettingsStore(*office.db).sopRevisions().size();

    SopDefinition admin = nextRevision(future);
    admin.steps[3].actor = Role::Admin;
    CHECK(refusal(office, admin) == QStringList{u"step.4.actor"_s});

    SopDefinition zero = nextRevision(future);
    zero.steps[2].targetMinutes = 0;
    CHECK(refusal(office, zero) == QStringList{u"step.3.target"_s});

    SopDefinition unknownOutput = nextRevision(future);
    unknownOutput.steps[3].requirements[1].code = u"minutes_of_meeting"_s;
    CHECK(refusal(office, unknownOutput) == QStringList{u"step.4.requirements"_s});

    SopDefinition laterOutput = nextRevision(future);
    laterOutput.steps[1].requirements << SopRequirement{u"decision"_s, u"Hasil Keputusan"_s,
                                                        u"output"_s};
    CHECK(refusal(office, laterOutput) == QStringList{u"step.2.requirements"_s});

    SopDefinition complainantLater = nextRevision(future);
    complainantLater.steps[2].requirements
        << SopRequirement{u"identity_card"_s, u"Kartu Identitas"_s, u"complainant"_s};
    CHECK(refusal(office, complainantLater) == QStringList{u"step.3.requirements"_s});

    SopDefinition noActivity = nextRevision(future);
    noActivity.steps[4].activity = u"  "_s;
    CHECK(refusal(office, noActivity) == QStringList{u"step.5.activity"_s});

    SopDefinition repeated = nextRevision(future);
    repeated.steps[3].action = u"dispose"_s;
    CHECK(refusal(office, repeated).contains(u"step.4.action"_s));

    SopDefinition registerLater = nextRevision(future);
    std::swap(registerLater.steps[0], registerLater.steps[1]);
    registerLater.steps[0].number = 1;
    registerLater.steps[1].number = 2;
    CHECK(refusal(office, registerLater).contains(u"sop.steps"_s));

    SopDefinition badNip = nextRevision(future);
    badNip.approverNip = u"19660119"_s;
    CHECK(refusal(office, badNip) == QStringList{u"sop.approver.nip"_s});

    // The office already works: a revision cannot reach back before today (2 March).
    CHECK(refusal(office, nextRevision(QDate(2026, 3, 1)))
          == QStringList{u"sop.effectiveFrom.past"_s});

    // Only the administrator enters revisions.
    try {
        Administration(*office.db, office.clock).addSopRevision(office.dewi, nextRevision(future));
        FAIL("a secretary added a revision");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
    }
    CHECK(SettingsStore(*office.db).sopRevisions().size() == stored);

    // Today itself is allowed, and so is the same revision again from a later date.
    CHECK(refusal(office, nextRevision(QDate(2026, 3, 2))).isEmpty());
    CHECK(SettingsStore(*office.db).sopRevisions().size() == stored + 1);
}

TEST_CASE("A revision's texts refuse control characters and direction overrides like typed text",
          "[sop][sop-revision][validation][issue14]")
{
    // The SOP's texts print on the SOP sheet, the Lembar Disposisi and the Berita Acara: an
    // override there shows other than stored, as a name did (issue 14, finding 6).
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const QDate future(2026, 3, 9);
    const qsizetype stored = SettingsStore(*office.db).sopRevisions().size();
    const QString rlo = QString(QChar(0x202E));

    SopDefinition activity = nextRevision(future);
    activity.steps[1].activity = u"Melaporkan "_s + rlo + u"ke Kepala Dinas"_s;
    CHECK(refusal(office, activity) == QStringList{u"step.2.activity.bidi"_s});

    SopDefinition requirement = nextRevision(future);
    requirement.steps[0].requirements[0].name = u"Kartu\nIdentitas"_s;
    CHECK(refusal(office, requirement) == QStringList{u"step.1.requirements.control"_s});

    SopDefinition output = nextRevision(future);
    output.steps[2].outputs[0].name = u"Lembar "_s + QChar(0x2066) + u"disposisi"_s;
    CHECK(refusal(office, output) == QStringList{u"step.3.outputs.bidi"_s});

    SopDefinition header = nextRevision(future);
    header.approverName = u"Drs. "_s + rlo + u"Budi"_s;
    CHECK(refusal(office, header) == QStringList{u"sop.approverName.bidi"_s});

    SopDefinition listItem = nextRevision(future);
    listItem.warnings << u"Jangan \u001B[31m lupa"_s;
    CHECK(refusal(office, listItem) == QStringList{u"sop.warnings.control"_s});

    CHECK(SettingsStore(*office.db).sopRevisions().size() == stored);
    // Line breaks are fine in an activity (a multi-line text).
    SopDefinition multiLine = nextRevision(QDate(2026, 3, 2));
    multiLine.steps[1].activity = u"Melaporkan aduan\nke Kepala Dinas"_s;
    CHECK(refusal(office, multiLine).isEmpty());
}

TEST_CASE("A fresh office may date its first revision back", "[sop][sop-revision]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    CHECK(refusal(office, nextRevision(QDate(2025, 6, 1))).isEmpty());
}

TEST_CASE("A revision survives its JSON form unchanged", "[sop][sop-revision]")
{
    const SopDefinition sop = SopDefinition::builtIn();
    const SopDefinition again = SopDefinition::fromJson(sop.toJson());
    CHECK(again.toJson() == sop.toJson());
    CHECK(again.approverName == sop.approverName);
    CHECK(again.recording == sop.recording);
    REQUIRE(again.steps.size() == sop.steps.size());
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        CHECK(again.steps[i].activity == sop.steps[i].activity);
        CHECK(again.steps[i].requirements.size() == sop.steps[i].requirements.size());
        CHECK(again.steps[i].outputs.size() == sop.steps[i].outputs.size());
    }
    CHECK_THROWS_AS(SopDefinition::fromJson(QByteArray(sop.toJson()).replace(
                        "\"team\"", "\"janitor\"")),
                    Error);
}

TEST_CASE("Typed steps become a revision: codes kept, requirements matched by name",
          "[sop][sop-revision]")
{
    const SopDefinition base = SopDefinition::builtIn();
    QList<SopStepEntry> entries;
    for (const SopStep &s : base.steps) {
        SopStepEntry e{s.activity, s.actor, s.targetMinutes, {}, {}};
        for (const SopRequirement &r : s.requirements)
            e.requirements << r.name;
        for (const SopOutput &o : s.outputs)
            e.outputs << o.name;
        entries << e;
    }
    // Step 3 renamed, its sheet renamed, and step 4 asking for it by its new name.
    entries[2].activity = u"Mendisposisi rapat tim"_s;
    entries[2].outputs = QStringList{u"Data Pengaduan"_s, u"Lembar Disposisi Kepala"_s};
    entries[3].requirements = QStringList{u"data  pengaduan"_s, u"Lembar Disposisi Kepala"_s};
    SopDefinition sop = base;
    sop.steps = stepsFromEntries(base, entries);
    CHECK(checkSopRevision(sop).isEmpty());
    CHECK(sop.steps[2].action == u"dispose"_s);
    CHECK(sop.steps[2].outputs[1].code == u"disposition"_s);
    CHECK(sop.steps[3].requirements[1].code == u"disposition"_s);
    CHECK(sop.steps[0].requirements[0].code == u"identity_card"_s);

    // A requirement that no earlier step produces is refused with its name.
    entries[3].requirements = QStringList{u"Notulen rapat"_s};
    sop.steps = stepsFromEntries(base, entries);
    const Findings findings = checkSopRevision(sop);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].field == u"step.4"_s);
    CHECK(findings[0].message.contains(u"Notulen rapat"_s));
}
