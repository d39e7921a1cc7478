// One rule, one place: for the same input, the entry screen's check and the engine give the
// same finding in the same words (issue 15). The screens ask the core; these tests hold them to
// it for every output of a step, the attachment rules and who may act.
#include "catch_qt.h"
#include "testoffice.h"

#include "common/fieldmessage.h"
#include "complaintform/complaintformwidget.h"
#include "decision/decisionwidget.h"
#include "disposition/dispositionwidget.h"
#include "resolutionreport/resolutionreportwidget.h"

#include "auth/whomayact.h"
#include "queries/intakebook.h"
#include "storage/userstore.h"
#include "util/error.h"
#include "workflow/attachmentcheck.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

/// The engine's refusal of `command` as a finding: its message, and the codes it carries.
struct Refusal {
    Error::Code code = Error::Code::Storage;
    QString message;
    QStringList codes;
};

Refusal refusal(const std::function<void()> &command)
{
    try {
        command();
    } catch (const Error &e) {
        Refusal r{e.code(), e.message(), {}};
        for (const Finding &f : e.findings())
            r.codes << f.code;
        return r;
    }
    FAIL("the engine accepted the input");
    return {};
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

/// Types `input` into the step form `w`; its check() and the engine's refusal of what it holds
/// (`command`) name the same fields, in the same order, and the first in the same words.
template <typename Widget, typename Input>
void sameFinding(Widget &w, const Input &input, const std::function<void(const Input &)> &command,
                 Error::Code code = Error::Code::OutputIncomplete)
{
    w.setInput(input);
    const Findings screen = w.check();
    REQUIRE_FALSE(screen.isEmpty());
    const Refusal engine = refusal([&] { command(w.input()); });
    CHECK(engine.code == code);
    CHECK(engine.message == screen.constFirst().message);
    CHECK(engine.codes == codes(screen));
}

/// A complaint registered at 09:00 and brought to the step with `number` (2..5) on time.
qint64 complaintAtStep(TestOffice &office, int number)
{
    Workflow wf(*office.db, office.clock);
    const qint64 id = wf.registerComplaint(office.rina, walkIn(), office.clock.now()).complaintId;
    if (number > 2)
        wf.reportToHead(office.dewi, {id});
    if (number > 3) {
        DispositionInput d;
        d.instructions = {u"Tindak lanjuti"_s};
        d.addressee = u"Tim Pengelola Pengaduan"_s;
        wf.dispose(office.hendra, {id}, d);
    }
    if (number > 4) {
        DecisionInput d;
        d.meetingAt = office.clock.now();
        d.attendees = {u"Agus"_s};
        d.decision = u"Bantuan diproses."_s;
        wf.decide(office.agus, {id}, d);
    }
    return id;
}

} // namespace

TEST_CASE("The disposition sheet and the engine refuse the same sheet in the same words",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 id = complaintAtStep(office, 3);
    Workflow wf(*office.db, office.clock);
    forms::DispositionWidget w;

    DispositionInput empty;
    empty.addressee = u"  "_s;
    const std::function<void(const DispositionInput &)> dispose = [&](const DispositionInput &in) {
        wf.dispose(office.hendra, {id}, in);
    };
    for (const DispositionInput &in : {empty, DispositionInput{Urgency::Segera, {}, {}, u"Sekretaris"_s},
                                       DispositionInput{Urgency::Biasa, {u"Tindak lanjuti"_s}, {}, {}}})
        sameFinding(w, in, dispose);
    // A typed text that would show other than stored: refused as invalid, beside the note.
    sameFinding(w,
                DispositionInput{Urgency::Biasa, {}, u"Catatan "_s + QChar(0x202E) + u"x"_s,
                                 u"Sekretaris"_s},
                dispose, Error::Code::Invalid);
    CHECK(codes(w.check()) == QStringList{u"note.bidi"_s});
}

TEST_CASE("The decision form and the engine refuse the same decision in the same words",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 id = complaintAtStep(office, 4);
    Workflow wf(*office.db, office.clock);
    const QTimeZone zone("Asia/Jakarta");
    forms::DecisionWidget w;
    w.setNow(office.clock.now().toTimeZone(zone));
    w.setTeamMembers({u"Agus"_s, u"Lina"_s});
    w.setAgencies({Agency{1, u"Dinas Kesehatan Kota Blitar"_s, {}, true}});

    DecisionInput nobody;
    nobody.meetingAt = office.clock.now();
    DecisionInput future = nobody;
    future.meetingAt = office.clock.now().addSecs(3600);
    future.attendees = {u"Agus"_s};
    future.decision = u"Diproses."_s;
    DecisionInput referral = nobody;
    referral.attendees = {u"Lina"_s};
    referral.decision = u"Bukan kewenangan."_s;
    referral.withinAuthority = false;
    referral.referral = ReferralInput{};
    const std::function<void(const DecisionInput &)> decide = [&](const DecisionInput &in) {
        wf.decide(office.agus, {id}, in);
    };
    for (const DecisionInput &in : {nobody, future, referral})
        sameFinding(w, in, decide);
    // The screen's word for the attendees fits the engine too.
    w.setInput(nobody);
    CHECK(w.check().constFirst().message == u"Name who attended the team's meeting."_s);
}

TEST_CASE("The Berita Acara form and the engine refuse the same report in the same words",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 id = complaintAtStep(office, 5);
    Workflow wf(*office.db, office.clock);
    forms::ResolutionReportWidget w;
    const std::function<void(const ResolutionReportInput &)> convey =
        [&](const ResolutionReportInput &in) { wf.conveyResult(office.rina, {id}, in); };
    for (const ResolutionReportInput &in :
         {ResolutionReportInput{}, ResolutionReportInput{u"telepon"_s, u" "_s, {}},
          ResolutionReportInput{{}, u"Bantuan cair."_s, {}}})
        sameFinding(w, in, convey);
}

TEST_CASE("The complaint form refuses an attachment in the engine's words",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    forms::ComplaintFormWidget form;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
    const QStringList cases{write(u"catatan.txt"_s, "bukan gambar\n"), write(u"kosong.png"_s, {}),
                            write(u"besar.pdf"_s, pdf)};
    form.setAttachmentLimit(pdf.size() - 1);
    for (const QString &path : cases) {
        CHECK_FALSE(form.addAttachmentFile(path));
        const QString shown = form.findChild<forms::FieldMessage *>(u"attachmentsMessage"_s)->message();
        ComplaintDraft draft = walkIn();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        draft.attachments << AttachmentDraft{QFileInfo(path).fileName(), file.readAll()};
        const Findings core = checkAttachmentFindings(draft.attachments.constFirst(),
                                                      pdf.size() - 1);
        REQUIRE(core.size() == 1);
        CHECK(shown == core.constFirst().message);
        // The engine (with the office's own limit) says the same for a type or an empty file.
        if (!path.endsWith(u".pdf"_s)) {
            const Refusal engine = refusal(
                [&] { wf.registerComplaint(office.rina, draft, office.clock.now()); });
            CHECK(engine.code == Error::Code::Invalid);
            CHECK(engine.message == shown);
        }
    }
    // Twice the same content: refused by the screen with the core's words.
    form.setAttachmentLimit(1024 * 1024);
    REQUIRE(form.addAttachmentFile(cases.at(2)));
    const QString again = write(u"lagi.pdf"_s, pdf);
    CHECK_FALSE(form.addAttachmentFile(again));
    CHECK(form.findChild<forms::FieldMessage *>(u"attachmentsMessage"_s)->message()
          == checkAttachmentFindings({u"lagi.pdf"_s, pdf}, 1024 * 1024, form.draft().attachments)
                 .constFirst()
                 .message);
}

TEST_CASE("Who may correct or void a complaint is one rule for the screen and the engine",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    UserStore users(*office.db);
    for (qint64 userId : {office.rina, office.dewi, office.hendra, office.agus, office.admin}) {
        const qint64 id =
            wf.registerComplaint(office.rina, walkIn(), office.clock.now()).complaintId;
        const User user = *users.byId(userId);
        bool voided = true;
        try {
            wf.voidComplaint(userId, {id}, u"Tercatat dua kali."_s);
        } catch (const Error &e) {
            CHECK(e.code() == Error::Code::Forbidden);
            voided = false;
        }
        CHECK(voided == mayCorrectComplaint(user));
    }
}

TEST_CASE("An inactive account is refused in the same words by the engine and the queries",
          "[gui][onerule][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 id = complaintAtStep(office, 2);
    Workflow wf(*office.db, office.clock);
    const Refusal unknownStep = refusal([&] { wf.reportToHead(999, {id}); });
    const Refusal unknownBook = refusal([&] { IntakeBook(*office.db, office.clock).count(999, {}); });
    CHECK(unknownStep.code == Error::Code::Forbidden);
    CHECK(unknownBook.code == Error::Code::Forbidden);
    CHECK(unknownStep.message == unknownBook.message);
    UserStore store(*office.db);
    CHECK_FALSE(activeUser(store, 999).has_value());
    CHECK(activeUser(store, office.dewi).has_value());
}
