// The Rekapitulasi screen (app/gui/recap): after walkthroughs A, B and C, what it shows for
// March and April 2026 and the whole year — tables, charts — its exports, its refresh, and its
// tab in the secretary's, the head's and the administrator's workspaces.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "recap/recappage.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workflow/stepclock.h"
#include "workflow/workflow.h"
#include "workspaces/adminworkspace.h"
#include "workspaces/headworkspace.h"
#include "workspaces/secretaryworkspace.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;
using gui::RecapPage;

namespace {

/// The row whose first cell reads `label`, or -1.
int rowOf(const QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == label)
            return r;
    }
    return -1;
}

/// The text of `column` in the row labelled `label` (this period: 1, previous period: 2).
QString cell(const QTableWidget *table, const QString &label, int column = 1)
{
    const int row = rowOf(table, label);
    if (row < 0)
        return u"<no row %1>"_s.arg(label);
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

QString cellAt(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QStringList barSetLabels(const QList<QBarSet *> &sets)
{
    QStringList labels;
    for (const QBarSet *set : sets)
        labels << set->label();
    return labels;
}

qreal sum(const QBarSet *set)
{
    qreal total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

/// Waits until the page has built its recap (on its worker thread) and shows it.
bool shown(const RecapPage &page)
{
    return QTest::qWaitFor([&] { return !page.isBuilding(); }, 20000) && page.hasRecap();
}

struct RecapFixture {
    RecapFixture() { runWalkthroughs(office); } // leaves the clock at Mon 6 April 2026 11:00 WIB

    TestOffice office{wib(2026, 3, 2, 8, 0)};
    User dewi = *UserStore(*office.db).byUsername(u"dewi"_s);
    gui::Session session{*office.db, office.clock, dewi, false};
};

/// Collects what feedback would show in a dialog.
struct Problems {
    Problems()
    {
        gui::feedback::TestHooks hooks;
        hooks.problem = [this](const QString &, const QString &message) { messages << message; };
        gui::feedback::setTestHooks(hooks);
    }
    ~Problems() { gui::feedback::setTestHooks({}); }
    Q_DISABLE_COPY_MOVE(Problems)
    QStringList messages;
};

} // namespace

TEST_CASE("The recap screen shows March 2026 as the walkthrough says", "[gui][recap]")
{
    RecapFixture f;
    RecapPage page(f.session);
    page.resize(1366, 620);
    page.showPeriod(2026, 3);
    REQUIRE(shown(page));
    CHECK(page.selectedRange() == std::pair{QDate(2026, 3, 1), QDate(2026, 3, 31)});
    CHECK(page.headingLabel()->text().contains(u"Maret 2026"_s));
    CHECK(page.headingLabel()->text().contains(u"Februari 2026"_s)); // the previous period
    CHECK(page.complaintsTable()->horizontalHeaderItem(1)->text() == u"Mar 2026"_s);
    CHECK(page.complaintsTable()->horizontalHeaderItem(2)->text() == u"Feb 2026"_s);

    // Received 2: Langsung 1, SMS 1; nothing in February.
    QTableWidget *complaints = page.complaintsTable();
    CHECK(cell(complaints, u"Received"_s) == u"2"_s);
    CHECK(cell(complaints, u"Received"_s, 2) == u"0"_s);
    CHECK(cell(complaints, u"Completed in the period"_s) == u"2"_s);
    CHECK(cell(complaints, u"Carried in (open at the start)"_s) == u"0"_s);
    CHECK(cell(complaints, u"Carried over (open at the end)"_s) == u"0"_s);
    CHECK(cell(complaints, u"Voided"_s) == u"0"_s);
    CHECK(cell(complaints, u"Referred to another agency"_s) == u"1"_s);
    QTableWidget *channels = page.channelTable();
    CHECK(channels->rowCount() == allChannels().size());
    CHECK(cell(channels, u"Langsung"_s) == u"1"_s);
    CHECK(cell(channels, u"SMS"_s) == u"1"_s);
    CHECK(cell(channels, u"Website"_s) == u"0"_s);
    CHECK(cell(page.statusTable(), u"Selesai"_s) == u"1"_s);
    CHECK(cell(page.statusTable(), u"Disalurkan"_s) == u"1"_s);
    CHECK(cell(page.statusTable(), u"Dalam proses"_s) == u"0"_s);
    CHECK(cell(page.categoryTable(), u"Bantuan sosial"_s) == u"1"_s);
    CHECK(cell(page.deadlineTable(), u"Within the deadline"_s) == u"2"_s);
    CHECK(cell(page.deadlineTable(), u"Compliance"_s) == u"100%"_s);
    CHECK(cell(page.deadlineTable(), u"Compliance"_s, 2) == u"—"_s); // nothing finished in Feb

    // One referral, to Dinas Kesehatan Kota Blitar.
    REQUIRE(page.referralTable()->rowCount() == 1);
    CHECK(cell(page.referralTable(), u"Dinas Kesehatan Kota Blitar"_s) == u"1"_s);

    // On time per step: 2/2, 1/2, 1/2, 2/2, 2/2.
    QTableWidget *steps = page.stepTable();
    REQUIRE(steps->rowCount() == 5);
    const char *onTime[] = {"2", "1", "1", "2", "2"};
    const char *rate[] = {"100%", "50%", "50%", "100%", "100%"};
    const char *target[] = {"5 mnt", "10 mnt", "10 mnt", "30 mnt", "10 mnt"};
    for (int r = 0; r < 5; ++r) {
        INFO("step " << r + 1);
        CHECK(cellAt(steps, r, RecapPage::StepName).startsWith(u"Step %1"_s.arg(r + 1)));
        CHECK(cellAt(steps, r, RecapPage::StepCompleted) == u"2"_s);
        CHECK(cellAt(steps, r, RecapPage::StepOnTime) == QString::fromLatin1(onTime[r]));
        CHECK(cellAt(steps, r, RecapPage::StepRate) == QString::fromLatin1(rate[r]));
        CHECK(cellAt(steps, r, RecapPage::StepTarget) == QString::fromLatin1(target[r]));
        CHECK(cellAt(steps, r, RecapPage::StepPreviousCompleted) == u"0"_s);
    }
    CHECK(cellAt(steps, 1, RecapPage::StepLate) == u"1"_s);
    // Step 2: median of 7 min 50 s and 21 min 30 s, 90th percentile the longer.
    CHECK(cellAt(steps, 1, RecapPage::StepMedian) == formatWorkingDuration((470 + 1290) / 2));
    CHECK(cellAt(steps, 1, RecapPage::StepP90) == u"21 mnt 30 dtk"_s);

    // Two deviations, with their reasons.
    QTableWidget *deviations = page.deviationTable();
    REQUIRE(deviations->rowCount() == 2);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationNumber) == u"0002/ADUAN/III/2026"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationStep) == u"2"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationUsed) == u"21 mnt 30 dtk"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationTarget) == u"10 mnt"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationReason) == u"Libur Nyepi dan akhir pekan"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationBy) == u"Dewi"_s);
    CHECK(cellAt(deviations, 0, RecapPage::DeviationAt) == u"23 Mar 2026 07.45"_s);
    CHECK(cellAt(deviations, 1, RecapPage::DeviationStep) == u"3"_s);
    CHECK(cellAt(deviations, 1, RecapPage::DeviationUsed) == u"15 mnt"_s);
    CHECK(cellAt(deviations, 1, RecapPage::DeviationReason) == u"Rapat pimpinan pagi"_s);

    // Charts: per day by channel (stacked), on-time rate per step, statuses.
    QChart *received = page.receivedChart();
    REQUIRE(received->series().size() == 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(received->series().constFirst());
    REQUIRE(stacked);
    CHECK(barSetLabels(stacked->barSets()) == QStringList{u"Langsung"_s, u"SMS"_s});
    CHECK(stacked->barSets().at(0)->count() == 31);
    CHECK(stacked->barSets().at(0)->at(1) == 1); // A on 2 March
    CHECK(stacked->barSets().at(1)->at(17) == 1); // B on 18 March (office time)
    CHECK(sum(stacked->barSets().at(0)) + sum(stacked->barSets().at(1)) == 2);
    auto *days = qobject_cast<QBarCategoryAxis *>(received->axes(Qt::Horizontal).constFirst());
    REQUIRE(days);
    CHECK(days->count() == 31);

    QChart *onTimeChart = page.onTimeChart();
    REQUIRE(onTimeChart->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(onTimeChart->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    const QBarSet *rates = bars->barSets().constFirst();
    REQUIRE(rates->count() == 5);
    const qreal expectedRates[] = {100, 50, 50, 100, 100};
    for (int i = 0; i < 5; ++i)
        CHECK(rates->at(i) == expectedRates[i]);

    QChart *statusChart = page.statusChart();
    REQUIRE(statusChart->series().size() == 1);
    auto *pie = qobject_cast<QPieSeries *>(statusChart->series().constFirst());
    REQUIRE(pie);
    CHECK(pie->count() == 2);
    CHECK(pie->sum() == 2);
    CHECK(pie->slices().at(0)->label().startsWith(u"Selesai"_s));
    CHECK(pie->slices().at(1)->label().startsWith(u"Disalurkan"_s));
}

TEST_CASE("The recap screen shows April 2026 and the whole year", "[gui][recap]")
{
    RecapFixture f;
    RecapPage page(f.session);
    page.resize(1366, 620);

    SECTION("April: one complaint, deviations in steps 1 and 4; March beside it")
    {
        page.showPeriod(2026, 4);
        REQUIRE(shown(page));
        CHECK(cell(page.complaintsTable(), u"Received"_s) == u"1"_s);
        CHECK(cell(page.complaintsTable(), u"Received"_s, 2) == u"2"_s);
        CHECK(page.complaintsTable()->horizontalHeaderItem(2)->text() == u"Mar 2026"_s);
        CHECK(cell(page.channelTable(), u"Langsung"_s) == u"1"_s);
        REQUIRE(page.deviationTable()->rowCount() == 2);
        CHECK(cellAt(page.deviationTable(), 0, RecapPage::DeviationStep) == u"1"_s);
        CHECK(cellAt(page.deviationTable(), 1, RecapPage::DeviationStep) == u"4"_s);
        CHECK(cellAt(page.deviationTable(), 0, RecapPage::DeviationNumber)
              == u"0003/ADUAN/IV/2026"_s);
        CHECK_FALSE(cellAt(page.deviationTable(), 1, RecapPage::DeviationReason).isEmpty());
        CHECK(page.referralTable()->rowCount() == 1); // March's referral, beside April's none
        CHECK(cell(page.referralTable(), u"Dinas Kesehatan Kota Blitar"_s) == u"0"_s);
        CHECK(cell(page.referralTable(), u"Dinas Kesehatan Kota Blitar"_s, 2) == u"1"_s);

        auto *stacked = qobject_cast<QStackedBarSeries *>(
            page.receivedChart()->series().constFirst());
        REQUIRE(stacked);
        CHECK(barSetLabels(stacked->barSets()) == QStringList{u"Langsung"_s});
        CHECK(stacked->barSets().constFirst()->count() == 30);
        auto *pie = qobject_cast<QPieSeries *>(page.statusChart()->series().constFirst());
        REQUIRE(pie);
        CHECK(pie->count() == 1);
    }

    SECTION("the whole year: Jan 1 to Dec 31, per month in the chart, 2025 beside it")
    {
        page.showPeriod(2026, 0);
        REQUIRE(shown(page));
        CHECK(page.selectedRange() == std::pair{QDate(2026, 1, 1), QDate(2026, 12, 31)});
        CHECK(page.recap().previous.from == QDate(2025, 1, 1));
        CHECK(cell(page.complaintsTable(), u"Received"_s) == u"3"_s);
        CHECK(page.deviationTable()->rowCount() == 4);
        auto *stacked = qobject_cast<QStackedBarSeries *>(
            page.receivedChart()->series().constFirst());
        REQUIRE(stacked);
        CHECK(stacked->barSets().size() == 2);
        CHECK(stacked->barSets().at(0)->count() == 12);
        CHECK(stacked->barSets().at(0)->at(2) == 1); // Langsung: A in March
        CHECK(stacked->barSets().at(0)->at(3) == 1); // and C in April
    }

    SECTION("the pickers choose the period")
    {
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(shown(page)); // April, the current month, when first shown
        CHECK(page.recap().current.from == QDate(2026, 4, 1));
        page.yearBox()->setCurrentIndex(page.yearBox()->findData(2026));
        page.monthBox()->setCurrentIndex(page.monthBox()->findData(3));
        REQUIRE(shown(page));
        CHECK(page.recap().current.from == QDate(2026, 3, 1));
        CHECK(cell(page.complaintsTable(), u"Received"_s) == u"2"_s);
        page.monthBox()->setCurrentIndex(page.monthBox()->findData(0));
        REQUIRE(shown(page));
        CHECK(page.recap().current.to == QDate(2026, 12, 31));
    }

    SECTION("a period chosen while another is being built wins")
    {
        page.showPeriod(2026, 3);
        page.showPeriod(2026, 4);
        REQUIRE(shown(page));
        CHECK(page.recap().current.from == QDate(2026, 4, 1));
        CHECK(page.complaintsTable()->horizontalHeaderItem(1)->text() == u"Apr 2026"_s);
    }
}

TEST_CASE("The recap screen is built when first shown and follows changes", "[gui][recap]")
{
    RecapFixture f;
    RecapPage page(f.session);
    CHECK_FALSE(page.hasRecap()); // nothing built while hidden
    CHECK_FALSE(page.isBuilding());
    page.resize(1366, 620);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(shown(page)); // today's month: April 2026
    CHECK(page.recap().current.from == QDate(2026, 4, 1));
    CHECK(cell(page.complaintsTable(), u"Received"_s) == u"1"_s);

    ComplaintDraft d;
    d.channel = Channel::Website;
    d.receivedAt = wib(2026, 4, 6, 10, 30);
    d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, u"081234567811"_s, {}};
    d.requirements.insert(u"identity_card"_s, {false, u"Aduan lewat website"_s});
    d.requirements.insert(u"evidence"_s, {false, u"Tidak ada lampiran"_s});
    d.subject = u"Bantuan bencana"_s;
    d.description = u"Rumah terdampak angin kencang."_s;
    Workflow(*f.office.db, f.office.clock)
        .registerComplaint(f.office.rina, d, f.office.clock.now());
    f.session.notifyChanged();
    REQUIRE(shown(page));
    CHECK(cell(page.complaintsTable(), u"Received"_s) == u"2"_s);
    CHECK(cell(page.channelTable(), u"Website"_s) == u"1"_s);
    CHECK(cell(page.complaintsTable(), u"Carried over (open at the end)"_s) == u"1"_s);
    auto *stacked = qobject_cast<QStackedBarSeries *>(page.receivedChart()->series().constFirst());
    REQUIRE(stacked);
    CHECK(stacked->barSets().size() == 2);
}

TEST_CASE("The recap screen exports CSV and XLSX, and shows the core's message on failure",
          "[gui][recap]")
{
    RecapFixture f;
    RecapPage page(f.session);
    page.showPeriod(2026, 3);
    REQUIRE(shown(page));
    QTemporaryDir dir;
    Problems problems;

    const QString csv = dir.filePath(u"rekap.csv"_s);
    REQUIRE(page.exportCsv(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(u"Diterima"_s));
    CHECK(text.contains(u"Dinas Kesehatan Kota Blitar"_s));

    const QString xlsx = dir.filePath(u"rekap.xlsx"_s);
    REQUIRE(page.exportXlsx(xlsx));
    CHECK(QFileInfo(xlsx).size() > 0);
    CHECK(problems.messages.isEmpty());

    const QString nowhere = dir.filePath(u"missing/folder/rekap.csv"_s);
    CHECK_FALSE(page.exportCsv(nowhere));
    REQUIRE(problems.messages.size() == 1);
    CHECK_FALSE(problems.messages.constFirst().isEmpty());
}

TEST_CASE("The secretary, the head and the administrator have the Rekapitulasi tab",
          "[gui][recap]")
{
    RecapFixture f;
    auto hasRecapTab = [](QTabWidget &workspace) {
        for (int i = 0; i < workspace.count(); ++i) {
            if (qobject_cast<RecapPage *>(workspace.widget(i)))
                return workspace.tabText(i) == u"Rekapitulasi"_s;
        }
        return false;
    };
    gui::SecretaryWorkspace secretary(f.session);
    CHECK(hasRecapTab(secretary));
    gui::HeadWorkspace head(f.session);
    CHECK(hasRecapTab(head));
    gui::AdminWorkspace admin(f.session);
    CHECK(hasRecapTab(admin));
}
