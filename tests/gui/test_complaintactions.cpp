// Corrections of a registered complaint from its detail view (app/gui/complaintactions):
// "Koreksi data" (Workflow::amend) and "Batalkan aduan" (Workflow::voidComplaint) with the row
// version seen; attachments opened from a temporary copy; and the new-complaint form kept as a
// local draft that is offered back after a crash.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "complaintactions/amenddialog.h"
#include "complaintactions/attachmentopener.h"
#include "complaintactions/complaintactions.h"
#include "complaintactions/draftfile.h"
#include "complaintactions/draftkeeper.h"
#include "complaintform/complaintformwidget.h"
#include "detail/complaintdetailview.h"
#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workflow/workflow.h"
#include "workspaces/newcomplaintpage.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

User userById(TestOffice &office, qint64 id)
{
    return *UserStore(*office.db).byId(id);
}

/// Answers the shell's prompts: reasons with `reason`, questions with yes; problems collected.
struct Prompts {
    explicit Prompts(const QString &reason = u"Salah input: aduan ganda"_s)
    {
        gui::feedback::TestHooks hooks;
        hooks.problem = [this](const QString &, const QString &message) { problems << message; };
        hooks.info = [](const QString &, const QString &) {};
        hooks.confirm = [](const QString &, const QString &) { return true; };
        hooks.reason = [this, reason](const QString &, const QString &) -> std::optional<QString> {
            ++reasonsAsked;
            if (cancelReason)
                return std::nullopt;
            return reason;
        };
        gui::feedback::setTestHooks(hooks);
    }
    ~Prompts() { gui::feedback::setTestHooks({}); }
    QStringList problems;
    int reasonsAsked = 0;
    bool cancelReason = false;
};

QString conflictMessage(TestOffice &office, qint64 complaintId)
{
    try {
        Workflow(*office.db, office.clock).amend(office.rina, ComplaintRef(complaintId, -1), walkInWithIdentity());
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

gui::ComplaintActions *actionsOf(const gui::ComplaintDetailView &view)
{
    return view.findChild<gui::ComplaintActions *>();
}

} // namespace

TEST_CASE("Correct details and void a complaint from its detail view", "[gui][complaintactions]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow workflow(*office.db, office.clock);
    const qint64 id = workflow.registerComplaint(office.rina, walkInWithIdentity(), office.clock.now())
                          .complaintId;
    office.clock.set(wib(2026, 3, 2, 10, 0));
    Prompts prompts;

    SECTION("the actions are the officer's, the secretary's and the administrator's")
    {
        for (const qint64 userId : {office.rina, office.dewi, office.admin}) {
            gui::Session session(*office.db, office.clock, userById(office, userId), false);
            gui::ComplaintDetailView view(session);
            view.show();
            REQUIRE(view.showComplaint(id));
            const auto *actions = actionsOf(view);
            REQUIRE(actions);
            CHECK(actions->amendAction()->isVisible());
            CHECK(actions->amendAction()->isEnabled());
            CHECK(actions->voidAction()->isVisible());
            CHECK(actions->voidAction()->isEnabled());
            int shownButtons = 0;
            for (const QToolButton *b : view.findChildren<QToolButton *>()) {
                if ((b->defaultAction() == actions->amendAction()
                     || b->defaultAction() == actions->voidAction())
                    && b->isVisible()) {
                    ++shownButtons;
                }
            }
            CHECK(shownButtons == 2);
        }
        for (const qint64 userId : {office.hendra, office.agus}) {
            gui::Session session(*office.db, office.clock, userById(office, userId), false);
            gui::ComplaintDetailView view(session);
            view.show();
            REQUIRE(view.showComplaint(id));
            const auto *actions = actionsOf(view);
            CHECK_FALSE(actions->amendAction()->isVisible());
            CHECK_FALSE(actions->voidAction()->isVisible());
            for (const QToolButton *b : view.findChildren<QToolButton *>()) {
                if (b->defaultAction() == actions->amendAction()
                    || b->defaultAction() == actions->voidAction()) {
                    CHECK_FALSE(b->isVisible());
                }
            }
        }
    }

    gui::Session session(*office.db, office.clock, userById(office, office.rina), false);
    gui::ComplaintDetailView view(session);
    REQUIRE(view.showComplaint(id));
    gui::ComplaintActions *actions = actionsOf(view);
    REQUIRE(actions);

    SECTION("Batalkan aduan: the reason is asked and the complaint voided")
    {
        actions->voidAction()->trigger();
        CHECK(prompts.reasonsAsked == 1);
        CHECK(prompts.problems.isEmpty());
        const ComplaintRecord record = session.intakeBook().complaint(office.rina, id);
        CHECK(record.status() == ComplaintStatus::Voided);
        CHECK(record.voidReason == u"Salah input: aduan ganda"_s);
        // The view shows it, and neither action is offered any more.
        CHECK(view.record().status() == ComplaintStatus::Voided);
        CHECK_FALSE(actions->voidAction()->isEnabled());
        CHECK_FALSE(actions->amendAction()->isEnabled());
    }

    SECTION("Batalkan aduan cancelled: nothing happens")
    {
        prompts.cancelReason = true;
        CHECK_FALSE(actions->voidComplaint());
        CHECK(session.intakeBook().complaint(office.rina, id).status()
              != ComplaintStatus::Voided);
    }

    SECTION("Batalkan aduan on a stale version: the core's conflict message, nothing voided")
    {
        // Another PC corrects the complaint after this view loaded it.
        ComplaintDraft other = walkInWithIdentity();
        other.location = u"Kelurahan Sananwetan"_s;
        Workflow(*office.db, office.clock).amend(office.dewi, ComplaintRef(id), other);
        CHECK_FALSE(actions->voidComplaint());
        REQUIRE(prompts.problems.size() == 1);
        CHECK(prompts.problems.first() == conflictMessage(office, id));
        CHECK(session.intakeBook().complaint(office.rina, id).status()
              != ComplaintStatus::Voided);
        // Reloaded, the same action goes through.
        view.reload();
        CHECK(actions->voidComplaint());
        CHECK(session.intakeBook().complaint(office.rina, id).status()
              == ComplaintStatus::Voided);
    }

    SECTION("Koreksi data: the form comes prefilled and saves through Workflow::amend")
    {
        gui::AmendDialog dialog(session, view.record());
        CHECK(dialog.expectedVersion() == view.record().rowVersion);
        const ComplaintDraft shown = dialog.form()->draft();
        CHECK(shown.complainant->name == u"Budi Santoso"_s);
        CHECK(shown.subject == u"Bantuan PKH belum cair"_s);
        auto *subject = dialog.form()->findChild<QLineEdit *>(u"subjectEdit"_s);
        REQUIRE(subject);
        subject->clear();
        QTest::keyClicks(subject, u"Bantuan PKH tahap I belum cair"_s);
        REQUIRE(dialog.save());
        CHECK(dialog.result() == QDialog::Accepted);
        const ComplaintRecord record = session.intakeBook().complaint(office.rina, id);
        CHECK(record.subject == u"Bantuan PKH tahap I belum cair"_s);
        CHECK(record.complainant->name == u"Budi Santoso"_s);
        CHECK(record.rowVersion == view.record().rowVersion + 1);
        view.reload();
        const QTableWidget *history = view.history();
        bool corrected = false;
        for (int r = 0; r < history->rowCount(); ++r)
            corrected = corrected
                        || (history->item(r, 2)
                            && history->item(r, 2)->text() == u"Details corrected"_s);
        CHECK(corrected);
    }

    SECTION("Koreksi data on a stale version: the conflict message, and what was typed is kept")
    {
        gui::AmendDialog dialog(session, view.record());
        auto *subject = dialog.form()->findChild<QLineEdit *>(u"subjectEdit"_s);
        subject->clear();
        QTest::keyClicks(subject, u"Subjek yang diketik petugas"_s);
        // Meanwhile on another PC.
        auto otherPc = office.openAnother();
        ComplaintDraft other = walkInWithIdentity();
        other.location = u"Kelurahan Sananwetan"_s;
        Workflow(*otherPc, office.clock).amend(office.dewi, ComplaintRef(id), other);

        CHECK_FALSE(dialog.save());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemLabel()->text() == conflictMessage(office, id));
        CHECK(dialog.form()->draft().subject == u"Subjek yang diketik petugas"_s);
        CHECK(session.intakeBook().complaint(office.rina, id).subject
              == u"Bantuan PKH belum cair"_s);
    }

    SECTION("Koreksi data with an error: shown next to the field, nothing saved")
    {
        gui::AmendDialog dialog(session, view.record());
        dialog.form()->findChild<QLineEdit *>(u"subjectEdit"_s)->clear();
        CHECK_FALSE(dialog.save());
        CHECK(dialog.problemLabel()->isVisibleTo(&dialog));
        CHECK(session.intakeBook().complaint(office.rina, id).subject
              == u"Bantuan PKH belum cair"_s);
    }

    SECTION("Koreksi data from the view's action")
    {
        view.show();
        bool driven = false;
        QTimer::singleShot(0, &view, [&] {
            auto *dialog = qobject_cast<gui::AmendDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            auto *location = dialog->form()->findChild<QLineEdit *>(u"locationEdit"_s);
            location->clear();
            QTest::keyClicks(location, u"Kelurahan Kepanjenkidul"_s);
            driven = dialog->save();
        });
        actions->amendAction()->trigger();
        CHECK(driven);
        CHECK(view.record().location == u"Kelurahan Kepanjenkidul"_s);
    }
}

TEST_CASE("A confidential complaint's identity cannot be wiped by a correction",
          "[gui][complaintactions]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    User clerk;
    clerk.username = u"tono"_s;
    clerk.fullName = u"Tono"_s;
    clerk.roles = {Role::Officer};
    clerk.canSeeConfidential = false;
    const qint64 tono = Administration(*office.db, office.clock)
                            .createUser(office.admin, clerk, u"rahasia123"_s);
    ComplaintDraft draft = walkInWithIdentity();
    draft.confidentiality = Confidentiality::Confidential;
    const qint64 id = Workflow(*office.db, office.clock)
                          .registerComplaint(office.rina, draft, office.clock.now())
                          .complaintId;
    gui::Session session(*office.db, office.clock, userById(office, tono), false);
    gui::ComplaintDetailView view(session);
    REQUIRE(view.showComplaint(id));
    CHECK(view.record().identityHidden);
    const auto *actions = actionsOf(view);
    CHECK(actions->amendAction()->isVisible());
    CHECK_FALSE(actions->amendAction()->isEnabled());
    CHECK(actions->voidAction()->isEnabled());
}

TEST_CASE("Attachments open from a temporary copy, on request only", "[gui][complaintactions]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const QByteArray png = pngBytes();
    ComplaintDraft draft = walkInWithIdentity();
    draft.attachments << AttachmentDraft{u"bukti.pdf.bat"_s, png};
    const qint64 id = Workflow(*office.db, office.clock)
                          .registerComplaint(office.rina, draft, office.clock.now())
                          .complaintId;
    QList<QUrl> opened;
    gui::attachmentfiles::setOpenerForTests([&](const QUrl &url) {
        opened << url;
        return true;
    });
    Prompts prompts;

    gui::Session session(*office.db, office.clock, userById(office, office.rina), false);
    gui::ComplaintDetailView view(session);
    view.show();
    REQUIRE(view.showComplaint(id));
    CHECK(opened.isEmpty()); // nothing opens by itself
    auto *list = view.findChild<QListWidget *>();
    auto *open = view.findChild<QPushButton *>(u"openAttachment"_s);
    REQUIRE(list);
    REQUIRE(open);
    CHECK_FALSE(open->isEnabled());
    list->setCurrentRow(0);
    CHECK(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    const QString path = opened.first().toLocalFile();
    CHECK(path.startsWith(gui::attachmentfiles::temporaryFolder()));
    // The extension follows the content, never the name typed in.
    CHECK(QFileInfo(path).suffix() == u"png"_s);
    CHECK(QFileInfo(path).completeBaseName() == u"bukti_pdf"_s);
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == png);
    CHECK(prompts.problems.isEmpty());

    SECTION("a confidential complaint's file is not opened for a user without the right")
    {
        ComplaintDraft secret = walkInWithIdentity();
        secret.confidentiality = Confidentiality::Confidential;
        secret.attachments << AttachmentDraft{u"ktp.png"_s, png};
        const qint64 secretId = Workflow(*office.db, office.clock)
                                    .registerComplaint(office.rina, secret, office.clock.now())
                                    .complaintId;
        gui::Session lina(*office.db, office.clock, userById(office, office.lina), false);
        gui::ComplaintDetailView linaView(lina);
        REQUIRE(linaView.showComplaint(secretId));
        const qint64 attachmentId = linaView.record().attachments.at(0).id;
        CHECK_FALSE(gui::attachmentfiles::open(&linaView, lina, attachmentId, u"ktp.png"_s));
        CHECK(opened.size() == 1);
        REQUIRE(prompts.problems.size() == 1);
        CHECK(prompts.problems.first().contains(u"confidential"_s));
        CHECK_THROWS_AS(IntakeBook(*office.db, office.clock)
                            .attachmentContent(office.lina, attachmentId),
                        Error);
        CHECK(IntakeBook(*office.db, office.clock).attachmentContent(office.agus, attachmentId)
              == png);
    }
    gui::attachmentfiles::setOpenerForTests({});
}

TEST_CASE("An unfinished Formulir Aduan is kept as a draft and offered back", "[gui][drafts]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = userById(office, office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::DraftFile file(office.path, rina.id);
    file.remove();
    std::optional<gui::SavedDraft> offered;
    bool continueDraft = true;
    gui::DraftKeeper::setAnswerForTests([&](const gui::SavedDraft &draft) {
        offered = draft;
        return continueDraft;
    });
    Prompts prompts;

    ComplaintDraft typed = walkInWithIdentity();
    typed.channel = Channel::Sms;
    typed.receivedAt = wib(2026, 3, 2, 7, 45);
    typed.location = u"Kelurahan Sananwetan"_s;
    typed.evidence = {u"fotokopi KKS"_s};
    typed.attachments << AttachmentDraft{u"bukti.png"_s, pngBytes()};
    QDateTime firstOpened;
    {
        auto page = std::make_unique<gui::NewComplaintPage>(session);
        page->resize(1300, 700);
        page->show();
        QTest::qWait(20);
        CHECK_FALSE(offered); // nothing on file yet
        auto *keeper = page->findChild<gui::DraftKeeper *>();
        REQUIRE(keeper);
        CHECK(keeper->interval() == gui::DraftKeeper::kDefaultIntervalMs);
        keeper->setInterval(50);
        ComplaintDraft start = typed;
        start.subject.clear();
        page->form()->setDraft(start);
        // The officer types (setDraft itself is no edit).
        office.clock.set(wib(2026, 3, 2, 9, 2));
        QTest::keyClicks(page->form()->findChild<QLineEdit *>(u"subjectEdit"_s), typed.subject);
        firstOpened = page->formOpenedAt();
        CHECK(firstOpened == wib(2026, 3, 2, 9, 2));
        REQUIRE(QTest::qWaitFor([&] { return file.exists(); }, 3000));
        const auto kept = file.load();
        REQUIRE(kept);
        CHECK(kept->draft.subject == typed.subject);
        const bool ownerOnly = !(QFileInfo(file.path()).permissions()
                                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        CHECK(ownerOnly);
        // The PC goes off: the page is gone without saving.
    }
    REQUIRE(file.exists());
    office.clock.set(wib(2026, 3, 2, 9, 30));

    SECTION("offered back on the next opening of the form, and restored")
    {
        gui::NewComplaintPage page(session);
        page.resize(1300, 700);
        CHECK_FALSE(offered); // not before the form is opened
        page.show();
        REQUIRE(QTest::qWaitFor([&] { return offered.has_value(); }, 3000));
        const ComplaintDraft restored = page.form()->draft();
        CHECK(restored.complainant->name == typed.complainant->name);
        CHECK(restored.complainant->nik == typed.complainant->nik);
        CHECK(restored.complainant->gender == Gender::Male);
        CHECK(restored.channel == Channel::Sms);
        CHECK(restored.receivedAt == typed.receivedAt);
        CHECK(restored.subject == typed.subject);
        CHECK(restored.description == typed.description);
        CHECK(restored.location == typed.location);
        CHECK(restored.evidence == typed.evidence);
        REQUIRE(restored.attachments.size() == 1);
        CHECK(restored.attachments.at(0).fileName == u"bukti.png"_s);
        CHECK(restored.attachments.at(0).content == typed.attachments.at(0).content);
        // The step's clock runs from the first keystroke before the crash.
        CHECK(page.formOpenedAt() == firstOpened);

        SECTION("registering deletes the draft")
        {
            office.clock.set(wib(2026, 3, 2, 9, 4)); // on time for the test's sake
            page.save();
            CHECK_FALSE(file.exists());
        }
        SECTION("emptying the form with New complaint deletes it")
        {
            for (QPushButton *b : page.findChildren<QPushButton *>()) {
                if (b->text() == u"&New complaint"_s)
                    b->click();
            }
            CHECK_FALSE(file.exists());
            CHECK(page.form()->draft().subject.isEmpty());
        }
    }

    SECTION("discarded when the officer says so")
    {
        continueDraft = false;
        gui::NewComplaintPage page(session);
        page.show();
        REQUIRE(QTest::qWaitFor([&] { return offered.has_value(); }, 3000));
        CHECK_FALSE(file.exists());
        CHECK(page.form()->draft().subject.isEmpty());
    }

    SECTION("each user of each database has a draft of its own")
    {
        CHECK(gui::DraftFile(office.path, office.dewi).path() != file.path());
        CHECK_FALSE(gui::DraftFile(office.path, office.dewi).exists());
        TestOffice otherOffice;
        CHECK(gui::DraftFile(otherOffice.path, rina.id).path() != file.path());
    }
    gui::DraftKeeper::setAnswerForTests({});
    file.remove();
}

TEST_CASE("A time received not yet readable is kept in the draft as typed", "[gui][drafts][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = userById(office, office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::DraftFile file(office.path, rina.id);
    file.remove();
    std::optional<gui::SavedDraft> offered;
    gui::DraftKeeper::setAnswerForTests([&](const gui::SavedDraft &draft) {
        offered = draft;
        return true;
    });
    Prompts prompts;
    ComplaintDraft typed = walkInWithIdentity();
    typed.channel = Channel::Sms;
    typed.receivedAt = wib(2026, 3, 2, 7, 45);
    {
        gui::NewComplaintPage page(session);
        page.show();
        QTest::qWait(20);
        page.findChild<gui::DraftKeeper *>()->setInterval(50);
        page.form()->setDraft(typed);
        auto *received = page.form()->findChild<QLineEdit *>(u"receivedAtEdit"_s);
        REQUIRE(received);
        received->setFocus();
        received->selectAll();
        QTest::keyClicks(received, u"01/03/20"_s); // the officer is half-way through it
        REQUIRE(QTest::qWaitFor([&] { return file.exists(); }, 3000));
        const auto kept = file.load();
        REQUIRE(kept);
        CHECK(kept->receivedAtTyped == u"01/03/20"_s);
        CHECK_FALSE(kept->draft.receivedAt.isValid());
    }
    gui::NewComplaintPage page(session);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return offered.has_value(); }, 3000));
    auto *received = page.form()->findChild<QLineEdit *>(u"receivedAtEdit"_s);
    CHECK(received->text() == u"01/03/20"_s); // not replaced by the current time
    CHECK(page.form()->draft().complainant->name == typed.complainant->name);
    CHECK_FALSE(page.form()->entryFindings().isEmpty()); // still to be finished, and said so
    gui::DraftKeeper::setAnswerForTests({});
    file.remove();
}
