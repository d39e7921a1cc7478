#include "workspaces/smsinboxpage.h"

#include "session/session.h"
#include "sms/messageintake.h"
#include "storage/messageinbox.h"
#include "support/feedback.h"
#include "support/iconroom.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "support/writeguard.h"
#include "util/error.h"
#include "workspaces/importdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

enum Column { Sender, Received, Channel_, Text, ColumnCount };

} // namespace

SmsInboxPage::SmsInboxPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_banner = new ResultBanner;
    outer->addWidget(m_banner);
    auto *intro = new QLabel(tr("Complaints that came by SMS or from the website wait here. "
                                "Make each one a complaint, or set it aside with the reason."));
    intro->setWordWrap(true);
    outer->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Sender"), tr("Received"), tr("Channel"), tr("Message")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Sender, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Received, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Channel_, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Scripts such as Javanese reach above and below a Latin line: room for their marks.
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 2);
    outer->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No message is waiting."));
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(icons::open(), tr("&Import CSV…"));
    m_import->setToolTip(tr("Import a website or Google Form export (CSV)"));
    giveIconRoom(m_import);
    writeguard::mark(m_import, m_session);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    m_aside = new QPushButton(tr("&Not a complaint…"));
    m_aside->setToolTip(tr("Set the message aside with the reason (Delete)"));
    writeguard::mark(m_aside, m_session);
    buttons->addWidget(m_aside);
    m_register = new QPushButton(icons::add(), tr("&Make complaint"));
    m_register->setToolTip(tr("Open the complaint form filled in from the message (Enter)"));
    m_register->setDefault(true);
    giveIconRoom(m_register);
    writeguard::mark(m_register, m_session);
    buttons->addWidget(m_register);
    outer->addLayout(buttons);

    connect(m_register, &QPushButton::clicked, this, &SmsInboxPage::makeComplaintOfSelected);
    connect(m_aside, &QPushButton::clicked, this, &SmsInboxPage::setSelectedAside);
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *) { makeComplaintOfSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SmsInboxPage::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SmsInboxPage::setSelectedAside);
    connect(m_import, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(m_session, this);
        dialog.exec();
        refresh();
    });
    connect(&m_session, &Session::dataChanged, this, &SmsInboxPage::refresh);
    refresh();
}

int SmsInboxPage::waitingCount() const
{
    return m_table->rowCount();
}

void SmsInboxPage::refresh()
{
    const qint64 selected = selectedId();
    QList<IncomingMessage> waiting;
    feedback::guarded(this, tr("SMS inbox"),
                      [&] { waiting = MessageInboxStore(m_session.database()).waiting(); });
    const QTimeZone zone = m_session.officeZone();
    m_table->setRowCount(int(waiting.size()));
    for (int row = 0; row < waiting.size(); ++row) {
        const IncomingMessage &m = waiting.at(row);
        QString sender = m.sender;
        if (!m.senderName.isEmpty())
            sender = m.sender.isEmpty() ? m.senderName : m.senderName + u'\n' + m.sender;
        auto *first = new QTableWidgetItem(sender);
        first->setData(Qt::UserRole, m.id);
        m_table->setItem(row, Sender, first);
        m_table->setItem(row, Received,
                         new QTableWidgetItem(officetime::shortDateTime(m.receivedAt, zone)));
        m_table->setItem(row, Channel_, new QTableWidgetItem(channelLabel(m.channel)));
        m_table->setItem(row, Text, new QTableWidgetItem(m.text));
        if (m.id == selected)
            m_table->selectRow(row);
    }
    if (m_table->currentRow() < 0 && !waiting.isEmpty())
        m_table->selectRow(0);
    m_empty->setVisible(waiting.isEmpty());
    updateButtons();
    emit countChanged(int(waiting.size()));
}

qint64 SmsInboxPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(items.constFirst()->row(), Sender);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void SmsInboxPage::updateButtons()
{
    const bool any = selectedId() > 0;
    m_register->setEnabled(any);
    m_aside->setEnabled(any);
}

void SmsInboxPage::makeComplaintOfSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    feedback::guarded(this, tr("Make complaint"), [&] {
        const auto message = MessageInboxStore(m_session.database()).load(id);
        if (!message || message->state != MessageState::New) {
            refresh();
            throw Error(Error::Code::Conflict,
                        tr("This message was handled meanwhile (perhaps on another PC)."));
        }
        emit makeComplaint(id, MessageIntake(m_session.database(), m_session.clock())
                                   .draftFor(*message));
    });
}

void SmsInboxPage::setSelectedAside()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString title = tr("Not a complaint");
    const std::optional<QString> reason = feedback::askReason(
        this, title,
        tr("Why is this message not a complaint (e.g. a question answered by telephone, "
           "spam)? The reason is kept in the history."));
    if (!reason)
        return;
    const bool done = feedback::guarded(this, title, [&] {
        MessageIntake(m_session.database(), m_session.clock())
            .setAside(m_session.userId(), id, *reason);
    });
    if (done) {
        m_banner->showMessage(tr("The message was set aside.").toHtmlEscaped());
        m_session.notifyChanged();
    }
}

void SmsInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncWithDaemon();
    refresh();
}

void SmsInboxPage::syncWithDaemon()
{
    // RunOnReceive runs once per message: what it missed is taken in here; the replies waiting
    // are handed over and their delivery states read back. A daemon out of reach is said in
    // the banner, not in a dialog on every visit.
    try {
        MessageIntake intake(m_session.database(), m_session.clock());
        const QString config = intake.daemonConfig();
        if (config.isEmpty())
            return;
        const MessageIntake::DaemonSync done = intake.syncWithDaemon(SmsDaemon(config));
        if (done.takenIn > 0) {
            m_banner->showMessage(
                tr("%n message(s) that the SMS daemon had not handed over were taken in.", nullptr,
                   done.takenIn)
                    .toHtmlEscaped());
        }
        if (done.takenIn > 0 || done.queued > 0 || done.refreshed > 0)
            m_session.notifyChanged();
    } catch (const Error &e) {
        m_banner->showMessage(
            tr("The SMS daemon could not be read: %1").arg(e.message()).toHtmlEscaped());
    }
}

} // namespace aduan::gui
