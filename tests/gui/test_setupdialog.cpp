// The set-up screen's choice of a database server (issue 16): what it makes of the fields, and
// a server that cannot be reached — said in words, the password neither shown nor kept.
#include "catch_qt.h"
#include "testoffice.h"

#include "startup/setupdialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("The set-up screen reads a file or a server location back from its fields",
          "[gui][setup][postgres]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    gui::SetupDialog setup(office.clock);
    gui::DatabaseLocationEdit *edit = setup.existingLocationEdit();

    edit->setLocation(u"/srv/aduan/aduan.sqlite"_s);
    CHECK(edit->kind() == gui::DatabaseLocationEdit::Kind::File);
    CHECK(edit->location(true) == u"/srv/aduan/aduan.sqlite"_s);

    edit->setLocation(u"postgresql://rina:rahasia@db.dinsos:5433/aduan"_s);
    CHECK(edit->kind() == gui::DatabaseLocationEdit::Kind::Server);
    CHECK(edit->location(true) == u"postgresql://rina:rahasia@db.dinsos:5433/aduan"_s);
    // What this PC remembers in its settings holds no password.
    CHECK(edit->location(false) == u"postgresql://rina@db.dinsos:5433/aduan"_s);
    // A server location without the server's name is not one: the screen asks for it.
    edit->setLocation(u"postgresql:///aduan"_s);
    CHECK(edit->location(true).isEmpty());
    setup.show();
    REQUIRE(QTest::qWaitForWindowExposed(&setup));
    CHECK_FALSE(setup.tryContinue());
    CHECK(setup.problemLabel()->text().contains(u"server"_s));
}

TEST_CASE("A database server that cannot be reached is said in words; its password is neither "
          "shown nor kept",
          "[gui][setup][postgres]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString passwordFile = dir.filePath(u"pgpass"_s);
    qputenv("PGPASSFILE", passwordFile.toUtf8());
    TestOffice office(wib(2026, 3, 2, 8, 0));
    gui::SetupDialog setup(office.clock);
    setup.showChoice(false, gui::DatabaseLocationEdit::Kind::Server);
    setup.setExistingLocation(u"postgresql://rina:rahasia-sekali@tidak-ada.invalid:5432/aduan"_s);
    setup.show();
    REQUIRE(QTest::qWaitForWindowExposed(&setup));

    CHECK_FALSE(setup.tryContinue());
    const QString problem = setup.problemLabel()->text();
    CAPTURE(problem);
    CHECK(setup.problemLabel()->isVisible());
    CHECK(problem.contains(u"tidak-ada.invalid"_s));
    CHECK_FALSE(problem.contains(u"rahasia-sekali"_s));
    CHECK(setup.takeDatabase() == nullptr);
    CHECK(setup.result() != QDialog::Accepted);
    CHECK_FALSE(QFile::exists(passwordFile)); // kept only once the database opened
    // The fields keep what was typed.
    CHECK(setup.existingLocationEdit()->location(true).contains(u"rahasia-sekali"_s));
    qunsetenv("PGPASSFILE");
}
