// The Buku Penerimaan Pengaduan screen (app/gui/workspaces/registerpage, models/intakebookmodel)
// on 5,000 complaints: the total is COUNT(*), paging by offset/limit reaches the last complaint
// when scrolling, search finds one from the last page, sort + filter + act on the first row.
#include "catch_qt.h"
#include "test_shell_support.h"
#include "testoffice.h"

#include "models/intakebookmodel.h"
#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "workspaces/registerpage.h"

#include <QApplication>
#include <QImage>

#include <algorithm>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

constexpr int kComplaints = 5000;

struct RegisterFixture {
    TestOffice office{wib(2026, 3, 2, 8, 0)};
    QList<qint64> ids = shell::useOfficeWithComplaints(office, kComplaints);
    User dewi = *UserStore(*office.db).byUsername(u"dewi"_s);
    gui::Session session{*office.db, office.clock, dewi, false};
    IntakeBook book{*office.db, office.clock};
};

int lastVisibleRow(QTableView *view)
{
    return view->rowAt(view->viewport()->height() - 2);
}

} // namespace

TEST_CASE("The register's total is COUNT(*) and paging reaches every complaint", "[gui]")
{
    RegisterFixture f;
    const qint64 counted = f.book.count(f.dewi.id, {});
    REQUIRE(counted == kComplaints);

    gui::RegisterPage page(f.session, true);
    page.resize(1300, 700);
    page.show();
    gui::IntakeBookModel *model = page.model();
    CHECK(model->total() == counted);
    CHECK(model->rowCount() < kComplaints); // lazily fetched: not the total
    // No translator here: the English source ("%1 complaint(s)"); aduan_id.qm says "5.000 aduan".
    CHECK(page.totalLabel()->text() == u"5.000 complaint(s)"_s);

    SECTION("rowCount after fetching all equals COUNT(*)")
    {
        while (model->canFetchMore({}))
            model->fetchMore({});
        CHECK(model->rowCount() == counted);
        CHECK(model->total() == counted);
    }

    SECTION("scrolling to the end shows the last complaint")
    {
        const IntakeBookRow expected =
            f.book.page(f.dewi.id, {}, IntakeBookSort::ReceivedAt, true, kComplaints - 1, 1)
                .constFirst();
        CHECK(expected.agendaNumber == u"0001/ADUAN/III/2026"_s); // received first, by SMS
        QTableView *view = page.view();
        for (int i = 0; i < 200 && model->canFetchMore({}); ++i) {
            view->scrollToBottom();
            QApplication::processEvents();
        }
        view->scrollToBottom();
        QApplication::processEvents();
        CHECK_FALSE(model->canFetchMore({}));
        REQUIRE(model->rowCount() == kComplaints);
        CHECK(lastVisibleRow(view) == kComplaints - 1);
        CHECK(model->index(kComplaints - 1, gui::IntakeBookModel::Number).data().toString()
              == expected.agendaNumber);
    }

    SECTION("a search finds a complaint from the last page")
    {
        // The last page in the register's order holds the first complaints received.
        const IntakeBookRow lastPage =
            f.book.page(f.dewi.id, {}, IntakeBookSort::ReceivedAt, true, kComplaints - 3, 1)
                .constFirst();
        const int index = int(f.ids.indexOf(lastPage.complaintId));
        REQUIRE(index >= 0);
        CHECK(model->rowOf(lastPage.complaintId) < 0); // not fetched yet

        QTest::keyClicks(page.searchEdit(), u"Q%1Z"_s.arg(index));
        QTest::qWait(450); // the search waits for a pause in typing
        CHECK(model->total() == 1);
        REQUIRE(model->rowCount() == 1);
        CHECK(model->rowAt(0)->complaintId == lastPage.complaintId);
        CHECK(page.totalLabel()->text() == u"1 complaint(s)"_s);

        page.searchEdit()->setText(lastPage.agendaNumber);
        page.applyFilter();
        REQUIRE(model->rowCount() == 1);
        CHECK(model->rowAt(0)->agendaNumber == lastPage.agendaNumber);

        page.searchEdit()->setText(shell::complainantName(index));
        page.applyFilter();
        REQUIRE(model->rowCount() >= 1);
        CHECK(model->rowAt(0)->complainantName == shell::complainantName(index));
    }
}

TEST_CASE("Sort and filter the register, then report the first visible row to the head", "[gui]")
{
    RegisterFixture f;
    shell::PromptAnswers answers(u"Sekretaris mengikuti rapat koordinasi"_s);
    f.office.clock.set(wib(2026, 3, 2, 9, 45)); // every step 2 is past its 10 minutes

    gui::RegisterPage page(f.session, true);
    page.resize(1300, 700);
    page.show();
    gui::IntakeBookModel *model = page.model();

    // Filter: SMS only, in March 2026, at step 2; sort by complainant, Z to A.
    page.yearBox()->setCurrentIndex(page.yearBox()->findData(2026));
    page.monthBox()->setCurrentIndex(page.monthBox()->findData(3));
    page.channelBox()->setCurrentIndex(page.channelBox()->findData(int(Channel::Sms)));
    page.stepBox()->setCurrentIndex(page.stepBox()->findData(2));
    page.view()->sortByColumn(gui::IntakeBookModel::Complainant, Qt::DescendingOrder);
    CHECK(model->sortKey() == IntakeBookSort::Complainant);
    CHECK(model->descending());

    IntakeBookFilter filter;
    filter.fromDate = QDate(2026, 3, 1);
    filter.toDate = QDate(2026, 3, 31);
    filter.channel = Channel::Sms;
    filter.step = 2;
    CHECK(page.currentFilter().channel == filter.channel);
    CHECK(model->total() == kComplaints / 10);
    CHECK(model->total() == f.book.count(f.dewi.id, filter));
    const IntakeBookRow expected =
        f.book.page(f.dewi.id, filter, IntakeBookSort::Complainant, true, 0, 1).constFirst();
    REQUIRE(model->rowAt(0));
    CHECK(model->rowAt(0)->complaintId == expected.complaintId);
    // The largest name among the SMS complaints (every tenth).
    CHECK(expected.complainantName == shell::complainantName(kComplaints - 10));

    // A column the register cannot sort by keeps the current order.
    page.view()->sortByColumn(gui::IntakeBookModel::Subject, Qt::AscendingOrder);
    CHECK(model->sortKey() == IntakeBookSort::Complainant);
    CHECK(page.view()->horizontalHeader()->sortIndicatorSection()
          == gui::IntakeBookModel::Complainant);

    page.view()->selectRow(0);
    CHECK(page.selectedComplaintId() == expected.complaintId);
    REQUIRE(page.reportSelected());
    CHECK(answers.problems().isEmpty());
    CHECK(answers.reasonsAsked() == 1); // step 2 ran past its 10 minutes

    // Exactly that complaint moved on to step 3, with the reason recorded.
    IntakeBookFilter atStep3;
    atStep3.step = 3;
    const QList<IntakeBookRow> moved = f.book.page(f.dewi.id, atStep3);
    REQUIRE(moved.size() == 1);
    CHECK(moved.constFirst().complaintId == expected.complaintId);
    IntakeBookFilter atStep2;
    atStep2.step = 2;
    CHECK(f.book.count(f.dewi.id, atStep2) == kComplaints - 1);
    const ComplaintRecord record = f.book.complaint(f.dewi.id, expected.complaintId);
    REQUIRE(record.steps.size() >= 2);
    CHECK(record.steps.at(1).completed());
    CHECK(record.steps.at(1).late);
    CHECK(record.steps.at(1).deviationReason == u"Sekretaris mengikuti rapat koordinasi"_s);

    // The screen followed: the reported complaint left the step-2 filter.
    CHECK(model->total() == kComplaints / 10 - 1);
    CHECK(model->rowOf(expected.complaintId) < 0);
}

namespace {

/// The sort arrow drawn in `section` of `header`: the pixels that differ between the header
/// with and without its sort indicator. +1 when it points down (wide at the top), -1 up, 0 when
/// no arrow was found.
int arrowDirection(QHeaderView *header, int section)
{
    const QRect rect(header->sectionViewportPosition(section), 0, header->sectionSize(section),
                     header->height());
    header->setSortIndicatorShown(true);
    const QImage with = header->grab(rect).toImage();
    header->setSortIndicatorShown(false);
    const QImage without = header->grab(rect).toImage();
    header->setSortIndicatorShown(true);
    QList<int> widths; // per row: how many pixels the arrow covers
    for (int y = 0; y < with.height(); ++y) {
        int n = 0;
        // The arrow stands at the section's right end; the label moves left to make room for it.
        for (int x = std::max(0, with.width() - 24); x < with.width(); ++x)
            n += with.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
        if (n > 0)
            widths << n;
    }
    QStringList seen;
    for (int n : widths)
        seen << QString::number(n);
    UNSCOPED_INFO("arrow rows: " << seen.join(u' ').toStdString());
    if (widths.size() < 2)
        return 0;
    // The widest row: in the upper half for an arrow pointing down, the lower half for up.
    const auto widest = std::max_element(widths.cbegin(), widths.cend()) - widths.cbegin();
    const qsizetype mirrored = widths.size() - 1 - widest;
    if (widest == mirrored)
        return 0;
    return widest < mirrored ? 1 : -1;
}

} // namespace

TEST_CASE("The register's sort arrow points down while the newest come first", "[gui][issue18]")
{
    TestOffice office{wib(2026, 3, 2, 8, 0)};
    const User dewi = *UserStore(*office.db).byUsername(u"dewi"_s);
    gui::Session session{*office.db, office.clock, dewi, false};
    gui::RegisterPage page(session, true);
    page.resize(1300, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QHeaderView *header = page.view()->horizontalHeader();
    REQUIRE(header->sortIndicatorSection() == gui::IntakeBookModel::Received);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder); // newest first
    CHECK(arrowDirection(header, gui::IntakeBookModel::Received) == 1);
    page.view()->sortByColumn(gui::IntakeBookModel::Received, Qt::AscendingOrder);
    CHECK(arrowDirection(header, gui::IntakeBookModel::Received) == -1);
}
