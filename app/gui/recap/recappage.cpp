#include "recap/recappage.h"

#include "common/palette.h"
#include "export/complaintexport.h"
#include "recap/figuretable.h"
#include "recap/recapcharts.h"
#include "recap/recapcomparison.h"
#include "recap/recapprinting.h"
#include "recap/recapstepsview.h"
#include "recap/recapsummaryview.h"
#include "session/session.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "util/clock.h"
#include "util/error.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <exception>
#include <functional>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

/// The wait cursor while the core works; restored before anything modal is shown.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QChartView *newChartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view takes the new chart and lets go of the old one
    delete old;
}

/// Runs `work` under a wait cursor; a failure is shown afterwards (the cursor restored first),
/// with an aduan::Error's message verbatim. True when `work` ran through.
bool runBusy(QWidget *parent, const QString &title, const std::function<void()> &work)
{
    std::exception_ptr failure;
    {
        const WaitCursor wait;
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }
    if (!failure)
        return true;
    feedback::guarded(parent, title, [&] { std::rethrow_exception(failure); });
    return false;
}

} // namespace

RecapPage::RecapPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_banner = new ResultBanner;
    layout->addWidget(m_banner);

    // Period and actions.
    auto *bar = new QHBoxLayout;
    m_month = new QComboBox;
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(officetime::locale().standaloneMonthName(month), month);
    m_month->insertSeparator(12);
    m_month->addItem(tr("Whole year"), 0);
    m_year = new QComboBox;
    const QDate today = m_session.officeToday();
    for (int year = today.year(); year >= today.year() - 10; --year)
        m_year->addItem(QString::number(year), year);
    m_month->setCurrentIndex(m_month->findData(today.month()));
    auto *monthLabel = new QLabel(tr("&Period:"));
    monthLabel->setBuddy(m_month);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    m_heading = new QLabel;
    m_heading->setTextFormat(Qt::RichText);
    bar->addWidget(m_heading, 1);
    m_csv = new QPushButton(icons::save(), tr("Export &CSV"));
    m_csv->setToolTip(tr("Save the recap's figures as a CSV file"));
    m_xlsx = new QPushButton(icons::save(), tr("Export &XLSX"));
    m_xlsx->setToolTip(tr("Save the period's complaints and the recap as an Excel workbook"));
    m_print = new QPushButton(icons::print(), tr("&Print / PDF"));
    m_print->setToolTip(tr("Print preview of the recap, to paper or PDF"));
    bar->addWidget(m_csv);
    bar->addWidget(m_xlsx);
    bar->addWidget(m_print);
    layout->addLayout(bar);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle());
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget;
    m_summary = new RecapSummaryView;
    m_stepsView = new RecapStepsView;
    m_tabs->addTab(m_summary, tr("&Summary"));
    m_tabs->addTab(m_stepsView, tr("S&teps and deviations"));
    m_tabs->addTab(createChartsTab(), tr("C&harts"));
    layout->addWidget(m_tabs, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, &RecapPage::periodChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &RecapPage::periodChanged);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the recap as CSV"), suggestedFileName(u"csv"_s),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the complaints and the recap as XLSX"), suggestedFileName(u"xlsx"_s),
            tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    connect(m_print, &QPushButton::clicked, this, &RecapPage::print);
    connect(&m_session, &Session::dataChanged, this, &RecapPage::dataChanged);

    fill();
}

RecapPage::~RecapPage() = default;

QIcon RecapPage::icon()
{
    return QIcon::fromTheme(u"x-office-spreadsheet"_s,
                            QApplication::style()->standardIcon(QStyle::SP_FileDialogListView));
}


QWidget *RecapPage::createChartsTab()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    m_receivedView = newChartView();
    m_onTimeView = newChartView();
    m_statusView = newChartView();
    grid->addWidget(m_receivedView, 0, 0, 1, 2);
    grid->addWidget(m_onTimeView, 1, 0);
    grid->addWidget(m_statusView, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return page;
}

QTableWidget *RecapPage::complaintsTable() const { return m_summary->complaintsTable(); }
QTableWidget *RecapPage::deadlineTable() const { return m_summary->deadlineTable(); }
QTableWidget *RecapPage::channelTable() const { return m_summary->channelTable(); }
QTableWidget *RecapPage::statusTable() const { return m_summary->statusTable(); }
QTableWidget *RecapPage::categoryTable() const { return m_summary->categoryTable(); }
QTableWidget *RecapPage::classTable() const { return m_summary->classTable(); }
QTableWidget *RecapPage::referralTable() const { return m_summary->referralTable(); }
QTableWidget *RecapPage::stepTable() const { return m_stepsView->stepTable(); }
QTableWidget *RecapPage::deviationTable() const { return m_stepsView->deviationTable(); }

QChart *RecapPage::receivedChart() const
{
    return m_receivedView->chart();
}

QChart *RecapPage::onTimeChart() const
{
    return m_onTimeView->chart();
}

QChart *RecapPage::statusChart() const
{
    return m_statusView->chart();
}

std::pair<QDate, QDate> RecapPage::selectedRange() const
{
    const int year = m_year->currentData().toInt();
    const int month = m_month->currentData().toInt();
    if (month <= 0)
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

void RecapPage::showPeriod(int year, int month)
{
    {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockMonth(m_month);
        int yearIndex = m_year->findData(year);
        if (yearIndex < 0) {
            m_year->addItem(QString::number(year), year);
            yearIndex = m_year->count() - 1;
        }
        m_year->setCurrentIndex(yearIndex);
        m_month->setCurrentIndex(m_month->findData(month >= 1 && month <= 12 ? month : 0));
    }
    reload();
}

void RecapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void RecapPage::periodChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void RecapPage::dataChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void RecapPage::reload()
{
    m_stale = false;
    if (m_building) {
        m_rebuild = true;
        return;
    }
    const auto [from, to] = selectedRange();
    if (!m_builder) {
        const Database &db = m_session.database();
        m_builder = new RecapBuilder(db.path(), db.options(), this);
        connect(m_builder, &RecapBuilder::built, this, &RecapPage::showBuilt);
        connect(m_builder, &RecapBuilder::failed, this, &RecapPage::showFailure);
    }
    m_building = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    m_heading->setText(tr("Making the recap of %1 …")
                           .arg(periodName(from, to).toHtmlEscaped()));
    m_builder->request(from, to, m_session.clock().now());
}

void RecapPage::buildEnded()
{
    m_building = false;
    unsetCursor();
}

void RecapPage::showBuilt(std::shared_ptr<const RecapData> data)
{
    buildEnded();
    if (m_rebuild) {
        m_rebuild = false;
        reload();
        return;
    }
    m_problem->hide();
    m_data = std::move(data);
    fill();
    emit recapShown();
}

void RecapPage::showFailure(const QString &message)
{
    buildEnded();
    if (m_rebuild) {
        m_rebuild = false;
        reload();
        return;
    }
    m_data.reset();
    m_problem->setText(message);
    m_problem->show();
    fill();
    emit recapShown();
}

const MonthlyRecap &RecapPage::recap() const
{
    static const MonthlyRecap none;
    return m_data ? m_data->recap : none;
}

QString RecapPage::periodName(const PeriodRecap &period, bool brief) const
{
    return periodName(period.from, period.to, brief);
}

QString RecapPage::periodName(QDate from, QDate to, bool brief) const
{
    const QLocale locale = officetime::locale();
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) {
        return u"%1 %2"_s
            .arg(locale.standaloneMonthName(from.month(),
                                            brief ? QLocale::ShortFormat : QLocale::LongFormat))
            .arg(from.year());
    }
    if (from == QDate(from.year(), 1, 1)
        && to == QDate(from.year(), 12, 31)) {
        return tr("Year %1").arg(from.year());
    }
    return tr("%1 – %2").arg(officetime::shortDate(from), officetime::shortDate(to));
}

QString RecapPage::suggestedFileName(const QString &suffix) const
{
    const auto [from, to] = selectedRange();
    const QString name = recapFileName(from, to, suffix);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(name);
}

void RecapPage::fill()
{
    if (hasRecap()) {
        const QString current = periodName(recap().current);
        const QString previous = periodName(recap().previous);
        m_heading->setText(
            tr("<b>%1</b>, beside %2 &middot; figures as of %3")
                .arg(current.toHtmlEscaped(), previous.toHtmlEscaped(),
                     officetime::longDateTime(recap().generatedAt, m_session.officeZone())
                         .toHtmlEscaped()));
        m_heading->setToolTip(tr("Audit chain head: %1").arg(recap().auditHead));
    } else {
        m_heading->clear();
        m_heading->setToolTip({});
    }
    const QString previousBrief = hasRecap() ? periodName(recap().previous, true) : QString();
    m_summary->showRecap(m_data.get(),
                         hasRecap() ? periodName(recap().current, true) : QString(),
                         previousBrief);
    const QString current = hasRecap() ? periodName(recap().current) : QString();
    const QString previous = hasRecap() ? periodName(recap().previous) : QString();
    m_stepsView->showRecap(m_data.get(), {current, previous, previousBrief},
                           m_session.officeZone());
    fillCharts();
    updateButtons();
}

void RecapPage::fillCharts()
{
    const PeriodRecap empty;
    const PeriodRecap &c = hasRecap() ? recap().current : empty;
    replaceChart(m_receivedView, RecapCharts::receivedPerDay(c));
    replaceChart(m_onTimeView, RecapCharts::onTimeRate(c));
    replaceChart(m_statusView, RecapCharts::statuses(c));
}

void RecapPage::updateButtons()
{
    const bool ready = hasRecap() && !m_building;
    m_csv->setEnabled(ready);
    m_xlsx->setEnabled(ready);
    m_print->setEnabled(ready);
}

bool RecapPage::exportCsv(const QString &path)
{
    if (!hasRecap())
        return false;
    const bool ok = runBusy(this, tr("Export CSV"), [&] { exportRecapCsv(recap(), path); });
    if (ok) {
        m_banner->showMessage(tr("The recap is saved as %1.")
                                  .toHtmlEscaped()
                                  .arg(u"<b>"_s + QDir::toNativeSeparators(path).toHtmlEscaped()
                                       + u"</b>"_s));
    }
    return ok;
}

bool RecapPage::exportXlsx(const QString &path)
{
    if (!hasRecap())
        return false;
    qint64 written = 0;
    const bool ok = runBusy(this, tr("Export XLSX"), [&] {
        IntakeBookFilter filter;
        filter.fromDate = recap().current.from;
        filter.toDate = recap().current.to;
        written = exportComplaintsXlsx(m_session.database(), m_session.clock(),
                                       m_session.userId(), filter, path, &recap());
    });
    if (ok) {
        m_banner->showMessage(tr("%1 complaints and the recap are saved as %2.")
                                  .toHtmlEscaped()
                                  .arg(figures::number(written),
                                       u"<b>"_s + QDir::toNativeSeparators(path).toHtmlEscaped()
                                           + u"</b>"_s));
    }
    return ok;
}

void RecapPage::print()
{
    if (hasRecap())
        printing::previewRecap(this, m_session, recap());
}

} // namespace aduan::gui