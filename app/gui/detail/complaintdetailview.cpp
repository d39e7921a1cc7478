#include "detail/complaintdetailview.h"

#include "common/palette.h"
#include "complaintactions/attachmentopener.h"
#include "complaintactions/complaintactions.h"
#include "models/stepclockstyle.h"
#include "session/session.h"
#include "sms/messageintake.h"
#include "sop/stepaction.h"
#include "storage/database.h"
#include "storage/messageinbox.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/officetime.h"
#include "util/error.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    QString html = u"<tr><td style='padding-right:12px;color:%1'>"_s.arg(palette::css(palette::mutedText));
    html += esc(label);
    html += u"</td><td>"_s;
    html += esc(value).replace(u'\n', u"<br>"_s);
    html += u"</td></tr>"_s;
    return html;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString actionWords(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {stepActionCode(StepAction::Register), QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Registered")},
        {stepActionCode(StepAction::Report), QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Reported to the head")},
        {stepActionCode(StepAction::Dispose), QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Disposition signed")},
        {stepActionCode(StepAction::Decide), QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Decision recorded")},
        {u"refer"_s, QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Referred")},
        {stepActionCode(StepAction::Convey), QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Result conveyed")},
        {u"pause"_s, QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Put on hold")},
        {u"resume"_s, QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Resumed")},
        {u"void"_s, QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Voided")},
        {u"amend"_s, QT_TRANSLATE_NOOP("aduan::gui::ComplaintDetailView", "Details corrected")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd()
               ? action
               : QCoreApplication::translate("aduan::gui::ComplaintDetailView", *it);
}

} // namespace

ComplaintDetailView::ComplaintDetailView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    // Koreksi data and Batalkan aduan, for the roles that may (complaintactions/).
    auto *actions = new ComplaintActions(m_session, this);
    auto *headerRow = new QHBoxLayout;
    layout->addLayout(headerRow); // first, so that the buttons get their parent at once
    headerRow->addWidget(m_header, 1);
    for (QAction *action : {actions->amendAction(), actions->voidAction()}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        headerRow->addWidget(button, 0, Qt::AlignTop);
        // A hidden action (a role that may not correct) hides its button.
        button->setHidden(!action->isVisible());
        connect(action, &QAction::visibleChanged, button,
                [button, action] { button->setHidden(!action->isVisible()); });
    }
    connect(actions, &ComplaintActions::changed, this, &ComplaintDetailView::reload);

    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    m_summary = new QTextBrowser;
    m_tabs->addTab(m_summary, tr("Complaint"));

    auto *stepsPage = new QSplitter(Qt::Vertical);
    m_steps = makeTable({tr("Step"), tr("Activity"), tr("Actor"), tr("Started"), tr("Done"),
                         tr("Time used"), tr("Target"), tr("Late"), tr("Deviation reason")});
    m_pauses = makeTable({tr("Step"), tr("On hold from"), tr("Until"), tr("Reason"),
                          tr("Note on resuming")});
    auto *pausesBox = new QWidget;
    auto *pausesLayout = new QVBoxLayout(pausesBox);
    pausesLayout->setContentsMargins(0, 4, 0, 0);
    pausesLayout->addWidget(new QLabel(tr("On hold (Ditunda)")));
    pausesLayout->addWidget(m_pauses);
    // Numbers, times and states read whole (their columns fit their contents); the activity,
    // the actor and the deviation reason share what is left of the width and wrap, the rows
    // growing to their text: no horizontal scrollbar at 1366x768.
    QHeaderView *stepColumns = m_steps->horizontalHeader();
    stepColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {1, 2, 8})
        stepColumns->setSectionResizeMode(column, QHeaderView::Stretch);
    m_steps->setWordWrap(true);
    connect(stepColumns, &QHeaderView::sectionResized, m_steps,
            [this] { m_steps->resizeRowsToContents(); });
    stepsPage->addWidget(m_steps);
    stepsPage->addWidget(pausesBox);
    stepsPage->setStretchFactor(0, 3);
    stepsPage->setStretchFactor(1, 1);
    m_tabs->addTab(stepsPage, tr("Steps"));

    m_outputs = new QTextBrowser;
    m_tabs->addTab(m_outputs, tr("Outputs"));

    auto *attachmentsPage = new QWidget;
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPage);
    m_attachments = new QListWidget;
    m_saveAttachment = new QPushButton(tr("Save a copy…"));
    m_saveAttachment->setEnabled(false);
    auto *openAttachment = new QPushButton(tr("&Open"));
    openAttachment->setObjectName(u"openAttachment"_s);
    openAttachment->setToolTip(tr("Open a copy of the file in this PC's viewer"));
    openAttachment->setEnabled(false);
    attachmentsLayout->addWidget(m_attachments);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addStretch();
    attachmentButtons->addWidget(openAttachment);
    attachmentButtons->addWidget(m_saveAttachment);
    attachmentsLayout->addLayout(attachmentButtons);
    m_tabs->addTab(attachmentsPage, tr("Attachments"));
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int rowIndex) { m_saveAttachment->setEnabled(rowIndex >= 0); });
    connect(m_saveAttachment, &QPushButton::clicked, this, &ComplaintDetailView::saveAttachment);
    // Opened only on the user's explicit action: the button, a double-click or Enter.
    auto openCurrent = [this] {
        const QListWidgetItem *item = m_attachments->currentItem();
        if (item && item->data(Qt::UserRole).isValid()) {
            attachmentfiles::open(this, m_session, item->data(Qt::UserRole).toLongLong(),
                                  item->data(Qt::UserRole + 1).toString());
        }
    };
    connect(m_attachments, &QListWidget::currentItemChanged, openAttachment,
            [openAttachment](const QListWidgetItem *item) {
                openAttachment->setEnabled(item && item->data(Qt::UserRole).isValid());
            });
    connect(openAttachment, &QPushButton::clicked, this, openCurrent);
    connect(m_attachments, &QListWidget::itemActivated, this, openCurrent);

    m_history = makeTable({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_tabs->addTab(m_history, tr("History"));
}

bool ComplaintDetailView::showComplaint(qint64 complaintId)
{
    refreshSmsDelivery(complaintId);
    try {
        m_record = m_session.intakeBook().complaint(m_session.userId(), complaintId);
        m_sop = SettingsStore(m_session.database()).sopRevision(m_record.sopRevisionId);
        fillSummary();
        fillTimeline();
        fillOutputs();
        fillAttachments();
        fillHistory(complaintId);
        if (auto *actions = findChild<ComplaintActions *>(QString(), Qt::FindDirectChildrenOnly))
            actions->setRecord(m_record);
        return true;
    } catch (const Error &error) {
        m_header->setText(esc(error.message()));
    } catch (const std::exception &e) {
        m_header->setText(esc(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void ComplaintDetailView::refreshSmsDelivery(qint64 complaintId)
{
    // Step 5 by SMS: the delivery state as the SMS daemon says it now (an explicit ask of the
    // core on opening). Out of reach, the last state read stays, with when it was read.
    m_smsProblem.clear();
    try {
        MessageIntake intake(m_session.database(), m_session.clock());
        const QString config = intake.daemonConfig();
        if (!config.isEmpty() && !MessageInboxStore(m_session.database()).inFlight(complaintId).isEmpty())
            intake.refreshDelivery(SmsDaemon(config), complaintId);
    } catch (const Error &error) {
        m_smsProblem = error.message();
    }
}

void ComplaintDetailView::reload()
{
    if (m_record.id > 0)
        showComplaint(m_record.id);
}

void ComplaintDetailView::fillSummary()
{
    const QTimeZone zone = m_session.officeZone();
    const ComplaintRecord &c = m_record;
    QString header = u"<span style='font-size:14pt;font-weight:600'>"_s + esc(c.agendaNumber)
                     + u"</span> &nbsp; "_s + esc(statusLabel(c.status()));
    if (const StepState *step = c.currentStep()) {
        const StepClock clock = m_session.intakeBook().stepClock(c, *step);
        header += u" &nbsp;·&nbsp; "_s
                  + esc(tr("step %1 (%2)").arg(step->number).arg(roleTitle(step->actor)))
                  + u" &nbsp;<span style='background:"_s
                  + stepclockstyle::background(clock.state).name() + u";color:"_s
                  + stepclockstyle::foreground(clock.state).name() + u"'>&nbsp;"_s
                  + esc(stepclockstyle::timeLeft(clock)) + u"&nbsp;</span>"_s;
    }
    m_header->setText(header);

    QString html = u"<table cellspacing=2>"_s;
    html += row(tr("Number"), c.agendaNumber);
    html += row(tr("Received"), officetime::longDateTime(c.receivedAt, zone));
    html += row(tr("Registered"), officetime::longDateTime(c.registeredAt, zone, true));
    html += row(tr("Channel"), channelLabel(c.channel));
    html += row(tr("Complainant"), c.complainantDisplayName());
    if (c.complainant && !c.identityHidden) {
        if (!c.complainant->nik.isEmpty())
            html += row(tr("NIK"), c.complainant->nik);
        if (!c.complainant->phone.isEmpty())
            html += row(tr("Phone"), c.complainant->phone);
        if (!c.complainant->address.isEmpty())
            html += row(tr("Address"), c.complainant->address);
    }
    if (c.confidentiality == Confidentiality::Confidential)
        html += row(tr("Confidential"), tr("Yes (Rahasia)"));
    html += row(tr("Subject"), c.subject);
    html += row(tr("Description"), c.description);
    if (!c.location.isEmpty())
        html += row(tr("Location"), c.location);
    html += row(tr("Category"), c.category);
    QString className = c.classCode;
    if (const auto cls = SettingsStore(m_session.database()).complaintClass(c.classCode)) {
        className = tr("%1 (%n working day(s))", nullptr, cls->deadlineWorkingDays)
                        .arg(cls->name);
    }
    html += row(tr("Class"), className);
    html += row(tr("Deadline"), officetime::longDateTime(c.deadlineAt, zone));
    html += row(tr("Status"), statusLabel(c.status()));
    const SopStep *registering = m_sop ? m_sop->stepForAction(StepAction::Register) : nullptr;
    for (auto it = c.requirements.cbegin(); it != c.requirements.cend(); ++it) {
        QString name = it.key();
        if (registering) {
            for (const SopRequirement &r : registering->requirements) {
                if (r.code == it.key())
                    name = r.name;
            }
        }
        const QString value = it->met ? tr("shown")
                                      : tr("not shown: %1").arg(it->waiverReason);
        html += row(name, value);
    }
    if (!c.evidence.isEmpty())
        html += row(tr("Evidence items"), c.evidence.join(u"\n"_s));
    if (c.relatedComplaintId > 0)
        html += row(tr("Related complaint"), tr("complaint #%1").arg(c.relatedComplaintId));
    if (c.voidedAt.isValid()) {
        html += row(tr("Voided"), officetime::longDateTime(c.voidedAt, zone));
        html += row(tr("Reason"), c.voidReason);
    }
    html += u"</table>"_s;
    m_summary->setHtml(html);
}

void ComplaintDetailView::fillTimeline()
{
    const QTimeZone zone = m_session.officeZone();
    const std::optional<SopDefinition> &sop = m_sop;
    const IntakeBook book = m_session.intakeBook();
    m_steps->setRowCount(0);
    for (const StepState &step : m_record.steps) {
        const int r = m_steps->rowCount();
        m_steps->insertRow(r);
        const SopStep *definition = sop ? sop->step(step.number) : nullptr;
        QString actor = roleTitle(step.actor);
        if (step.completed()) {
            actor += u": "_s;
            actor += step.actingHead ? tr("Plh. %1").arg(step.completedByName)
                                     : step.completedByName;
        }
        const StepClock clock = book.stepClock(m_record, step);
        const qint64 used = step.completed() ? step.workedSeconds : clock.workedSeconds;
        const bool late = step.completed() ? step.late : clock.late();
        m_steps->setItem(r, 0, cell(QString::number(step.number)));
        m_steps->setItem(r, 1, cell(definition ? definition->activity : step.action));
        m_steps->setItem(r, 2, cell(actor));
        m_steps->setItem(r, 3, cell(officetime::shortDateTime(step.actionableAt, zone)));
        m_steps->setItem(r, 4, cell(step.completed()
                                        ? officetime::shortDateTime(step.completedAt, zone)
                                        : (clock.paused ? tr("on hold") : tr("open"))));
        m_steps->setItem(r, 5, cell(formatWorkingDuration(used)));
        m_steps->setItem(r, 6, cell(tr("%1 min").arg(step.targetMinutes)));
        auto *lateItem = cell(late ? tr("late by %1").arg(formatWorkingDuration(
                                         std::max<qint64>(0, used - step.targetMinutes * 60LL)))
                                   : tr("on time"));
        const StepClock::State state = step.completed()
                                           ? (late ? StepClock::State::Overdue
                                                   : StepClock::State::OnTime)
                                           : clock.state;
        lateItem->setBackground(stepclockstyle::background(state));
        lateItem->setForeground(stepclockstyle::foreground(state));
        m_steps->setItem(r, 7, lateItem);
        m_steps->setItem(r, 8, cell(step.deviationReason));
    }
    m_steps->resizeRowsToContents();

    m_pauses->setRowCount(0);
    for (const PauseRecord &pause : m_record.pauses) {
        const int r = m_pauses->rowCount();
        m_pauses->insertRow(r);
        m_pauses->setItem(r, 0, cell(QString::number(pause.stepNumber)));
        m_pauses->setItem(r, 1, cell(officetime::shortDateTime(pause.pausedAt, zone)));
        m_pauses->setItem(r, 2, cell(pause.resumedAt.isValid()
                                         ? officetime::shortDateTime(pause.resumedAt, zone)
                                         : tr("still on hold")));
        m_pauses->setItem(r, 3, cell(pause.reason));
        m_pauses->setItem(r, 4, cell(pause.resumeNote));
    }
    m_pauses->resizeColumnsToContents();
}

void ComplaintDetailView::fillOutputs()
{
    const QTimeZone zone = m_session.officeZone();
    const ComplaintRecord &c = m_record;
    QString html;
    auto section = [&html](const QString &title) {
        html += u"<h3>"_s + esc(title) + u"</h3><table cellspacing=2>"_s;
    };
    for (const StepState &step : c.steps) {
        if (step.completed() && !step.note.isEmpty()) {
            section(tr("Step %1: note").arg(step.number));
            html += row(tr("Note"), step.note) + u"</table>"_s;
        }
    }
    if (c.disposition) {
        const DispositionRecord &d = *c.disposition;
        section(tr("Lembar Disposisi"));
        html += row(tr("Urgency (Sifat)"), urgencyLabel(d.input.urgency));
        html += row(tr("Instructions"), d.input.instructions.join(u"\n"_s));
        html += row(tr("Note"), d.input.note);
        html += row(tr("To"), d.input.addressee);
        html += row(tr("Signed by"), (d.signedAsActing ? tr("Plh. %1").arg(d.signerName)
                                                       : d.signerName)
                                         + (d.signerNip.isEmpty() ? QString()
                                                                  : u", NIP "_s + d.signerNip));
        html += row(tr("Signed"), officetime::longDateTime(d.signedAt, zone));
        html += u"</table>"_s;
    }
    if (c.decision) {
        const DecisionRecord &d = *c.decision;
        section(tr("Hasil Keputusan Penyelesaian Pengaduan"));
        html += row(tr("Meeting"), officetime::longDateTime(d.input.meetingAt, zone));
        html += row(tr("Attendees"), d.input.attendees.join(u", "_s));
        html += row(tr("Discussion"), d.input.discussion);
        html += row(tr("Decision"), d.input.decision);
        html += row(tr("Within the office's authority"),
                    d.input.withinAuthority ? tr("Yes") : tr("No"));
        html += row(tr("Recorded"), officetime::longDateTime(d.decidedAt, zone));
        html += u"</table>"_s;
    }
    if (c.referral) {
        const ReferralRecord &r = *c.referral;
        section(tr("Formulir Penyaluran Pengaduan Bukan Kewenangan"));
        html += row(tr("Agency"), r.agencyName);
        html += row(tr("Address"), r.agencyAddress);
        html += row(tr("Reason"), r.input.reason);
        html += row(tr("Letter number"), r.input.letterNumber);
        html += row(tr("Referred"), officetime::longDateTime(r.referredAt, zone));
        html += u"</table>"_s;
    }
    if (c.resolutionReport) {
        const ResolutionReportRecord &r = *c.resolutionReport;
        section(tr("Berita Acara Penyelesaian Aduan"));
        html += row(tr("Conveyed by"), r.input.method);
        html += row(tr("Summary"), r.input.summary);
        html += row(tr("Complainant's response"), r.input.complainantResponse);
        html += row(tr("Officer"), r.officerName);
        html += row(tr("Conveyed"), officetime::longDateTime(r.conveyedAt, zone));
        if (r.sms) {
            QString state = smsDeliveryLabel(r.sms->delivery);
            if (!r.sms->handedOver())
                state = tr("%1, not yet handed to the SMS daemon").arg(state);
            else if (r.sms->checkedAt.isValid())
                state = tr("%1 (asked %2)")
                            .arg(state, officetime::longDateTime(r.sms->checkedAt, zone));
            if (!m_smsProblem.isEmpty())
                state += u" — "_s + m_smsProblem;
            html += row(tr("SMS to"), m_record.identityHidden ? tr("(hidden)") : r.sms->recipient);
            html += row(tr("SMS sent"), r.sms->text);
            html += row(tr("SMS delivery"), state);
        }
        html += u"</table>"_s;
    }
    if (html.isEmpty())
        html = u"<p>"_s + esc(tr("No output yet besides the Formulir Aduan.")) + u"</p>"_s;
    m_outputs->setHtml(html);
}

void ComplaintDetailView::fillAttachments()
{
    m_attachments->clear();
    for (const AttachmentInfo &a : m_record.attachments) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3 KB)").arg(a.fileName, a.mimeType).arg((a.sizeBytes + 1023) / 1024));
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
        m_attachments->addItem(item);
    }
    if (m_record.attachments.isEmpty())
        m_attachments->addItem(tr("No attachments."));
    m_tabs->setTabText(3, tr("Attachments (%1)").arg(m_record.attachments.size()));
}

void ComplaintDetailView::saveAttachment()
{
    const QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                        item->data(Qt::UserRole + 1).toString());
    if (target.isEmpty())
        return;
    feedback::guarded(this, tr("Save a copy"), [&] {
        const QByteArray content =
            m_session.intakeBook().attachmentContent(m_session.userId(), id);
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            throw Error(Error::Code::Storage,
                        tr("The file %1 could not be written: %2")
                            .arg(target, file.errorString()));
        }
    });
}

void ComplaintDetailView::fillHistory(qint64 complaintId)
{
    const QTimeZone zone = m_session.officeZone();
    const QList<AuditEntry> entries = m_session.intakeBook().history(m_session.userId(),
                                                                     complaintId);
    m_history->setRowCount(0);
    for (const AuditEntry &entry : entries) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        QStringList changes;
        for (auto it = entry.newValue.constBegin(); it != entry.newValue.constEnd(); ++it) {
            const QJsonValue old = entry.oldValue.value(it.key());
            QString change = it.key() + u": "_s;
            if (!old.isUndefined())
                change += jsonText(old) + u" → "_s;
            change += jsonText(it.value());
            changes << change;
        }
        m_history->setItem(r, 0, cell(officetime::shortDateTime(entry.at, zone)));
        m_history->setItem(r, 1, cell(entry.userName));
        m_history->setItem(r, 2, cell(actionWords(entry.action)));
        m_history->setItem(r, 3, cell(changes.join(u"; "_s)));
    }
    if (entries.isEmpty()) {
        m_history->setRowCount(1);
        m_history->setItem(0, 3, cell(tr("No change of this complaint is recorded.")));
    }
    m_history->resizeColumnsToContents();
}

} // namespace aduan::gui
