#include "workspaces/registerpage.h"

#include "common/palette.h"
#include "detail/complaintdetaildialog.h"
#include "models/intakebookmodel.h"
#include "print/documentprinting.h"
#include "session/session.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/steptitle.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "support/writeguard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QApplication>
#include <QHeaderView>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

/// The register's header draws the sort arrow the way the list runs: pointing down for
/// descending (newest first), up for ascending. (Qt's own styles draw it the other way round.)
class SortArrowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                QStyleOptionHeader flipped(*header);
                if (header->sortIndicator == QStyleOptionHeader::SortUp)
                    flipped.sortIndicator = QStyleOptionHeader::SortDown;
                else if (header->sortIndicator == QStyleOptionHeader::SortDown)
                    flipped.sortIndicator = QStyleOptionHeader::SortUp;
                QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

namespace {
constexpr int kSearchDelayMs = 300;
}

RegisterPage::RegisterPage(Session &session, bool canReport, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new IntakeBookModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_banner = new ResultBanner;
    layout->addWidget(m_banner);

    // Filters.
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search number, name, NIK, phone or words (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::find(), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 3);

    m_year = new QComboBox;
    m_month = new QComboBox;
    m_month->addItem(tr("All months"), 0);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(officetime::locale().standaloneMonthName(month), month);
    m_status = new QComboBox;
    m_status->addItem(tr("All statuses"));
    for (ComplaintStatus s : {ComplaintStatus::InProgress, ComplaintStatus::Paused,
                              ComplaintStatus::Completed, ComplaintStatus::Referred,
                              ComplaintStatus::Voided}) {
        m_status->addItem(statusLabel(s), int(s));
    }
    m_channel = new QComboBox;
    m_channel->addItem(tr("All channels"));
    for (aduan::Channel c : allChannels())
        m_channel->addItem(channelLabel(c), int(c));
    m_step = new QComboBox;
    m_step->addItem(tr("Any step"), 0);
    try {
        if (const auto sop = SettingsStore(session.database())
                                 .sopRevisionInForce(session.officeToday())) {
            for (const SopStep &step : sop->steps) {
                m_step->addItem(tr("Step %1 · %2").arg(step.number).arg(roleTitle(step.actor)),
                                step.number);
                m_step->setItemData(m_step->count() - 1, step.activity, Qt::ToolTipRole);
            }
        }
    } catch (...) {
        // Without the SOP the step filter offers "Any step" only.
    }
    auto *reset = new QPushButton(tr("Reset"));
    reset->setToolTip(tr("Show every complaint"));
    for (auto [label, box] : {std::pair{tr("&Year:"), m_year}, std::pair{tr("&Month:"), m_month},
                              std::pair{tr("S&tatus:"), m_status},
                              std::pair{tr("C&hannel:"), m_channel},
                              std::pair{tr("St&ep:"), m_step}}) {
        auto *l = new QLabel(label);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    }
    filters->addWidget(reset);
    layout->addLayout(filters);
    fillYears();

    // The register.
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(IntakeBookModel::Received, Qt::DescendingOrder);
    // Qt draws descending as an arrow pointing up; the office reads "newest first" as down.
    auto *arrows = new SortArrowStyle(QApplication::style()->name());
    arrows->setParent(m_view->horizontalHeader());
    m_view->horizontalHeader()->setStyle(arrows);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(IntakeBookModel::Number, 150);
    m_view->setColumnWidth(IntakeBookModel::Received, 125);
    m_view->setColumnWidth(IntakeBookModel::Complainant, 150);
    m_view->setColumnWidth(IntakeBookModel::Channel, 90);
    m_view->setColumnWidth(IntakeBookModel::Subject, 250);
    m_view->setColumnWidth(IntakeBookModel::Status, 95);
    // The current step is read whole ("3. Kepala Dinas: disposisi"); the time left after it
    // takes what remains (a short text).
    m_view->setColumnWidth(IntakeBookModel::Step, 220);
    layout->addWidget(m_view, 1);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle());
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *bottom = new QHBoxLayout;
    m_total = new QLabel;
    m_total->setStyleSheet(u"font-weight:600"_s);
    bottom->addWidget(m_total);
    bottom->addStretch();
    m_detail = new QPushButton(icons::details(), tr("&Details"));
    m_print = new QPushButton(icons::print(), tr("&Print"));
    auto *printMenu = new QMenu(m_print);
    m_print->setMenu(printMenu);
    bottom->addWidget(m_detail);
    bottom->addWidget(m_print);
    if (canReport) {
        m_report = new QPushButton(icons::send(), tr("&Report to the head"));
        writeguard::mark(m_report, m_session);
        m_report->setToolTip(tr("Lapor ke Kepala Dinas for the selected complaint: %1").arg(steptitle::inForce(m_session, StepAction::Report)));
        bottom->addWidget(m_report);
        connect(m_report, &QPushButton::clicked, this, &RegisterPage::reportSelected);
    }
    layout->addLayout(bottom);

    // Behaviour.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RegisterPage::applyFilter);
    for (QComboBox *box : {m_year, m_month, m_status, m_channel, m_step})
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(reset, &QPushButton::clicked, this, [this] {
        {
            const QScopedValueRollback guard(m_applying, true);
            m_search->clear();
            for (QComboBox *box : {m_year, m_month, m_status, m_channel, m_step})
                box->setCurrentIndex(0);
        }
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!IntakeBookModel::sortKeyOf(column)) {
                    // Not a column the register can sort by: keep showing the current order.
                    const QSignalBlocker blocker(m_view->horizontalHeader());
                    m_view->horizontalHeader()->setSortIndicator(
                        IntakeBookModel::columnOf(m_model->sortKey()),
                        m_model->descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
                }
            });
    connect(m_model, &IntakeBookModel::totalChanged, this, &RegisterPage::updateTotal);
    connect(m_model, &IntakeBookModel::modelReset, this, &RegisterPage::updateButtons);
    connect(m_model, &IntakeBookModel::loadFailed, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &RegisterPage::openDetail);
    connect(m_detail, &QPushButton::clicked, this, &RegisterPage::openDetail);
    connect(printMenu, &QMenu::aboutToShow, this, [this, printMenu] {
        printing::fillMenu(printMenu, this, m_session, selectedComplaintId());
    });
    auto *find = new QShortcut(QKeySequence::Find, this); // active while the page is visible
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &RegisterPage::focusSearch);
    connect(&m_session, &Session::dataChanged, this, &RegisterPage::refresh);
    connect(&m_session, &Session::tick, m_model, &IntakeBookModel::refreshClocks);

    m_model->setFilter(currentFilter());
    updateTotal();
    updateButtons();
}

void RegisterPage::fillYears()
{
    const int thisYear = m_session.officeToday().year();
    m_year->addItem(tr("All years"), 0);
    for (int year = thisYear; year >= thisYear - 10; --year)
        m_year->addItem(QString::number(year), year);
}

IntakeBookFilter RegisterPage::currentFilter() const
{
    IntakeBookFilter filter;
    const int year = m_year->currentData().toInt();
    const int month = m_month->currentData().toInt();
    if (year > 0 && month > 0) {
        filter.fromDate = QDate(year, month, 1);
        filter.toDate = filter.fromDate.addMonths(1).addDays(-1);
    } else if (year > 0) {
        filter.fromDate = QDate(year, 1, 1);
        filter.toDate = QDate(year, 12, 31);
    } else if (month > 0) {
        // A month without a year: that month of the current year.
        const int thisYear = m_session.officeToday().year();
        filter.fromDate = QDate(thisYear, month, 1);
        filter.toDate = filter.fromDate.addMonths(1).addDays(-1);
    }
    if (m_status->currentIndex() > 0)
        filter.status = ComplaintStatus(m_status->currentData().toInt());
    if (m_channel->currentIndex() > 0)
        filter.channel = aduan::Channel(m_channel->currentData().toInt());
    filter.step = m_step->currentData().toInt();
    filter.search = m_search->text().trimmed();
    return filter;
}

void RegisterPage::applyFilter()
{
    if (m_applying)
        return;
    m_searchDelay.stop();
    m_problem->hide();
    m_model->setFilter(currentFilter());
    updateTotal();
    updateButtons();
}

void RegisterPage::refresh()
{
    m_problem->hide();
    const qint64 selected = selectedComplaintId();
    m_model->reload();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    updateTotal();
    updateButtons();
}

void RegisterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterPage::updateTotal()
{
    const qint64 total = m_model->total();
    //: The register's total; %1 is the number grouped the Indonesian way ("1.250").
    m_total->setText(tr("%1 complaint(s)", nullptr, int(total))
                         .arg(officetime::locale().toString(total)));
}

qint64 RegisterPage::selectedComplaintId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const IntakeBookRow *row = m_model->rowAt(rows.constFirst().row());
    return row ? row->complaintId : 0;
}

void RegisterPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const IntakeBookRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.constFirst().row());
    m_detail->setEnabled(row != nullptr);
    m_print->setEnabled(row != nullptr);
    if (m_report) {
        m_report->setEnabled(row && row->status == ComplaintStatus::InProgress
                             && row->currentActor == Role::Secretary);
    }
}

bool RegisterPage::reportSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const IntakeBookRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.constFirst().row());
    if (!row)
        return false;
    const ComplaintRef ref{row->complaintId, row->rowVersion};
    const QString number = row->agendaNumber;
    const bool ok = feedback::runStepCommand(this, tr("Report to the head"),
                                             [&](const QString &reason) {
        m_session.workflow().reportToHead(m_session.userId(), ref, {}, reason);
    });
    if (ok) {
        m_banner->showMessage(tr("%1 is reported to the head (Lapor ke Kepala Dinas).")
                                  .toHtmlEscaped()
                                  .arg(u"<b>"_s + number.toHtmlEscaped() + u"</b>"_s));
        m_session.notifyChanged();
    }
    return ok;
}

void RegisterPage::openDetail()
{
    const qint64 id = selectedComplaintId();
    if (id > 0)
        ComplaintDetailDialog::open(m_session, id, this);
}

} // namespace aduan::gui
