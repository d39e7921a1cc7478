// The language of the screens (gui::installLanguage, app/gui/startup): Indonesian by default,
// English on request; Qt's own buttons follow; dates, times and numbers keep the office's
// Indonesian conventions in either language, whatever this PC's locale is.
#include "catch_qt.h"
#include "test_shell_support.h"
#include "testoffice.h"

#include "detail/complaintdetailview.h"
#include "mainwindow.h"
#include "models/intakebookmodel.h"
#include "session/session.h"
#include "startup/startup.h"
#include "storage/userstore.h"
#include "util/error.h"
#include "workflow/draftcheck.h"
#include "workflow/workflow.h"
#include "workspaces/registerpage.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

constexpr int kComplaints = 1250;

/// What the officer's screens must say in one language.
struct Expected {
    QString language;
    QString newComplaintTab;
    QString registerTab;
    QString saveButton;
    QString windowTitle;
    QString total;
    QString numberHeader;
    QString cancelButton;   // Qt's own (QDialogButtonBox)
    QString forbiddenStart; // a message of the core (Workflow)
};

const Expected kIndonesian{u"id"_s,
                           u"Aduan baru"_s,
                           u"Buku Penerimaan Pengaduan"_s,
                           u"&Simpan dan catat"_s,
                           u"Aduan — Penyaluran Pengaduan Masyarakat"_s,
                           u"1.250 aduan"_s,
                           u"Nomor Agenda"_s,
                           u"Batal"_s,
                           u"Hanya Sekretaris yang dapat melaporkan aduan kepada Kepala Dinas."_s};

const Expected kEnglish{u"en"_s,
                        u"New complaint"_s,
                        u"Intake book"_s,
                        u"&Save and register"_s,
                        u"Aduan — Penyaluran Pengaduan Masyarakat"_s,
                        u"1.250 complaints"_s,
                        u"Number"_s,
                        u"Cancel"_s,
                        u"Only the Sekretaris can report a complaint to the head."_s};

QPushButton *buttonWithText(const QWidget &root, const QString &text)
{
    for (QPushButton *button : root.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The screens speak Indonesian by default and English on request", "[gui][i18n]")
{
    // A PC set up in American English: the office's conventions must win anyway.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    const Expected expected = GENERATE(kIndonesian, kEnglish);
    CAPTURE(expected.language);
    REQUIRE(gui::installLanguage(expected.language) == expected.language);
    CHECK(QLocale().language() == QLocale::Indonesian);

    TestOffice office(wib(2026, 3, 2, 8, 0));
    const QList<qint64> ids = shell::useOfficeWithComplaints(office, kComplaints);
    const User rina = *UserStore(*office.db).byId(office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    SECTION("labels and buttons of the officer's workspace")
    {
        CHECK(window.windowTitle() == expected.windowTitle);
        auto *tabs = qobject_cast<QTabWidget *>(window.workspace(Role::Officer));
        REQUIRE(tabs != nullptr);
        CHECK(tabs->tabText(0) == expected.newComplaintTab);
        CHECK(tabs->tabText(2) == expected.registerTab);
        CHECK(buttonWithText(window, expected.saveButton) != nullptr);
        // The office's own terms stay as the glossary writes them, in either language.
        bool namesRole = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            namesRole = namesRole || label->text() == u"Rina — Petugas Pengaduan"_s;
        CHECK(namesRole);
    }

    SECTION("the register's count and dates follow Indonesian conventions")
    {
        auto *page = window.findChild<gui::RegisterPage *>();
        REQUIRE(page != nullptr);
        CHECK(page->totalLabel()->text() == expected.total);
        gui::IntakeBookModel *model = page->model();
        CHECK(model->headerData(gui::IntakeBookModel::Number, Qt::Horizontal).toString()
              == expected.numberHeader);
        REQUIRE(model->rowCount() > 0);
        // Newest first: the last complaint, registered on Monday 2 March 2026 at 08.20 WIB.
        const QModelIndex received = model->index(0, gui::IntakeBookModel::Received);
        CHECK(model->data(received).toString() == u"2 Mar 2026 08.20"_s);
        CHECK(model->data(received, Qt::ToolTipRole).toString()
              == u"Senin, 2 Maret 2026 08.20"_s);
        // The time received on the Formulir Aduan: day/month/year, 24-hour.
        auto *receivedAt = window.findChild<QLineEdit *>(u"receivedAtEdit"_s);
        REQUIRE(receivedAt != nullptr);
        CHECK(receivedAt->text() == u"02/03/2026 08.20"_s);
        CHECK(QLocale().toString(1250) == u"1.250"_s);
    }

    SECTION("Qt's own buttons and the core's messages follow the language")
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == expected.cancelButton);

        Workflow workflow(*office.db, office.clock);
        QString message;
        try {
            workflow.reportToHead(office.rina, ComplaintRef(ids.constFirst()), {}, {});
        } catch (const Error &error) {
            message = error.message();
        }
        CHECK(message.startsWith(expected.forbiddenStart));
    }
}

TEST_CASE("The form's own checks speak Indonesian: every message of checkDraft() is translated",
          "[gui][language]")
{
    REQUIRE(gui::installLanguage(u"id"_s) == u"id"_s);
    ComplaintDraft empty;
    empty.complainant.reset();
    const Findings missing = checkDraft(empty, QDate(2026, 3, 2)).findings;
    ComplaintDraft anonymous;
    anonymous.confidentiality = Confidentiality::Anonymous;
    anonymous.complainant = Complainant{u"Budi"_s, {}, Gender::Unknown, {}, {}};
    const Findings named = checkDraft(anonymous, QDate(2026, 3, 2)).findings;
    QStringList messages;
    for (const Finding &f : missing + named)
        messages << f.message;
    INFO(messages.join(u"\n"_s).toStdString());
    CHECK_FALSE(messages.join(u"\n"_s).contains(u"Enter "_s));
    CHECK_FALSE(messages.join(u"\n"_s).contains(u"anonymous complaint"_s));
    CHECK(messages.size() >= 3);
}

TEST_CASE("Rincian labels each row once, in Indonesian too", "[gui][language]")
{
    REQUIRE(gui::installLanguage(u"id"_s) == u"id"_s);
    TestOffice office(wib(2026, 3, 2, 9, 0));
    ComplaintDraft d = walkInWithIdentity();
    d.evidence = {u"fotokopi KKS"_s};
    const qint64 id = Workflow(*office.db, office.clock)
                          .registerComplaint(office.rina, d, office.clock.now())
                          .complaintId;
    const User rina = *UserStore(*office.db).byId(office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::ComplaintDetailView detail(session);
    REQUIRE(detail.showComplaint(id));
    QString summary;
    for (const QTextBrowser *browser : detail.findChildren<QTextBrowser *>())
        summary += browser->toPlainText();
    CHECK(summary.contains(u"fotokopi KKS"_s));
    // The requirement "Bukti pengaduan" (shown or not) and the list of the evidence items.
    CHECK(summary.count(u"Bukti pengaduan"_s) == 1);
}

TEST_CASE("removeLanguage() takes the translators away again: the source texts and the locale "
          "the process had before",
          "[gui][language]")
{
    gui::removeLanguage(); // what earlier tests of this executable installed
    const QLocale before;
    REQUIRE(gui::installLanguage(u"id"_s) == u"id"_s);
    QDialogButtonBox translated(QDialogButtonBox::Cancel);
    REQUIRE(translated.button(QDialogButtonBox::Cancel)->text() == kIndonesian.cancelButton);
    CHECK(QLocale().language() == QLocale::Indonesian);

    gui::removeLanguage();
    QDialogButtonBox source(QDialogButtonBox::Cancel);
    CHECK(source.button(QDialogButtonBox::Cancel)->text() == kEnglish.cancelButton);
    CHECK(QCoreApplication::translate("aduan::gui", "Cancel") == u"Cancel"_s);
    CHECK(QLocale() == before);
}
