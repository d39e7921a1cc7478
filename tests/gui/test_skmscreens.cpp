// The SKM screens (issue 20): the officer types a complainant's answers with the keyboard after
// step 5; an unanswered question is named beside it and what was typed stays; the report page
// shows what the core computed, with the period's value and grade.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "session/session.h"
#include "skm/skmchart.h"
#include "skm/skmreportpage.h"
#include "skm/skmsurvey.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workspaces/surveypage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

struct SurveyFixture {
    SurveyFixture() { ids = runWalkthroughs(office); } // the clock left at Mon 6 April 2026 11:00 WIB

    TestOffice office{wib(2026, 3, 2, 8, 0)};
    WalkthroughIds ids;
    User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session{*office.db, office.clock, rina, false};
};

/// Types `key` into the widget as a person would: focus, then the key.
void type(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

} // namespace

TEST_CASE("SKM at the desk: answered with the keyboard, findings beside the questions",
          "[gui][skm]")
{
    SurveyFixture f;
    QStringList problems;
    gui::feedback::TestHooks hooks;
    hooks.problem = [&](const QString &, const QString &message) { problems << message; };
    gui::feedback::setTestHooks(hooks);

    gui::SurveyPage page(f.session);
    page.resize(1200, 650);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    // The three conveyed complaints wait, the most recently conveyed (C) first.
    REQUIRE(page.pendingList()->count() == 3);
    page.pendingList()->setCurrentRow(2); // A, conveyed first
    const QString a = page.pendingList()->currentItem()->text();
    CHECK(a.startsWith(u"0001/ADUAN/III/2026"_s));

    // Eight answers typed as digits; U3 left out.
    const QList<int> scores = {4, 3, 0, 4, 3, 4, 4, 2, 3};
    for (int i = 0; i < 9; ++i) {
        if (scores.at(i) > 0)
            type(page.answerBox(u"U%1"_s.arg(i + 1)), QString::number(scores.at(i)));
    }
    type(page.profileBoxes().at(1), u"P"_s); // Perempuan
    CHECK(page.answerBox(u"U1"_s)->currentData().toInt() == 4);
    CHECK(page.answerBox(u"U8"_s)->currentData().toInt() == 2);
    CHECK(page.profileBoxes().at(1)->currentData().toString() == u"Perempuan"_s);

    CHECK_FALSE(page.saveAnswers());
    auto *u3 = page.answerBox(u"U3"_s);
    // The finding stands beside U3, and the answers typed stay.
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text().contains(u"U3"_s) && l->text().contains(u"1 to 4"_s);
    }));
    CHECK(u3->hasFocus());
    CHECK(page.answerBox(u"U1"_s)->currentData().toInt() == 4);
    CHECK(SkmSurvey(*f.office.db, f.office.clock).pending().size() == 3);

    type(u3, u"2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    // A button's shortcut clicks it with animateClick(): the click comes a moment later.
    REQUIRE(QTest::qWaitFor([&] { return page.pendingList()->count() == 2; }, 2000));
    CHECK(problems.isEmpty());
    const SkmReport april = buildSkmReport(*f.office.db, QDate(2026, 4, 1), QDate(2026, 4, 30),
                                           f.office.clock.now());
    REQUIRE(april.sections.size() == 1);
    CHECK(april.sections.at(0).result.respondents == 1);
    CHECK(april.sections.at(0).result.elements.at(2).total == 2);

    // Declining takes the next complaint off the list.
    page.pendingList()->setCurrentRow(0);
    CHECK(page.saveDeclined());
    CHECK(page.pendingList()->count() == 1);
    gui::feedback::setTestHooks({});
}

TEST_CASE("SKM report screen: the core's figures, a version each", "[gui][skm]")
{
    SurveyFixture f;
    SkmSurvey survey(*f.office.db, f.office.clock);
    const QList<qint64> ids = {f.ids.a, f.ids.b, f.ids.c};
    const QList<QList<int>> rows = {
        {4, 3, 3, 4, 3, 4, 4, 2, 3}, {3, 3, 2, 4, 3, 3, 4, 3, 3}, {4, 4, 3, 4, 4, 4, 4, 3, 2}};
    for (int i = 0; i < 3; ++i) {
        SkmResponseInput in;
        for (int e = 0; e < 9; ++e)
            in.answers.insert(u"U%1"_s.arg(e + 1), rows.at(i).at(e));
        survey.record(f.rina.id, ids.at(i), in);
    }
    gui::SkmReportPage page(f.session);
    page.resize(1300, 600);
    page.show();
    page.showPeriod(QDate(2026, 1, 1), QDate(2026, 6, 30));
    const SkmReport &report = page.report();
    REQUIRE(report.sections.size() == 1);
    const SkmResult &r = report.sections.at(0).result;
    CHECK(r.respondents == 3);
    CHECK(page.elementTable()->rowCount() == 9);
    CHECK(page.elementTable()->item(2, 2)->text() == skmDecimal(r.elements.at(2).nrr, 2));
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) {
        return l->text().contains(skmDecimal(r.valueHundredths))
               && l->text().contains(skmGradeMeaning(r.grade));
    }));
    CHECK(page.summaryLabel()->text().contains(u"3"_s));
    CHECK(page.findChild<gui::SkmChart *>() != nullptr);
}
