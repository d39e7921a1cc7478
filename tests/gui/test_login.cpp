// The login screen: its refusal is read in full (never cut off) and says nothing about whether
// the account exists.
#include "catch_qt.h"
#include "testoffice.h"

#include "login/logindialog.h"
#include "settings/appsettings.h"

#include <QApplication>

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

QString refusal(gui::LoginDialog &dialog, const QString &user, const QString &password)
{
    dialog.usernameEdit()->setText(user);
    dialog.passwordEdit()->setText(password);
    CHECK_FALSE(dialog.tryLogin());
    return dialog.problemLabel()->text();
}

} // namespace

TEST_CASE("The login refusal is shown whole and alike for locked and unknown accounts",
          "[gui][login][issue14]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    gui::LoginDialog dialog(*office.db, office.clock, {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString unknown = refusal(dialog, u"siapa"_s, u"rahasia123"_s);
    for (int i = 0; i < 5; ++i)
        refusal(dialog, u"rina"_s, u"salah-salah"_s);
    CHECK(refusal(dialog, u"rina"_s, u"rahasia123"_s) == unknown);

    // Every line of the wrapped message fits in the label's height.
    QLabel *label = dialog.problemLabel();
    CHECK(label->isVisible());
    CHECK(label->height() >= label->heightForWidth(label->width()));
    CHECK(dialog.height() >= dialog.minimumSizeHint().height());
}

TEST_CASE("After the login window opens, typing goes into the user name and replaces the last one",
          "[gui][login][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    const QString before = gui::AppSettings::lastUsername().value();
    gui::AppSettings::lastUsername().setValue(u"admin"_s);
    {
        gui::LoginDialog dialog(*office.db, office.clock, {});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        // No click: the user name has the focus, and the last name is selected whole.
        CHECK(QApplication::focusWidget() == dialog.usernameEdit());
        CHECK(dialog.usernameEdit()->text() == u"admin"_s);
        CHECK(dialog.usernameEdit()->selectedText() == u"admin"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"rina"_s);
        CHECK(dialog.usernameEdit()->text() == u"rina"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == dialog.passwordEdit());
        QTest::keyClicks(QApplication::focusWidget(), u"rahasia123"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.user().username == u"rina"_s);
    }
    gui::AppSettings::lastUsername().setValue(before);
}
