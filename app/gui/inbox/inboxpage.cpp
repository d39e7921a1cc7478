#include "inbox/inboxpage.h"

#include "common/palette.h"
#include "detail/complaintdetaildialog.h"
#include "inbox/steppanel.h"
#include "models/inboxmodel.h"
#include "models/stepclockstyle.h"
#include "session/session.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "print/documentprinting.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "support/steptitle.h"
#include "util/error.h"
#include "workflow/stepclock.h"
#include "support/writeguard.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

InboxPage::InboxPage(Session &session, const QList<Role> &roles, StepAction action,
                     StepPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_roles(roles)
    , m_model(new InboxModel(this))
    , m_action(action)
    , m_panel(panel)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner = new ResultBanner;
    auto *printDone = m_banner->addButton(icons::print(), tr("&Print…"));
    auto *printMenu = new QMenu(printDone);
    printDone->setMenu(printMenu);
    connect(printMenu, &QMenu::aboutToShow, this, [this, printMenu] {
        printing::fillMenu(printMenu, this, m_session, m_lastDone);
    });
    auto *detailDone = m_banner->addButton(icons::details(), tr("Details"));
    connect(detailDone, &QPushButton::clicked, this, [this] {
        if (m_lastDone > 0)
            ComplaintDetailDialog::open(m_session, m_lastDone, this);
    });
    outer->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Horizontal);
    outer->addWidget(splitter, 1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel;
    m_title->setStyleSheet(u"font-weight:600"_s);
    m_title->setWordWrap(true);
    leftLayout->addWidget(m_title);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InboxModel::Subject, QHeaderView::Stretch);
    header->setSectionResizeMode(InboxModel::TimeLeft, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InboxModel::Number, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(InboxModel::Complainant, 130);
    m_view->setColumnWidth(InboxModel::Step, 150);
    // One role's inbox holds one step: the column would repeat it on every row.
    m_view->setColumnHidden(InboxModel::Step, m_roles.size() == 1);
    // Half of a 1366-pixel screen holds the number, the complainant, the subject and the time
    // left; when it was received is the number's tooltip and the step panel's header (the
    // list is oldest first: IntakeBook::inbox()).
    m_view->setColumnHidden(InboxModel::Received, true);
    m_view->installEventFilter(this);
    leftLayout->addWidget(m_view, 1);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle());
    m_problem->hide();
    leftLayout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    m_detail = new QPushButton(icons::details(), tr("&Details"));
    m_pause = new QPushButton(icons::pause(), tr("Put on &hold…"));
    m_pause->setToolTip(tr("Ditunda: waiting for the complainant or a third party; the step's "
                           "clock stops."));
    m_resume = new QPushButton(icons::resume(), tr("Res&ume…"));
    writeguard::mark(m_pause, m_session);
    writeguard::mark(m_resume, m_session);
    buttons->addWidget(m_detail);
    buttons->addStretch();
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    if (m_panel) {
        auto *right = new QWidget;
        auto *rightLayout = new QVBoxLayout(right);
        rightLayout->setContentsMargins(8, 8, 8, 8);
        m_summary = new QLabel;
        m_summary->setTextFormat(Qt::RichText);
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rightLayout->addWidget(m_summary);
        rightLayout->addWidget(m_panel, 1); // the forms scroll by themselves
        splitter->addWidget(right);
        // The step's form needs the room (at 1366×768 it must fit without a horizontal
        // scrollbar); the list keeps the number, the date, the name and the time left.
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({600, 766});
        m_panel->clearComplaint();
        connect(m_panel, &StepPanel::failed, this, [this] { loadSelected(true); });
        connect(m_panel, &StepPanel::completed, this, [this](qint64 id) {
            m_lastDone = id;
            ComplaintRecord done;
            try {
                done = m_session.intakeBook().complaint(m_session.userId(), id);
            } catch (...) {
                done = {};
            }
            QString html = tr("Saved: %1 has moved on to the next step.")
                               .toHtmlEscaped()
                               .arg(u"<b>"_s + done.agendaNumber.toHtmlEscaped() + u"</b>"_s);
            // The step just completed is the last one completed in the record.
            for (auto step = done.steps.crbegin(); step != done.steps.crend(); ++step) {
                if (step->completed()) {
                    html += u" "_s
                            + stepTimeSummary(step->number, StepClock::ofCompleted(*step))
                                  .toHtmlEscaped();
                    break;
                }
            }
            m_banner->showMessage(html);
        });
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPage::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &InboxPage::openDetail);
    connect(m_detail, &QPushButton::clicked, this, &InboxPage::openDetail);
    connect(m_pause, &QPushButton::clicked, this, &InboxPage::pause);
    connect(m_resume, &QPushButton::clicked, this, &InboxPage::resume);
    connect(&m_session, &Session::dataChanged, this, &InboxPage::refresh);
    connect(&m_session, &Session::tick, this, &InboxPage::refresh);

    refresh();
    updateButtons();
}

qint64 InboxPage::selectedComplaintId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const InboxItem *item = m_model->itemAt(rows.constFirst().row());
    return item ? item->row.complaintId : 0;
}

bool InboxPage::selectComplaint(qint64 complaintId)
{
    const int row = m_model->rowOf(complaintId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void InboxPage::refresh()
{
    const qint64 selected = selectedComplaintId();
    QList<InboxItem> items;
    try {
        const QList<InboxItem> all = m_session.intakeBook().inbox(m_session.userId());
        for (const InboxItem &item : all) {
            if (m_roles.isEmpty() || m_roles.contains(item.row.currentActor))
                items << item;
        }
        m_model->setItems(items, m_session.officeZone());
        m_problem->hide();
    } catch (const Error &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    } catch (const std::exception &e) {
        m_problem->setText(QString::fromLocal8Bit(e.what()));
        m_problem->show();
        return;
    }
    m_title->setText(tr("%1: %n complaint(s) waiting", nullptr, int(items.size()))
                         .arg(steptitle::inForce(m_session, m_action)));
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_view->clearSelection();
    }
    if (selected != 0 && m_model->rowOf(selected) < 0) {
        // The selected complaint left this inbox (done here or on another PC).
        m_current = {};
        if (m_panel)
            m_panel->clearComplaint();
    }
    updateSummary();
    updateButtons();
}

void InboxPage::selectionChanged()
{
    loadSelected(false);
}

void InboxPage::loadSelected(bool force)
{
    const qint64 id = selectedComplaintId();
    if (id == 0) {
        m_current = {};
        if (m_panel)
            m_panel->clearComplaint();
        updateSummary();
        updateButtons();
        return;
    }
    if (!force && id == m_current.id)
        return;
    try {
        m_current = m_session.intakeBook().complaint(m_session.userId(), id);
        if (m_panel)
            m_panel->setComplaint(m_current);
    } catch (const Error &error) {
        m_current = {};
        if (m_panel)
            m_panel->clearComplaint();
        m_problem->setText(error.message());
        m_problem->show();
    }
    updateSummary();
    updateButtons();
}

void InboxPage::updateSummary()
{
    if (!m_summary)
        return;
    if (m_current.id <= 0) {
        m_summary->setText(u"<i>"_s + tr("Choose a complaint from the list.").toHtmlEscaped()
                           + u"</i>"_s);
        return;
    }
    // The step's form shows the complaint's head; here: the number and the step's clock.
    QString html = u"<b style='font-size:13pt'>"_s + m_current.agendaNumber.toHtmlEscaped()
                   + u"</b>"_s;
    const int row = m_model->rowOf(m_current.id);
    if (const InboxItem *item = m_model->itemAt(row)) {
        html += u" &nbsp; <span style='background:"_s
                + stepclockstyle::background(item->clock.state).name() + u";color:"_s
                + stepclockstyle::foreground(item->clock.state).name() + u"'>&nbsp;"_s
                + stepclockstyle::timeLeft(item->clock).toHtmlEscaped() + u"&nbsp;</span>"_s;
    }
    if (m_current.isPaused()) {
        html += u"<br><b>"_s
                + tr("On hold: resume it before completing the step.").toHtmlEscaped()
                + u"</b>"_s;
    }
    m_summary->setText(html);
}

void InboxPage::updateButtons()
{
    const bool has = m_current.id > 0;
    m_detail->setEnabled(has);
    m_pause->setEnabled(has && m_current.currentStep() && !m_current.isPaused());
    m_resume->setEnabled(has && m_current.isPaused());
}

void InboxPage::pause()
{
    if (m_current.id <= 0)
        return;
    const auto reason = feedback::askReason(
        this, tr("Put on hold"),
        tr("Why is complaint %1 on hold? (e.g. waiting for data from another agency) The "
           "step's clock stops until it is resumed.")
            .arg(m_current.agendaNumber));
    if (!reason)
        return;
    const ComplaintRef ref{m_current.id, m_current.rowVersion};
    feedback::guarded(this, tr("Put on hold"), [&] {
        m_session.workflow().pause(m_session.userId(), ref, reason->trimmed());
    });
    m_session.notifyChanged();
    loadSelected(true);
}

void InboxPage::resume()
{
    if (m_current.id <= 0)
        return;
    const auto note = feedback::askNote(
        this, tr("Resume"),
        tr("Complaint %1 is resumed and its clock runs again. Note what arrived (optional).")
            .arg(m_current.agendaNumber));
    if (!note)
        return;
    const ComplaintRef ref{m_current.id, m_current.rowVersion};
    feedback::guarded(this, tr("Resume"), [&] {
        m_session.workflow().resume(m_session.userId(), ref, note->trimmed());
    });
    m_session.notifyChanged();
    loadSelected(true);
}

void InboxPage::openDetail()
{
    const qint64 id = selectedComplaintId();
    if (id > 0)
        ComplaintDetailDialog::open(m_session, id, this);
}

bool InboxPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason
        && !m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
        const QModelIndex current = m_view->currentIndex();
        m_view->selectRow(current.isValid() ? current.row() : 0);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace aduan::gui
