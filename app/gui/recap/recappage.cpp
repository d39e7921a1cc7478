#include "recap/recappage.h"

#include "export/complaintexport.h"
#include "recap/recapcharts.h"
#include "recap/recapprinting.h"
#include "session/session.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/stepclock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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

constexpr int kMaxFigureRows = 9; // a figure table scrolls beyond this many rows

/// The wait cursor while the core works; restored before anything modal is shown.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QString number(qint64 value)
{
    return officetime::locale().toString(value);
}

/// "50%"; "—" when there is nothing to take a share of.
QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"—"_s;
    QString text = officetime::locale().toString(qRound(100.0 * double(part) / double(whole)));
    text += u'%';
    return text;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

/// A number, right-aligned; zero dimmed so that the figures that matter stand out.
QTableWidgetItem *figureItem(const QString &text, bool zero = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (zero)
        item->setForeground(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    return item;
}

QTableWidgetItem *countItem(qint64 value)
{
    return figureItem(number(value), value == 0);
}

QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

/// A table of one figure per row: the item, this period, the previous period.
QTableWidget *newFigureTable(const QString &itemHeading)
{
    QTableWidget *table = newTable({itemHeading, QString(), QString()});
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return table;
}

/// Makes a table exactly as tall as its rows (up to `maxRows`, then it scrolls).
void fitHeight(QTableWidget *table, int maxRows)
{
    const int rows = std::clamp(table->rowCount(), 1, maxRows);
    const int height = table->horizontalHeader()->sizeHint().height()
                       + rows * table->verticalHeader()->defaultSectionSize()
                       + 2 * table->frameWidth();
    table->setFixedHeight(height);
}

struct FigureRow {
    QString label;
    QString current;
    QString previous;
    bool zeroCurrent = false;
    bool zeroPrevious = false;
    QString toolTip;
};

FigureRow counts(const QString &label, qint64 current, qint64 previous)
{
    return {label, number(current), number(previous), current == 0, previous == 0, {}};
}

void setFigureRows(QTableWidget *table, const QList<FigureRow> &rows, int maxRows = kMaxFigureRows)
{
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const FigureRow &row = rows.at(r);
        QTableWidgetItem *label = textItem(row.label);
        if (!row.toolTip.isEmpty())
            label->setToolTip(row.toolTip);
        table->setItem(r, 0, label);
        table->setItem(r, 1, figureItem(row.current, row.zeroCurrent));
        table->setItem(r, 2, figureItem(row.previous, row.zeroPrevious));
    }
    fitHeight(table, maxRows);
}

QGroupBox *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(content);
    return box;
}

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
    m_problem->setStyleSheet(u"color:#b71c1c"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget;
    m_tabs->addTab(createSummaryTab(), tr("&Summary"));
    m_tabs->addTab(createStepsTab(), tr("S&teps and deviations"));
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

QWidget *RecapPage::createSummaryTab()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);

    m_complaints = newFigureTable(tr("Complaints"));
    m_deadline = newFigureTable(tr("Finished complaints"));
    m_referrals = newFigureTable(tr("Agency"));
    m_channels = newFigureTable(tr("Channel"));
    m_statuses = newFigureTable(tr("Status"));
    m_categories = newFigureTable(tr("Category"));
    m_classes = newFigureTable(tr("Class"));

    auto column = [&](int index, int stretch,
                      const QList<std::pair<QString, QTableWidget *>> &parts) {
        auto *box = new QVBoxLayout;
        box->setSpacing(6);
        for (const auto &[title, table] : parts)
            box->addWidget(group(title, table));
        box->addStretch(1);
        grid->addLayout(box, 0, index);
        grid->setColumnStretch(index, stretch);
    };
    column(0, 6, {{tr("Received, completed, carried over"), m_complaints},
                  {tr("Overall deadline compliance"), m_deadline},
                  {tr("Referred to other agencies"), m_referrals}});
    column(1, 4, {{tr("Received by channel"), m_channels},
                  {tr("Received, by status at the period's end"), m_statuses}});
    column(2, 5, {{tr("Received by category"), m_categories},
                  {tr("Received by class"), m_classes}});

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *RecapPage::createStepsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_steps = newTable({tr("Step"), tr("Target"), tr("Completed"), tr("On time"), tr("Late"),
                        tr("On-time rate"), tr("Median time"), tr("90th percentile"),
                        QString(), QString()});
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *stepHeader = m_steps->horizontalHeader();
    stepHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    stepHeader->setSectionResizeMode(StepName, QHeaderView::Stretch);
    m_steps->setToolTip(tr("Steps completed in the period, their time in office working minutes "
                           "(median and 90th percentile) against the SOP's target."));
    layout->addWidget(m_steps);

    m_deviationTitle = new QLabel;
    m_deviationTitle->setStyleSheet(u"font-weight:600"_s);
    layout->addWidget(m_deviationTitle);
    m_deviations = newTable({tr("Number"), tr("Step"), tr("Time used"), tr("Target"),
                             tr("Reason"), tr("Completed by"), tr("Completed")});
    QHeaderView *header = m_deviations->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeviationReason, QHeaderView::Stretch);
    m_deviations->setColumnWidth(DeviationNumber, 150);
    m_deviations->setColumnWidth(DeviationStep, 50);
    m_deviations->setColumnWidth(DeviationUsed, 135);
    m_deviations->setColumnWidth(DeviationTarget, 70);
    m_deviations->setColumnWidth(DeviationBy, 150);
    m_deviations->setColumnWidth(DeviationAt, 130);
    layout->addWidget(m_deviations, 1);
    return page;
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
    const QString period = m_month->currentData().toInt() > 0 ? from.toString(u"yyyy-MM"_s)
                                                              : QString::number(from.year());
    const QString name = u"Rekapitulasi %1.%2"_s.arg(period, suffix);
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
    fillSummary();
    fillSteps();
    fillCharts();
    updateButtons();
}

void RecapPage::fillSummary()
{
    const QString currentName = hasRecap() ? periodName(recap().current, true) : QString();
    const QString previousName = hasRecap() ? periodName(recap().previous, true) : QString();
    for (QTableWidget *table : {m_complaints, m_deadline, m_referrals, m_channels, m_statuses,
                                m_categories, m_classes}) {
        table->horizontalHeaderItem(1)->setText(currentName);
        table->horizontalHeaderItem(2)->setText(previousName);
    }
    if (!hasRecap()) {
        for (QTableWidget *table : {m_complaints, m_deadline, m_referrals, m_channels, m_statuses,
                                    m_categories, m_classes}) {
            table->setRowCount(0);
            fitHeight(table, kMaxFigureRows);
        }
        return;
    }
    const PeriodRecap &c = recap().current;
    const PeriodRecap &p = recap().previous;

    setFigureRows(m_complaints,
                  {counts(tr("Received"), c.received, p.received),
                   counts(tr("Completed in the period"), c.completed, p.completed),
                   counts(tr("Carried in (open at the start)"), c.carriedIn, p.carriedIn),
                   counts(tr("Carried over (open at the end)"), c.carriedOver, p.carriedOver),
                   counts(tr("Voided"), c.voided, p.voided),
                   counts(tr("Referred to another agency"), c.referred, p.referred)});

    const int finishedNow = c.finishedWithinDeadline + c.finishedPastDeadline;
    const int finishedBefore = p.finishedWithinDeadline + p.finishedPastDeadline;
    FigureRow compliance{tr("Compliance"), percent(c.finishedWithinDeadline, finishedNow),
                         percent(p.finishedWithinDeadline, finishedBefore), finishedNow == 0,
                         finishedBefore == 0,
                         tr("Share of the complaints finished in the period that were finished "
                            "within their overall deadline")};
    setFigureRows(m_deadline,
                  {counts(tr("Within the deadline"), c.finishedWithinDeadline,
                          p.finishedWithinDeadline),
                   counts(tr("Past the deadline"), c.finishedPastDeadline, p.finishedPastDeadline),
                   compliance,
                   counts(tr("Open at the end, deadline passed"), c.openPastDeadline,
                          p.openPastDeadline)});

    QList<FigureRow> referrals;
    QStringList agencies;
    for (const auto &[agency, n] : c.referralsByAgency)
        agencies << agency;
    for (const auto &[agency, n] : p.referralsByAgency) {
        if (!agencies.contains(agency))
            agencies << agency;
    }
    auto referredTo = [](const PeriodRecap &period, const QString &agency) {
        for (const auto &[name, n] : period.referralsByAgency) {
            if (name == agency)
                return n;
        }
        return 0;
    };
    for (const QString &agency : std::as_const(agencies))
        referrals << counts(agency, referredTo(c, agency), referredTo(p, agency));
    if (referrals.isEmpty())
        referrals << FigureRow{tr("(none)"), QString(), QString(), true, true, {}};
    setFigureRows(m_referrals, referrals, 5);

    QList<FigureRow> channels;
    for (Channel ch : allChannels()) {
        FigureRow row = counts(channelLabel(ch), c.byChannel.value(ch), p.byChannel.value(ch));
        row.toolTip = isIndirect(ch) ? tr("Indirect (tidak langsung)") : tr("In person (langsung)");
        channels << row;
    }
    setFigureRows(m_channels, channels);

    QList<FigureRow> statuses;
    for (auto s : {ComplaintStatus::InProgress, ComplaintStatus::Paused, ComplaintStatus::Completed,
                   ComplaintStatus::Referred, ComplaintStatus::Voided})
        statuses << counts(statusLabel(s), c.byStatus.value(s), p.byStatus.value(s));
    setFigureRows(m_statuses, statuses);

    QStringList categories = c.byCategory.keys();
    for (const QString &k : p.byCategory.keys()) {
        if (!categories.contains(k))
            categories << k;
    }
    QList<FigureRow> categoryRows;
    for (const QString &k : std::as_const(categories))
        categoryRows << counts(k, c.byCategory.value(k), p.byCategory.value(k));
    if (categoryRows.isEmpty())
        categoryRows << FigureRow{tr("(none)"), QString(), QString(), true, true, {}};
    setFigureRows(m_categories, categoryRows);

    // Classes in the office's order; an empty code is the first class.
    const QList<ComplaintClass> &classes = m_data->classes;
    auto countOf = [&](const QMap<QString, int> &byClass, const QString &code, bool first) {
        int n = byClass.value(code);
        if (first)
            n += byClass.value(QString());
        return n;
    };
    QList<FigureRow> classRows;
    QStringList shown;
    for (int i = 0; i < classes.size(); ++i) {
        const ComplaintClass &cls = classes.at(i);
        const QString name =
            tr("%1 (%2 working days)").arg(cls.name).arg(cls.deadlineWorkingDays);
        FigureRow row = counts(name,
                               countOf(c.byClass, cls.code, i == 0),
                               countOf(p.byClass, cls.code, i == 0));
        classRows << row;
        shown << cls.code;
    }
    if (!classes.isEmpty())
        shown << QString();
    QStringList others = c.byClass.keys();
    for (const QString &k : p.byClass.keys()) {
        if (!others.contains(k))
            others << k;
    }
    for (const QString &k : std::as_const(others)) {
        if (!shown.contains(k))
            classRows << counts(k.isEmpty() ? tr("(no class)") : k, c.byClass.value(k),
                                p.byClass.value(k));
    }
    setFigureRows(m_classes, classRows);
}

void RecapPage::fillSteps()
{
    const QString previousName = hasRecap() ? periodName(recap().previous, true) : QString();
    m_steps->horizontalHeaderItem(StepPreviousCompleted)
        ->setText(tr("Completed\n%1").arg(previousName));
    m_steps->horizontalHeaderItem(StepPreviousRate)
        ->setText(tr("On-time rate\n%1").arg(previousName));
    m_steps->setRowCount(0);
    m_deviations->setRowCount(0);
    if (!hasRecap()) {
        m_deviationTitle->setText(tr("Deviations"));
        fitHeight(m_steps, 1);
        return;
    }
    const PeriodRecap &c = recap().current;
    const PeriodRecap &p = recap().previous;
    
    m_steps->setRowCount(int(c.steps.size()));
    for (int r = 0; r < c.steps.size(); ++r) {
        const StepRecap &s = c.steps.at(r);
        StepRecap before;
        for (const StepRecap &q : p.steps) {
            if (q.stepNumber == s.stepNumber)
                before = q;
        }
        QString name = tr("Step %1").arg(s.stepNumber);
        if (m_data->stepActors.contains(s.stepNumber)) {
            name = tr("Step %1 · %2")
                       .arg(s.stepNumber)
                       .arg(m_data->stepActors.value(s.stepNumber));
        }
        QTableWidgetItem *nameItem = textItem(name);
        if (m_data->stepActivities.contains(s.stepNumber))
            nameItem->setToolTip(m_data->stepActivities.value(s.stepNumber));
        m_steps->setItem(r, StepName, nameItem);
        m_steps->setItem(r, StepTarget,
                         figureItem(formatWorkingDuration(qint64(s.targetMinutes) * 60)));
        m_steps->setItem(r, StepCompleted, countItem(s.completed));
        m_steps->setItem(r, StepOnTime, countItem(s.onTime));
        QTableWidgetItem *late = countItem(s.late);
        if (s.late > 0)
            late->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_steps->setItem(r, StepLate, late);
        m_steps->setItem(r, StepRate, figureItem(percent(s.onTime, s.completed), s.completed == 0));
        const bool none = s.completed == 0;
        m_steps->setItem(r, StepMedian,
                         figureItem(none ? u"—"_s : formatWorkingDuration(s.medianSeconds),
                                    none));
        m_steps->setItem(r, StepP90,
                         figureItem(none ? u"—"_s : formatWorkingDuration(s.p90Seconds), none));
        m_steps->setItem(r, StepPreviousCompleted, countItem(before.completed));
        m_steps->setItem(r, StepPreviousRate,
                         figureItem(percent(before.onTime, before.completed),
                                    before.completed == 0));
    }
    fitHeight(m_steps, std::max(1, m_steps->rowCount()));

    m_deviationTitle->setText(tr("Deviations (penyimpangan) in %1: %2 · %3: %4")
                                  .arg(periodName(c), number(c.deviationCount),
                                       periodName(p), number(p.deviationCount)));
    const QTimeZone zone = m_session.officeZone();
    m_deviations->setRowCount(int(c.deviations.size()));
    for (int r = 0; r < c.deviations.size(); ++r) {
        const DeviationLine &d = c.deviations.at(r);
        m_deviations->setItem(r, DeviationNumber, textItem(d.agendaNumber));
        m_deviations->setItem(r, DeviationStep, figureItem(number(d.stepNumber)));
        QTableWidgetItem *used = figureItem(formatWorkingDuration(d.workedSeconds));
        used->setForeground(QColor(0xb7, 0x1c, 0x1c));
        used->setToolTip(tr("Late by %1")
                             .arg(formatWorkingDuration(d.workedSeconds
                                                        - qint64(d.targetMinutes) * 60)));
        m_deviations->setItem(r, DeviationUsed, used);
        m_deviations->setItem(r, DeviationTarget,
                              figureItem(formatWorkingDuration(qint64(d.targetMinutes) * 60)));
        m_deviations->setItem(r, DeviationReason, textItem(d.reason));
        m_deviations->setItem(r, DeviationBy, textItem(d.completedBy));
        m_deviations->setItem(r, DeviationAt,
                              textItem(officetime::shortDateTime(d.completedAt, zone)));
    }
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
                                  .arg(number(written),
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
