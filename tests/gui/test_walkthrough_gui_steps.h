#pragma once

// The walkthroughs through the screens (test_walkthrough_gui.cpp, test_walkthrough_gui_c.cpp):
// one Walk through ../shared/cases/walkthrough.md in one database, and the small steps every
// walkthrough takes at a desk — finding a screen's widgets, typing, choosing, pressing, reading
// a cell, checking a step's figures and the deviation dialog.
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

namespace aduan::test::walkthrough {

using namespace Qt::StringLiterals;

inline const QString kPassword = u"rahasia123"_s;
inline const QString kAdminPassword = u"admin12345"_s;
inline const QString kDeviationTitle = u"Reason for the deviation"_s;

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
inline T *child(const QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

/// Clicks a check box or radio button on its indicator, as a person does.
inline void tick(QAbstractButton *button)
{
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(std::min(8, button->width() / 2),
                                                          button->height() / 2));
}

inline QCheckBox *instruction(const forms::DispositionWidget *form, const QString &text)
{
    for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
        if (box->text() == text)
            return box;
    }
    return nullptr;
}

inline void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

inline void chooseText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    INFO("combo item " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

inline void type(QWidget *editor, const QString &text)
{
    REQUIRE(editor);
    REQUIRE(editor->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, text);
}

/// Several lines into a plain-text box: Return between them.
inline void typeLines(QPlainTextEdit *editor, const QStringList &lines)
{
    REQUIRE(editor);
    editor->setFocus();
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

inline QString clockText(const gui::NewComplaintPage *page)
{
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Step 1 started"_s))
            return label->text();
    }
    return {};
}

inline QString inboxCell(const gui::InboxPage *inbox, qint64 id, int column)
{
    const int row = inbox->model()->rowOf(id);
    if (row < 0)
        return u"(not in the inbox)"_s;
    return inbox->model()->index(row, column).data().toString();
}

// ---- the screens of each role ------------------------------------------------------------------

inline gui::NewComplaintPage *newComplaintPage(const Desk &desk)
{
    auto *ws = qobject_cast<gui::OfficerWorkspace *>(desk.showWorkspace(Role::Officer));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->newComplaintPage());
    return ws->newComplaintPage();
}

/// Officer, step 1: Ctrl+S on the new-complaint page; the id registered, 0 when none.
inline qint64 saveComplaint(Walk &w, const Desk &rina, gui::NewComplaintPage *page)
{
    QSignalSpy registered(page, &gui::NewComplaintPage::registered);
    REQUIRE(rina.pressCtrlS());
    CHECK(w.dialogs.pending() == 0);
    return registered.isEmpty() ? 0 : registered.constFirst().at(0).toLongLong();
}

inline gui::RegisterPage *secretaryRegister(const Desk &dewi)
{
    auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->registerPage());
    ws->registerPage()->refresh();
    return ws->registerPage();
}

/// Secretary, step 2: selects the complaint in the Buku Penerimaan Pengaduan and clicks
/// "Report to the head".
inline void reportFromRegister(gui::RegisterPage *page, qint64 id)
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

inline gui::InboxPage *headInbox(const Desk &head)
{
    auto *ws = qobject_cast<gui::HeadWorkspace *>(head.showWorkspace(Role::Head));
    REQUIRE(ws);
    ws->setCurrentIndex(0);
    return ws->inboxPage();
}

inline gui::InboxPage *teamInbox(const Desk &team)
{
    auto *ws = qobject_cast<gui::TeamWorkspace *>(team.showWorkspace(Role::Team));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->inboxPage());
    return ws->inboxPage();
}

inline gui::InboxPage *conveyInbox(const Desk &officer)
{
    auto *ws = qobject_cast<gui::OfficerWorkspace *>(officer.showWorkspace(Role::Officer));
    REQUIRE(ws);
    ws->setCurrentWidget(ws->inboxPage());
    return ws->inboxPage();
}

/// Head (or Plh.), step 3: the Lembar Disposisi of the selected complaint, as in the walkthrough
/// ("Rapatkan segera" ticked, forwarded to the team), with the urgency given.
inline forms::DispositionWidget *fillDisposition(gui::InboxPage *inbox, qint64 id,
                                                 QRadioButton **urgency,
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
inline forms::DecisionWidget *fillDecision(gui::InboxPage *inbox, qint64 id,
                                           const QString &decision)
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
inline forms::ResolutionReportWidget *fillConvey(gui::InboxPage *inbox, qint64 id,
                                                 const QString &method, const QString &summary,
                                                 const QString &response)
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

inline Detail openDetailFromRegister(const Desk &desk, qint64 id)
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
inline void checkStep(const Detail &detail, int number, const QString &used, const QString &late)
{
    const QStringList row = detail.step(number);
    INFO("step " << number << ": " << row.join(u" | "_s).toStdString());
    REQUIRE(row.size() == 9);
    CHECK(row.at(0) == QString::number(number));
    CHECK(row.at(5) == used);
    CHECK(row.at(7) == late);
}

inline const SeenDialog &lastSeen(const Walk &w)
{
    REQUIRE_FALSE(w.dialogs.seen().isEmpty());
    return w.dialogs.seen().constLast();
}

/// The deviation dialog that appeared (and was answered or cancelled) for a late step.
inline void checkDeviationDialog(const SeenDialog &seen, const QString &sentence)
{
    CHECK(seen.kind == u"reason"_s);
    CHECK(seen.title == kDeviationTitle);
    INFO("message: " << seen.message.toStdString());
    CHECK(seen.message.startsWith(sentence));
    CHECK(seen.okDisabledWhileBlank);
}

/// Walkthroughs A, B and C (../shared/cases/walkthrough.md) at the desks of `w`, in this order
/// in one database; each asserts what the screens show at every step.
void walkthroughA(Walk &w);
void walkthroughB(Walk &w);
void walkthroughC(Walk &w);

} // namespace aduan::test::walkthrough
