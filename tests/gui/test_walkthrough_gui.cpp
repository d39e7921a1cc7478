// Walkthroughs A, B and C of ../shared/cases/walkthrough.md through the screens, in ONE fresh
// database and in order: every step by a user of its role at their own desk (a Session and the
// MainWindow with the workspaces of the role), typing into the entry screens and pressing Ctrl+S
// or the screen's buttons, the injected ManualClock set to each minute of the walkthrough. The
// real reason and password dialogs appear and are answered by typing (see Dialogs). Asserted is
// what the screens show: agenda numbers, time used, late flags, the deviation-reason dialog (and
// that cancelling it saves nothing), Plh. on C's disposition, "Dirahasiakan" for Lina, and the
// engine's refusal when Rina tries to sign a disposition.
#include "catch_qt.h"
#include "test_walkthrough_gui_support.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "admin/delegationspage.h"
#include "complaintform/complaintformwidget.h"
#include "decision/decisionwidget.h"
#include "detail/complaintdetailview.h"
#include "disposition/dispositionprint.h"
#include "disposition/dispositionwidget.h"
#include "document/printcontext.h"
#include "inbox/inboxpage.h"
#include "intakebook/intakebookprint.h"
#include "pdftext.h"
#include "print/documentprinting.h"
#include "mainwindow.h"
#include "models/inboxmodel.h"
#include "models/intakebookmodel.h"
#include "queries/intakebook.h"
#include "resolutionreport/resolutionreportwidget.h"
#include "session/session.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "support/resultbanner.h"
#include "util/error.h"
#include "workflow/workflow.h"
#include "workspaces/conveypanel.h"
#include "workspaces/decisionpanel.h"
#include "workspaces/dispositionpanel.h"
#include "workspaces/headworkspace.h"
#include "workspaces/newcomplaintpage.h"
#include "workspaces/officerworkspace.h"
#include "workspaces/registerpage.h"
#include "workspaces/secretaryworkspace.h"
#include "workspaces/teamworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;
using namespace aduan::test::walkthrough;

namespace {

const QString kPassword = u"rahasia123"_s;
const QString kAdminPassword = u"admin12345"_s;
const QString kDeviationTitle = u"Reason for the deviation"_s;

struct Walk {
    TestOffice office{wib(2026, 3, 2, 8, 0)};
    Dialogs dialogs;
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    /// On a database server (issue 17): every person logs in through the login dialog on
    /// their own server role, whose password is kPassword (useOwnRoles()).
    bool ownRoles = false;
    /// The last day of Dewi's delegation as Plh. (C): 8 April, or the server's own date when
    /// that is later, as the server judges a delegation by its own date.
    QDate plhLastDay{2026, 4, 8};

    /// `username` at their desk, logged in as useOwnRoles() says.
    std::unique_ptr<Desk> desk(const QString &username)
    {
        if (ownRoles)
            return Desk::loggedInOnOwnRole(*office.db, office.clock, username,
                                           username == u"admin"_s ? kAdminPassword : kPassword);
        return std::make_unique<Desk>(office, username);
    }
    /// Gives each person of the walkthrough a server role of their own (the administrator's
    /// "Database account…"), with the password they used before; the program then keeps none.
    void useOwnRoles()
    {
        Administration administration(*office.db, office.clock);
        // The administrator too: a history the server stamps by its own clock takes no later
        // entry stamped by the office connection's (the tests' set) clock.
        for (const qint64 id : {office.admin, office.rina, office.dewi, office.hendra, office.agus,
                                office.lina})
            administration.givePersonRole(office.admin, id, id == office.admin ? kAdminPassword
                                                                               : kPassword);
        const QDate serverToday = QDate::fromString(
            SqlQuery(*office.db, u"SELECT aduan_office_date()::text"_s).scalar().toString(),
            Qt::ISODate);
        REQUIRE(serverToday.isValid());
        plhLastDay = std::max(plhLastDay, serverToday);
        ownRoles = true;
    }

    ComplaintRecord record(qint64 id) const
    {
        return IntakeBook(*office.db, office.clock).complaint(office.dewi, id);
    }
    qint64 complaintCount() const
    {
        return IntakeBook(*office.db, office.clock).count(office.dewi, {});
    }
    /// The number of the step still open, 0 when none.
    int openStep(qint64 id) const
    {
        const ComplaintRecord r = record(id);
        return r.currentStep() ? r.currentStep()->number : 0;
    }
};

template<class T>
T *child(const QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

/// Clicks a check box or radio button on its indicator, as a person does.
void tick(QAbstractButton *button)
{
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(std::min(8, button->width() / 2),
                                                          button->height() / 2));
}

QCheckBox *instruction(const forms::DispositionWidget *form, const QString &text)
{
    for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
        if (box->text() == text)
            return box;
    }
    return nullptr;
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void chooseText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    INFO("combo item " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void type(QWidget *editor, const QString &text)
{
    REQUIRE(editor);
    REQUIRE(editor->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, text);
}

/// Several lines into a plain-text box: Return between them.
void typeLines(QPlainTextEdit *editor, const QStringList &lines)
{
    REQUIRE(editor);
    editor->setFocus();
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

QString clockText(const gui::NewComplaintPage *page)
{
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Step 1 started"_s))
            return label->text();
    }
    return {};
}

QString inboxCell(const gui::InboxPage *inbox, qint64 id, int column)
{
    const int row = inbox->model()->rowOf(id);
    if (row < 0)
        return u"(not in the inbox)"_s;
    return inbox->model()->index(row, column).data().toString();
}

// ---- the screens of each role ------------------------------------------------------------------

gui::NewComplaintPage *newComplaintPage(const Desk &desk)
{
    auto *ws = qobject_cast<gui::OfficerWorkspace *>(desk.showWorkspace(Role::Officer));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->newComplaintPage());
    return ws->newComplaintPage();
}

/// Officer, step 1: Ctrl+S on the new-complaint page; the id registered, 0 when none.
qint64 saveComplaint(Walk &w, const Desk &rina, gui::NewComplaintPage *page)
{
    QSignalSpy registered(page, &gui::NewComplaintPage::registered);
    REQUIRE(rina.pressCtrlS());
    CHECK(w.dialogs.pending() == 0);
    return registered.isEmpty() ? 0 : registered.constFirst().at(0).toLongLong();
}

gui::RegisterPage *secretaryRegister(const Desk &dewi)
{
    auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->registerPage());
    ws->registerPage()->refresh();
    return ws->registerPage();
}

/// Secretary, step 2: selects the complaint in the Buku Penerimaan Pengaduan and clicks
/// "Report to the head".
void reportFromRegister(gui::RegisterPage *page, qint64 id)
{
    gui::IntakeBookModel *model = page->model();
    while (model->rowOf(id) < 0 && model->canFetchMore({}))
        model->fetchMore({});
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    page->view()->selectRow(row);
    REQUIRE(page->selectedComplaintId() == id);
    REQUIRE(click(findButton(page, u"Report to the head"_s)));
}

gui::InboxPage *headInbox(const Desk &head)
{
    auto *ws = qobject_cast<gui::HeadWorkspace *>(head.showWorkspace(Role::Head));
    REQUIRE(ws);
    ws->setCurrentIndex(0);
    return ws->inboxPage();
}

gui::InboxPage *teamInbox(const Desk &team)
{
    auto *ws = qobject_cast<gui::TeamWorkspace *>(team.showWorkspace(Role::Team));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->inboxPage());
    return ws->inboxPage();
}

gui::InboxPage *conveyInbox(const Desk &officer)
{
    auto *ws = qobject_cast<gui::OfficerWorkspace *>(officer.showWorkspace(Role::Officer));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->inboxPage());
    return ws->inboxPage();
}

/// Head (or Plh.), step 3: the Lembar Disposisi of the selected complaint, as in the walkthrough
/// ("Rapatkan segera" ticked, forwarded to the team), with the urgency given.
forms::DispositionWidget *fillDisposition(gui::InboxPage *inbox, qint64 id, QRadioButton **urgency,
                                          const QString &urgencyName)
{
    REQUIRE(inbox->selectComplaint(id));
    auto *panel = qobject_cast<gui::DispositionPanel *>(inbox->panel());
    REQUIRE(panel);
    REQUIRE(panel->isEnabled());
    forms::DispositionWidget *form = panel->form();
    *urgency = child<QRadioButton>(form, urgencyName);
    if (!(*urgency)->isChecked())
        tick(*urgency);
    tick(instruction(form, u"Rapatkan segera"_s));
    CHECK(form->input().instructions == QStringList{u"Rapatkan segera"_s});
    CHECK(form->input().addressee == u"Tim Pengelola Pengaduan"_s);
    return form;
}

/// Team, step 4: the meeting's attendees, discussion and decision typed into the form.
forms::DecisionWidget *fillDecision(gui::InboxPage *inbox, qint64 id, const QString &decision)
{
    REQUIRE(inbox->selectComplaint(id));
    auto *panel = qobject_cast<gui::DecisionPanel *>(inbox->panel());
    REQUIRE(panel);
    REQUIRE(panel->isEnabled());
    forms::DecisionWidget *form = panel->form();
    auto *attendees = child<QListWidget>(form, u"attendeeList"_s);
    for (const QString &name : {u"Agus"_s, u"Lina"_s}) {
        const QList<QListWidgetItem *> items = attendees->findItems(name, Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        items.constFirst()->setCheckState(Qt::Checked);
    }
    type(child<QPlainTextEdit>(form, u"discussionEdit"_s), u"Pembahasan tim."_s);
    type(child<QPlainTextEdit>(form, u"decisionEdit"_s), decision);
    return form;
}

/// Officer, step 5: how the result was conveyed and the complainant's response; the result is
/// the one the form proposes unless `summary` is given.
forms::ResolutionReportWidget *fillConvey(gui::InboxPage *inbox, qint64 id, const QString &method,
                                          const QString &summary, const QString &response)
{
    REQUIRE(inbox->selectComplaint(id));
    auto *panel = qobject_cast<gui::ConveyPanel *>(inbox->panel());
    REQUIRE(panel);
    REQUIRE(panel->isEnabled());
    forms::ResolutionReportWidget *form = panel->form();
    chooseData(child<QComboBox>(form, u"methodCombo"_s), method);
    if (!summary.isEmpty()) {
        auto *edit = child<QPlainTextEdit>(form, u"summaryEdit"_s);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, summary);
    }
    if (!response.isEmpty())
        type(child<QPlainTextEdit>(form, u"responseEdit"_s), response);
    return form;
}

/// The detail of a complaint as the officer opens it from the intake book ("Details").
struct Detail {
    gui::ComplaintDetailView *view = nullptr;
    QStringList step(int number) const { return rowTexts(view->timeline(), number - 1); }
};

Detail openDetailFromRegister(const Desk &desk, qint64 id)
{
    auto *ws = qobject_cast<QTabWidget *>(desk.window().workspace(desk.window().roles().first()));
    REQUIRE(ws);
    auto *page = ws->findChild<gui::RegisterPage *>();
    REQUIRE(page);
    ws->setCurrentWidget(page);
    page->refresh();
    while (page->model()->rowOf(id) < 0 && page->model()->canFetchMore({}))
        page->model()->fetchMore({});
    const int row = page->model()->rowOf(id);
    REQUIRE(row >= 0);
    page->view()->selectRow(row);
    REQUIRE(click(findButton(page, u"Details"_s)));
    Detail detail{openedDetail(page)};
    REQUIRE(detail.view);
    REQUIRE(detail.view->complaintId() == id);
    return detail;
}

/// Time used, target and late flag of a step in the detail's timeline.
void checkStep(const Detail &detail, int number, const QString &used, const QString &late)
{
    const QStringList row = detail.step(number);
    INFO("step " << number << ": " << row.join(u" | "_s).toStdString());
    REQUIRE(row.size() == 9);
    CHECK(row.at(0) == QString::number(number));
    CHECK(row.at(5) == used);
    CHECK(row.at(7) == late);
}

const SeenDialog &lastSeen(const Walk &w)
{
    REQUIRE_FALSE(w.dialogs.seen().isEmpty());
    return w.dialogs.seen().constLast();
}

/// The deviation dialog that appeared (and was answered or cancelled) for a late step.
void checkDeviationDialog(const SeenDialog &seen, const QString &sentence)
{
    CHECK(seen.kind == u"reason"_s);
    CHECK(seen.title == kDeviationTitle);
    INFO("message: " << seen.message.toStdString());
    CHECK(seen.message.startsWith(sentence));
    CHECK(seen.okDisabledWhileBlank);
}

// ---- A -----------------------------------------------------------------------------------------

void walkthroughA(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // Step 1: Rina opens the form at 09:00:00, saves at 09:04:10.
    clock.set(wib(2026, 3, 2, 9, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        CHECK(child<QComboBox>(form, u"channelCombo"_s)->currentData().toInt()
              == int(Channel::Direct));
        CHECK(child<QRadioButton>(form, u"publicRadio"_s)->isChecked());
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Budi Santoso"_s);
        type(child<QLineEdit>(form, u"nikEdit"_s), u"3572021208750004"_s);
        tick(child<QRadioButton>(form, u"maleRadio"_s));
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"0812 3456 7801"_s);
        CHECK(child<QLabel>(form, u"phonePreview"_s)->text() == u"saved as +6281234567801"_s);
        type(child<QLineEdit>(form, u"addressEdit"_s),
             u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s);
        tick(child<QCheckBox>(form, u"requirement_identity_card"_s));
        tick(child<QCheckBox>(form, u"requirement_evidence"_s));
        typeLines(child<QPlainTextEdit>(form, u"evidenceEdit"_s),
                  {u"fotokopi KKS"_s, u"fotokopi buku tabungan"_s});
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Bantuan PKH tahap 3 dan 4 tidak cair"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Sejak Juli bantuan PKH tidak masuk ke rekening, padahal masih terdaftar sebagai "
             "penerima."_s);
        chooseText(child<QComboBox>(form, u"categoryCombo"_s), u"Bantuan sosial"_s);
        CHECK(page->formOpenedAt() == wib(2026, 3, 2, 9, 0));

        clock.set(wib(2026, 3, 2, 9, 4, 10));
        emit rina.session().tick();
        CHECK(clockText(page) == u"Step 1 started 09.00.00 · 4 mnt 10 dtk used"_s);
        w.a = saveComplaint(w, rina, page);
        REQUIRE(w.a > 0);
        CHECK(w.dialogs.seen().isEmpty()); // on time: no reason asked
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->isVisible());
        CHECK(page->banner()->text().contains(u"Registered as"_s));
        CHECK(page->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 4 mnt 10 dtk against a target of 5 minutes: on time."_s));
        CHECK(page->form()->draft().subject.isEmpty()); // a fresh form for the next person
    }

    // Step 2: Dewi reports it to the head from the register at 09:12:00 (7 mnt 50 dtk).
    clock.set(wib(2026, 3, 2, 9, 12));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
        REQUIRE(ws);
        CHECK(inboxCell(ws->inboxPage(), w.a, gui::InboxModel::Number) == u"0001/ADUAN/III/2026"_s);
        CHECK(inboxCell(ws->inboxPage(), w.a, gui::InboxModel::TimeLeft) == u"2 mnt 10 dtk left"_s);
        gui::RegisterPage *page = secretaryRegister(dewi);
        CHECK(page->model()->total() == 1);
        reportFromRegister(page, w.a);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        const QString banner = page->findChild<gui::ResultBanner *>()->text();
        CHECK(banner.contains(u"0001/ADUAN/III/2026"_s));
        CHECK(banner.contains(u"is reported to the head"_s));
        CHECK(w.openStep(w.a) == 3);
    }

    // Step 3: Hendra signs the disposition, sifat Segera, at 09:20:00 (8 mnt).
    clock.set(wib(2026, 3, 2, 9, 20));
    {
        const auto hendraDesk = w.desk(u"hendra"_s);
        Desk &hendra = *hendraDesk;
        gui::InboxPage *inbox = headInbox(hendra);
        CHECK(inboxCell(inbox, w.a, gui::InboxModel::TimeLeft) == u"2 mnt left"_s);
        QRadioButton *urgency = nullptr;
        forms::DispositionWidget *form = fillDisposition(inbox, w.a, &urgency, u"segeraRadio"_s);
        CHECK(child<QLabel>(form, u"numberValue"_s)->text() == u"0001/ADUAN/III/2026"_s);
        CHECK(child<QLabel>(form, u"fromValue"_s)->text() == u"Budi Santoso"_s);
        CHECK(form->input().urgency == Urgency::Segera);
        // A wrong password signs nothing. (Not on the persons' own roles: the office's
        // connection would count the failure in a history the server has stamped by its own
        // clock, months after this test's; the server's refusal of a wrong password is tested
        // by [personsession] in core_tests and the idle lock's in gui_walkthrough_tests.)
        if (!w.ownRoles) {
            w.dialogs.expectPassword(u"salah-ketik"_s);
            REQUIRE(hendra.pressCtrlS());
            CHECK(w.dialogs.pending() == 0);
            CHECK(w.dialogs.problems()
                  == QStringList{u"The password is not correct; the disposition is not signed."_s});
            CHECK(w.openStep(w.a) == 3);
            CHECK(inbox->model()->rowOf(w.a) >= 0);
            w.dialogs.clearSeen();
        }

        w.dialogs.expectPassword(kPassword);
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).kind == u"password"_s);
        CHECK(lastSeen(w).message.contains(u"0001/ADUAN/III/2026 as Kepala Dinas."_s));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.a) < 0);
        CHECK(inbox->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(w.openStep(w.a) == 4);
        w.dialogs.clearSeen();
    }

    // Step 4: Agus records the decision, within the office's authority, at 09:45:00 (25 mnt).
    clock.set(wib(2026, 3, 2, 9, 45));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.a, gui::InboxModel::TimeLeft) == u"5 mnt left"_s);
        forms::DecisionWidget *form =
            fillDecision(inbox, w.a, u"Diverifikasi ulang ke pendamping PKH."_s);
        CHECK(child<QRadioButton>(form, u"withinRadio"_s)->isChecked());
        CHECK(form->input().attendees == (QStringList{u"Agus"_s, u"Lina"_s}));
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.a) < 0);
        CHECK(w.openStep(w.a) == 5);
    }

    // Step 5: Rina conveys the result by telephone at 09:53:00 (8 mnt).
    clock.set(wib(2026, 3, 2, 9, 53));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        forms::ResolutionReportWidget *form =
            fillConvey(inbox, w.a, u"telepon"_s, {}, u"Menerima"_s);
        CHECK(child<QPlainTextEdit>(form, u"summaryEdit"_s)->toPlainText()
              == u"Diverifikasi ulang ke pendamping PKH."_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->banner()->text().contains(u"The Berita Acara of"_s));
        CHECK(inbox->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(w.openStep(w.a) == 0);

        const Detail detail = openDetailFromRegister(rina, w.a);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"4 mnt 10 dtk"_s, u"on time"_s);
        checkStep(detail, 2, u"7 mnt 50 dtk"_s, u"on time"_s);
        checkStep(detail, 3, u"8 mnt"_s, u"on time"_s);
        checkStep(detail, 4, u"25 mnt"_s, u"on time"_s);
        checkStep(detail, 5, u"8 mnt"_s, u"on time"_s);
        CHECK(detail.step(3).at(2) == u"Kepala Dinas: Drs. Hendra Wijaya, M.Si."_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Segera"_s));
        CHECK(outputs.contains(u"Drs. Hendra Wijaya, M.Si., NIP 197003121995031004"_s));
        CHECK_FALSE(outputs.contains(u"Plh."_s));
    }
}

// ---- B -----------------------------------------------------------------------------------------

void walkthroughB(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // Step 1: the SMS of Wednesday 21:14, registered Thursday 19 March 15:50:00–15:53:30.
    clock.set(wib(2026, 3, 19, 15, 50));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        auto *receivedAt = child<QLineEdit>(form, u"receivedAtEdit"_s);
        CHECK_FALSE(receivedAt->isEnabled()); // direct: received now
        chooseData(child<QComboBox>(form, u"channelCombo"_s), int(Channel::Sms));
        CHECK(receivedAt->isEnabled());
        receivedAt->selectAll();
        type(receivedAt, u"18/03/2026 21.14"_s); // in one go, office time
        CHECK(form->draft().receivedAt == wib(2026, 3, 18, 21, 14));
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Ibu Lestari"_s);
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"085712340001"_s);
        auto *identityCard = child<QCheckBox>(form, u"requirement_identity_card"_s);
        auto *evidence = child<QCheckBox>(form, u"requirement_evidence"_s);
        CHECK_FALSE(identityCard->isChecked());
        CHECK_FALSE(evidence->isChecked());
        type(child<QLineEdit>(form, u"waiver_identity_card"_s),
             u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s);
        type(child<QLineEdit>(form, u"waiver_evidence"_s), u"Bukti akan dikirim menyusul"_s);
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Orang dengan gangguan jiwa berkeliaran"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Di sekitar pasar Legi ada ODGJ tidur di emperan toko sejak tiga hari."_s);
        CHECK(page->formOpenedAt() == wib(2026, 3, 19, 15, 50));

        clock.set(wib(2026, 3, 19, 15, 53, 30));
        w.b = saveComplaint(w, rina, page);
        REQUIRE(w.b > 0);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->text().contains(u"0002/ADUAN/III/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 3 mnt 30 dtk against a target of 5 minutes: on time."_s));

        const Detail detail = openDetailFromRegister(rina, w.b);
        const QString summary = detailTabText(detail.view, u"Complaint"_s);
        CHECK(summary.contains(u"Rabu, 18 Maret 2026 21.14"_s));
        CHECK(summary.contains(u"not shown: Aduan melalui SMS; identitas dikonfirmasi lewat "
                               "telepon"_s));
        CHECK(summary.contains(u"not shown: Bukti akan dikirim menyusul"_s));
        // Five working days: Thu 19, Mon 23 (Fri 20 is Nyepi), Tue 24, Wed 25, Thu 26.
        CHECK(summary.contains(u"Kamis, 26 Maret 2026 16.00"_s));
    }

    // Step 2: Monday 23 March 07:45:00 — 21 mnt 30 dtk, late by 11 mnt 30 dtk.
    clock.set(wib(2026, 3, 23, 7, 45));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
        REQUIRE(ws);
        CHECK(inboxCell(ws->inboxPage(), w.b, gui::InboxModel::TimeLeft)
              == u"11 mnt 30 dtk overdue"_s);
        gui::RegisterPage *page = secretaryRegister(dewi);

        // Without a reason nothing is saved.
        w.dialogs.expectReasonCancelled();
        reportFromRegister(page, w.b);
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 2 took 21 mnt 30 dtk against a target of 10 minutes: it is "
                             "late by 11 mnt 30 dtk."_s);
        CHECK(w.openStep(w.b) == 2);
        CHECK_FALSE(w.record(w.b).steps.at(1).completed());
        CHECK(page->model()->rowAt(page->model()->rowOf(w.b))->currentStep == 2);

        // With the reason it is.
        w.dialogs.expectReason(u"Libur Nyepi dan akhir pekan"_s);
        reportFromRegister(page, w.b);
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 2 took 21 mnt 30 dtk against a target of 10 minutes: it is "
                             "late by 11 mnt 30 dtk."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.b) == 3);
        const ComplaintRecord record = w.record(w.b);
        CHECK(record.steps.at(1).late);
        CHECK(record.steps.at(1).deviationReason == u"Libur Nyepi dan akhir pekan"_s);
        w.dialogs.clearSeen();
    }

    // Step 3: Hendra at 08:00:00 — 15 mnt, late by 5 mnt.
    clock.set(wib(2026, 3, 23, 8, 0));
    {
        const auto hendraDesk = w.desk(u"hendra"_s);
        Desk &hendra = *hendraDesk;
        gui::InboxPage *inbox = headInbox(hendra);
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"5 mnt overdue"_s);
        QRadioButton *urgency = nullptr;
        fillDisposition(inbox, w.b, &urgency, u"biasaRadio"_s);

        w.dialogs.expectPassword(kPassword);
        w.dialogs.expectReasonCancelled();
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 3 took 15 mnt against a target of 10 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.openStep(w.b) == 3);
        CHECK_FALSE(w.record(w.b).disposition);
        CHECK(inbox->model()->rowOf(w.b) >= 0);

        w.dialogs.expectPassword(kPassword);
        w.dialogs.expectReason(u"Rapat pimpinan pagi"_s);
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 4);
        checkDeviationDialog(lastSeen(w),
                             u"Step 3 took 15 mnt against a target of 10 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.b) < 0);
        CHECK(w.openStep(w.b) == 4);
        // The banner says what the step's time came to, as step 1's does.
        CHECK(inbox->banner()->text().contains(
            u"Step 3 took 15 mnt against a target of 10 minutes: it is late by 5 mnt."_s));
        w.dialogs.clearSeen();
    }

    // Step 4: Agus puts it on hold 08:10–10:10 and refers it to Dinas Kesehatan at 10:25:00
    // (145 − 120 = 25 mnt). His PC stays on meanwhile.
    clock.set(wib(2026, 3, 23, 8, 10));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        REQUIRE(inbox->selectComplaint(w.b));
        w.dialogs.expectReason(u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
        REQUIRE(click(findButton(inbox, u"Put on hold…"_s)));
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).title == u"Put on hold"_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.record(w.b).isPaused());
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"On hold"_s);
        CHECK_FALSE(inbox->panel()->isEnabled()); // resume before completing the step

        clock.set(wib(2026, 3, 23, 10, 10));
        emit agus.session().tick();
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"On hold"_s);
        w.dialogs.expectReason(u"Data kepesertaan diterima dari BPJS Kesehatan"_s);
        REQUIRE(click(findButton(inbox, u"Resume…"_s)));
        CHECK(w.dialogs.pending() == 0);
        CHECK(lastSeen(w).title == u"Resume"_s);
        CHECK_FALSE(w.record(w.b).isPaused());
        CHECK(inbox->panel()->isEnabled());

        clock.set(wib(2026, 3, 23, 10, 25));
        emit agus.session().tick();
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"5 mnt left"_s);
        forms::DecisionWidget *form =
            fillDecision(inbox, w.b, u"Bukan kewenangan Dinas Sosial."_s);
        auto *meeting = child<QLineEdit>(form, u"meetingAtEdit"_s); // typed in one go
        meeting->setFocus();
        meeting->selectAll();
        QTest::keyClicks(meeting, u"23/03/2026 10.15"_s);
        auto *agency = child<QComboBox>(form, u"agencyCombo"_s);
        CHECK_FALSE(agency->isEnabled()); // only for a referral
        tick(child<QRadioButton>(form, u"referRadio"_s));
        CHECK(agency->isEnabled());
        chooseText(agency, u"Dinas Kesehatan Kota Blitar"_s);
        type(child<QPlainTextEdit>(form, u"reasonEdit"_s),
             u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s);
        type(child<QLineEdit>(form, u"letterNumberEdit"_s), u"400/12/410.105/2026"_s);
        const DecisionInput input = form->input();
        CHECK(input.meetingAt == wib(2026, 3, 23, 10, 15));
        CHECK_FALSE(input.withinAuthority);
        REQUIRE(input.referral);
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.seen().size() == 2); // hold and resume only: on time
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.b) < 0);
        const ComplaintRecord record = w.record(w.b);
        REQUIRE(record.referral);
        CHECK(record.referral->agencyName == u"Dinas Kesehatan Kota Blitar"_s);
        CHECK(w.openStep(w.b) == 5);
        w.dialogs.clearSeen();
    }

    // Step 5: Rina conveys where the complaint went at 10:30:00 (5 mnt).
    clock.set(wib(2026, 3, 23, 10, 30));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        forms::ResolutionReportWidget *form = fillConvey(inbox, w.b, u"telepon"_s, {}, {});
        CHECK(child<QPlainTextEdit>(form, u"summaryEdit"_s)->toPlainText()
              == u"Disalurkan ke Dinas Kesehatan Kota Blitar dengan surat nomor "
                 "400/12/410.105/2026."_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.b) == 0);

        const Detail detail = openDetailFromRegister(rina, w.b);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"3 mnt 30 dtk"_s, u"on time"_s);
        checkStep(detail, 2, u"21 mnt 30 dtk"_s, u"late by 11 mnt 30 dtk"_s);
        checkStep(detail, 3, u"15 mnt"_s, u"late by 5 mnt"_s);
        checkStep(detail, 4, u"25 mnt"_s, u"on time"_s);
        checkStep(detail, 5, u"5 mnt"_s, u"on time"_s);
        CHECK(detail.step(2).at(8) == u"Libur Nyepi dan akhir pekan"_s);
        CHECK(detail.step(3).at(8) == u"Rapat pimpinan pagi"_s);
        QTableWidget *pauses = detailPauses(detail.view);
        REQUIRE(pauses);
        REQUIRE(pauses->rowCount() == 1);
        const QStringList pause = rowTexts(pauses, 0);
        CHECK(pause.at(0) == u"4"_s);
        CHECK(pause.at(1) == u"23 Mar 2026 08.10"_s);
        CHECK(pause.at(2) == u"23 Mar 2026 10.10"_s);
        CHECK(pause.at(3) == u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Formulir Penyaluran Pengaduan Bukan Kewenangan"_s));
        CHECK(outputs.contains(u"Dinas Kesehatan Kota Blitar"_s));
    }
}

// ---- C -----------------------------------------------------------------------------------------

void walkthroughC(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // The administrator delegates the head's signing to Dewi for 6–8 April (Friday 3 April).
    clock.set(wib(2026, 4, 3, 9, 0));
    {
        const auto adminDesk = w.desk(u"admin"_s);
        Desk &admin = *adminDesk;
        auto *ws = qobject_cast<QTabWidget *>(admin.showWorkspace(Role::Admin));
        REQUIRE(ws);
        auto *page = ws->findChild<gui::DelegationsPage *>();
        REQUIRE(page);
        ws->setCurrentWidget(page);
        chooseText(page->findChild<QComboBox *>(), u"Dewi"_s);
        const QList<QDateEdit *> dates = page->findChildren<QDateEdit *>();
        REQUIRE(dates.size() == 2);
        dates.at(0)->setDate(QDate(2026, 4, 6)); // as chosen in the calendar pop-up
        dates.at(1)->setDate(w.plhLastDay);
        QLineEdit *reason = nullptr;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->placeholderText() == u"e.g. Kepala Dinas on leave"_s)
                reason = edit;
        }
        type(reason, u"Kepala Dinas cuti"_s);
        REQUIRE(click(findButton(page, u"Add delegation"_s)));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        auto *table = page->findChild<QTableWidget *>();
        REQUIRE(table->rowCount() == 1);
        const QStringList row = rowTexts(table, 0);
        CHECK(row == (QStringList{u"Dewi"_s, u"Senin, 6 April 2026"_s,
                                  w.ownRoles ? row.value(2) : u"Rabu, 8 April 2026"_s,
                                  u"Kepala Dinas cuti"_s, u"coming"_s}));
    }

    // Step 1: Rina, Monday 6 April, form opened 10:00:00, saved 10:06:00 — late by 1 mnt.
    clock.set(wib(2026, 4, 6, 10, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        tick(child<QRadioButton>(form, u"confidentialRadio"_s));
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Hartini"_s);
        type(child<QLineEdit>(form, u"nikEdit"_s), u"3572015203880002"_s);
        // As on paper: P on the gender buttons.
        auto *male = child<QRadioButton>(form, u"maleRadio"_s);
        male->setFocus();
        QTest::keyClick(male, Qt::Key_P);
        CHECK(child<QRadioButton>(form, u"femaleRadio"_s)->isChecked());
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"081234567808"_s);
        tick(child<QCheckBox>(form, u"requirement_identity_card"_s));
        tick(child<QCheckBox>(form, u"requirement_evidence"_s));
        type(child<QPlainTextEdit>(form, u"evidenceEdit"_s), u"catatan tanggal kejadian"_s);
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Pungutan liar saat pencairan bantuan"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Saya diminta menyerahkan sebagian bantuan kepada pendamping."_s);
        CHECK(page->form()->draft().confidentiality == Confidentiality::Confidential);

        clock.set(wib(2026, 4, 6, 10, 6));
        // Without a reason nothing is saved, and the form keeps what was typed.
        w.dialogs.expectReasonCancelled();
        CHECK(saveComplaint(w, rina, page) == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 1 took 6 mnt against a target of 5 minutes: it is late by "
                             "1 mnt."_s);
        CHECK(w.complaintCount() == 2);
        CHECK(page->form()->draft().complainant->name == u"Hartini"_s);
        CHECK(page->form()->draft().subject == u"Pungutan liar saat pencairan bantuan"_s);

        w.dialogs.expectReason(u"Pengadu ragu-ragu menyampaikan identitasnya"_s);
        w.c = saveComplaint(w, rina, page);
        REQUIRE(w.c > 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 1 took 6 mnt against a target of 5 minutes: it is late by "
                             "1 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->text().contains(u"0003/ADUAN/IV/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 6 mnt against a target of 5 minutes: it is late by 1 mnt."_s));
        CHECK(w.complaintCount() == 3);
        w.dialogs.clearSeen();
    }

    // Step 2: Dewi, 10:10:00 (4 mnt). Today she is also acting head.
    clock.set(wib(2026, 4, 6, 10, 10));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        CHECK(dewi.window().roles() == (QList<Role>{Role::Secretary, Role::Head}));
        reportFromRegister(secretaryRegister(dewi), w.c);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 3);
    }

    // Rina cannot sign a disposition: she has no head's workspace, and when the Lembar
    // Disposisi is put before her anyway, the engine's refusal is shown, not hidden.
    clock.set(wib(2026, 4, 6, 10, 12));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        CHECK(rina.window().roles() == QList<Role>{Role::Officer});
        CHECK(rina.window().workspace(Role::Head) == nullptr);

        QString engineMessage;
        try {
            DispositionInput input;
            input.instructions = {u"Rapatkan segera"_s};
            input.addressee = u"Tim Pengelola Pengaduan"_s;
            Workflow(*w.office.db, clock).dispose(w.office.rina, ComplaintRef{w.c, {}}, input);
        } catch (const Error &error) {
            CHECK(error.code() == Error::Code::Forbidden);
            engineMessage = error.message();
        }
        REQUIRE_FALSE(engineMessage.isEmpty());
        CHECK(engineMessage.contains(u"Rina"_s));

        gui::DispositionPanel panel(rina.session());
        panel.resize(900, 700);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        panel.setComplaint(rina.session().intakeBook().complaint(w.office.rina, w.c));
        tick(instruction(panel.form(), u"Rapatkan segera"_s));
        w.dialogs.expectPassword(kPassword);
        REQUIRE(click(findButton(&panel, u"Sign disposition…"_s)));
        CHECK(w.dialogs.pending() == 0);
        CHECK(w.dialogs.problems() == QStringList{engineMessage});
        CHECK(w.openStep(w.c) == 3);
        CHECK_FALSE(w.record(w.c).disposition);
        w.dialogs.clearSeen();
    }

    // Step 3: Dewi as Plh. Kepala Dinas, sifat Rahasia, 10:15:00 (5 mnt).
    clock.set(wib(2026, 4, 6, 10, 15));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        gui::InboxPage *inbox = headInbox(dewi);
        bool statusSaysPlh = false;
        for (const QLabel *label : dewi.window().statusBar()->findChildren<QLabel *>())
            statusSaysPlh = statusSaysPlh || label->text() == u"Dewi — Plh. Kepala Dinas"_s;
        CHECK(statusSaysPlh);
        bool notePlh = false;
        for (const QLabel *label : dewi.window().workspace(Role::Head)->findChildren<QLabel *>())
            notePlh = notePlh || label->text().startsWith(u"You sign as Plh. Kepala Dinas"_s);
        CHECK(notePlh);

        REQUIRE(inbox->selectComplaint(w.c));
        auto *panel = qobject_cast<gui::DispositionPanel *>(inbox->panel());
        REQUIRE(panel);
        // A confidential complaint proposes the urgency Rahasia.
        CHECK(child<QRadioButton>(panel->form(), u"rahasiaRadio"_s)->isChecked());
        CHECK(child<QLabel>(panel->form(), u"fromValue"_s)->text() == u"Hartini"_s);
        QRadioButton *urgency = nullptr;
        forms::DispositionWidget *form = fillDisposition(inbox, w.c, &urgency, u"rahasiaRadio"_s);
        CHECK(form->input().urgency == Urgency::Rahasia);
        w.dialogs.expectPassword(kPassword);
        REQUIRE(dewi.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).message.contains(u"0003/ADUAN/IV/2026 as Plh. Kepala Dinas."_s));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 4);
        w.dialogs.clearSeen();

        // The disposition record and its sheet.
        const ComplaintRecord record = w.record(w.c);
        REQUIRE(record.disposition);
        CHECK(record.disposition->signedAsActing);
        CHECK(record.disposition->signerName == u"Dewi"_s);
        CHECK(record.disposition->signerNip == u"198104222006042007"_s);
        forms::PrintContext context;
        context.office = SettingsStore(*w.office.db).officeProfile();
        const forms::FormDocument sheet = forms::dispositionDocument(record, context);
        const QString printed = sheet.text().toPlainText();
        CHECK(printed.contains(u"Plh. Kepala Dinas Sosial"_s));
        CHECK(printed.contains(u"19810422 200604 2 007"_s));
    }

    // Lina (team, no right to see confidential identities) and Agus (who has it) at 10:20.
    clock.set(wib(2026, 4, 6, 10, 20));
    {
        const auto linaDesk = w.desk(u"lina"_s);
        Desk &lina = *linaDesk;
        gui::InboxPage *inbox = teamInbox(lina);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Number) == u"0003/ADUAN/IV/2026"_s);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Dirahasiakan"_s);
        REQUIRE(inbox->selectComplaint(w.c));
        auto *panel = qobject_cast<gui::DecisionPanel *>(inbox->panel());
        REQUIRE(panel);
        CHECK(child<QLabel>(panel->form(), u"fromValue"_s)->text() == u"Dirahasiakan"_s);
        REQUIRE(click(findButton(inbox, u"Details"_s)));
        gui::ComplaintDetailView *view = openedDetail(inbox);
        REQUIRE(view);
        CHECK(view->record().identityHidden);
        const QString summary = detailTabText(view, u"Complaint"_s);
        CHECK(summary.contains(u"Dirahasiakan"_s));
        CHECK_FALSE(summary.contains(u"Hartini"_s));
        CHECK_FALSE(summary.contains(u"3572015203880002"_s));
        CHECK_FALSE(summary.contains(u"081234567808"_s));
        // Her intake book too.
        const Detail fromRegister = openDetailFromRegister(lina, w.c);
        CHECK(fromRegister.view->record().complainantDisplayName() == u"Dirahasiakan"_s);
        auto *page = qobject_cast<QTabWidget *>(lina.window().workspace(Role::Team))
                         ->findChild<gui::RegisterPage *>();
        CHECK(page->model()
                  ->index(page->model()->rowOf(w.c), gui::IntakeBookModel::Complainant)
                  .data()
                  .toString()
              == u"Dirahasiakan"_s);
    }
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Hartini"_s);
        REQUIRE(inbox->selectComplaint(w.c));
        CHECK(child<QLabel>(inbox->panel(), u"fromValue"_s)->text() == u"Hartini"_s);
        REQUIRE(click(findButton(inbox, u"Details"_s)));
        gui::ComplaintDetailView *view = openedDetail(inbox);
        REQUIRE(view);
        CHECK(detailTabText(view, u"Complaint"_s).contains(u"Hartini"_s));
    }

    // Step 4: Agus at 10:50:00 — 35 mnt, late by 5 mnt.
    clock.set(wib(2026, 4, 6, 10, 50));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::TimeLeft) == u"5 mnt overdue"_s);
        fillDecision(inbox, w.c, u"Ditindaklanjuti."_s);

        w.dialogs.expectReasonCancelled();
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 4 took 35 mnt against a target of 30 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.openStep(w.c) == 4);
        CHECK_FALSE(w.record(w.c).decision);
        CHECK(inbox->model()->rowOf(w.c) >= 0);

        w.dialogs.expectReason(u"Menunggu klarifikasi pendamping"_s);
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 4 took 35 mnt against a target of 30 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.c) < 0);
        CHECK(w.openStep(w.c) == 5);
        w.dialogs.clearSeen();
    }

    // Step 5: Rina conveys the result in person at 11:00:00 — 10 mnt, exactly on target.
    clock.set(wib(2026, 4, 6, 11, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Hartini"_s);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::TimeLeft) == u"0 dtk left"_s);
        fillConvey(inbox, w.c, u"langsung"_s, u"Pendamping diperiksa inspektorat."_s, u"Puas"_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 0);

        const Detail detail = openDetailFromRegister(rina, w.c);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"6 mnt"_s, u"late by 1 mnt"_s);
        checkStep(detail, 2, u"4 mnt"_s, u"on time"_s);
        checkStep(detail, 3, u"5 mnt"_s, u"on time"_s);
        checkStep(detail, 4, u"35 mnt"_s, u"late by 5 mnt"_s);
        checkStep(detail, 5, u"10 mnt"_s, u"on time"_s);
        CHECK(detail.step(1).at(8) == u"Pengadu ragu-ragu menyampaikan identitasnya"_s);
        CHECK(detail.step(4).at(8) == u"Menunggu klarifikasi pendamping"_s);
        CHECK(detail.step(3).at(2) == u"Kepala Dinas: Plh. Dewi"_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Rahasia"_s));
        CHECK(outputs.contains(u"Plh. Dewi, NIP 198104222006042007"_s));
    }

    // The register after the three: one database, the numbers in order.
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        gui::RegisterPage *page = secretaryRegister(dewi);
        CHECK(page->model()->total() == 3);
        CHECK(page->model()->index(page->model()->rowOf(w.a), gui::IntakeBookModel::Number)
                  .data().toString() == u"0001/ADUAN/III/2026"_s);
        CHECK(page->model()->index(page->model()->rowOf(w.b), gui::IntakeBookModel::Number)
                  .data().toString() == u"0002/ADUAN/III/2026"_s);
        CHECK(page->model()->index(page->model()->rowOf(w.c), gui::IntakeBookModel::Number)
                  .data().toString() == u"0003/ADUAN/IV/2026"_s);
    }
}

} // namespace

TEST_CASE("Walkthroughs A, B and C through the screens, in one database", "[gui][walkthrough]")
{
    Walk w;
    walkthroughA(w);
    walkthroughB(w);
    walkthroughC(w);
    CHECK(w.dialogs.unexpected().join(u"\n"_s) == QString());
    CHECK(w.dialogs.pending() == 0);
    CHECK(w.complaintCount() == 3);
}

TEST_CASE("Walkthroughs A, B and C through the screens on PostgreSQL, each person logged in "
          "through the login dialog on their own server role",
          "[gui][walkthrough][pgroles][personsession]")
{
    if (!test::onPostgres())
        return; // person roles exist on a database server only (issue 17)
    Walk w;
    w.useOwnRoles();
    walkthroughA(w);
    walkthroughB(w);
    walkthroughC(w);
    CHECK(w.dialogs.unexpected().join(u"\n"_s) == QString());
    CHECK(w.dialogs.pending() == 0);
    CHECK(w.complaintCount() == 3);

    // Lina's prints of C, laid out from what her own session read (the print preview's path:
    // gui::printing), written to PDF and read back: "Dirahasiakan", no part of the identity.
    // Agus's Formulir Aduan, printed the same way, names Hartini.
    const QStringList secrets{u"Hartini"_s, u"3572015203880002"_s, u"081234567808"_s,
                              u"81234567808"_s};
    printtest::PdfFolder pdfs;
    const auto printed = [&pdfs, &w](gui::Session &session, gui::ComplaintDocument document) {
        const ComplaintRecord record = session.intakeBook().complaint(session.userId(), w.c);
        const forms::PrintContext context = gui::printing::printContext(session);
        const QString name = u"%1-%2"_s.arg(session.user().username).arg(int(document));
        if (document == gui::ComplaintDocument::IntakeBookLine) {
            const QDate day = record.receivedAt.toTimeZone(session.officeZone()).date();
            IntakeBookFilter filter;
            filter.fromDate = day;
            filter.toDate = day;
            forms::IntakeBookPrint book(session.intakeBook().all(session.userId(), filter), day,
                                        day, context);
            return printtest::pdfFlatText(pdfs.write(book, name));
        }
        forms::FormDocument form = gui::printing::complaintDocument(document, record, context);
        return printtest::pdfFlatText(pdfs.write(form, name));
    };
    {
        const auto linaDesk = w.desk(u"lina"_s);
        gui::Session &lina = linaDesk->session();
        REQUIRE(lina.database().isPersonSession());
        const QList<gui::ComplaintDocument> documents =
            gui::printing::availableDocuments(lina, w.c);
        CHECK(documents.contains(gui::ComplaintDocument::ResolutionReport));
        for (const gui::ComplaintDocument document : documents) {
            INFO("Lina's " << gui::printing::documentTitle(document).toStdString());
            const QString text = printed(lina, document);
            CHECK(text.contains(u"0003/ADUAN/IV/2026"_s));
            for (const QString &secret : secrets)
                CHECK_FALSE(text.contains(secret));
            if (document == gui::ComplaintDocument::ComplaintForm
                || document == gui::ComplaintDocument::Receipt
                || document == gui::ComplaintDocument::IntakeBookLine)
                CHECK(text.contains(u"Dirahasiakan"_s));
        }
    }
    {
        const auto agusDesk = w.desk(u"agus"_s);
        CHECK(printed(agusDesk->session(), gui::ComplaintDocument::ComplaintForm)
                  .contains(u"Hartini"_s));
    }
}
