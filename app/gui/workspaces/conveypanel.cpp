#include "workspaces/conveypanel.h"

#include "resolutionreport/resolutionreportwidget.h"
#include "common/handoverview.h"
#include "session/session.h"
#include "sms/messageintake.h"
#include "sms/resultsms.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "util/error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

ConveyPanel::ConveyPanel(Session &session, QWidget *parent)
    : StepPanel(session, parent)
    , m_form(new forms::ResolutionReportWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_handover = new forms::HandoverView(StepAction::Convey);
    layout->addWidget(m_handover);
    layout->addWidget(m_form, 1);
    m_smsNote = new QLabel;
    m_smsNote->setWordWrap(true);
    m_smsNote->setTextFormat(Qt::PlainText);
    m_smsNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_smsNote->hide();
    layout->addWidget(m_smsNote);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(icons::save(), tr("&Save Berita Acara"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Record that the result was conveyed to the complainant (Ctrl+S)."));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ConveyPanel::save);
    connect(m_form, &forms::ResolutionReportWidget::changed, this, &ConveyPanel::updateSmsNote);
}

void ConveyPanel::updateSmsNote()
{
    const ResolutionReportInput input = m_form->input();
    if (!hasComplaint() || !conveyedBySms(input.method)) {
        m_smsNote->hide();
        return;
    }
    const Findings findings = checkResultSms(record(), input);
    QString text;
    if (!findings.isEmpty()) {
        text = findings.constFirst().message;
    } else {
        const QString to = record().identityHidden ? tr("the phone registered with the complaint")
                                                   : resultSmsRecipient(record());
        text = tr("The result goes by SMS to %1 when saved:").arg(to) + u"\n"_s
            + resultSmsText(record().agendaNumber, input.summary);
    }
    m_smsNote->setText(text);
    m_smsNote->show();
}

void ConveyPanel::handOverSms(qint64 complaintId)
{
    // The SMS is saved with the Berita Acara; here it goes to the daemon. When the daemon
    // cannot take it now, it waits for the next hand-over (SMS masuk, aduan-cli sms deliver).
    try {
        MessageIntake intake(session().database(), session().clock());
        const QString config = intake.daemonConfig();
        if (config.isEmpty())
            return;
        const SmsDaemon daemon(config);
        intake.deliverPending(daemon);
        intake.refreshDelivery(daemon, complaintId);
    } catch (const Error &e) {
        feedback::showProblem(this, tr("Save Berita Acara"),
                              tr("The Berita Acara is saved; the SMS waits to be sent: %1")
                                  .arg(e.message()));
    }
}

void ConveyPanel::showComplaint(const ComplaintRecord &record)
{
    m_handover->setComplaint(record);
    m_form->clear();
    m_form->setComplaint(record, session().officeZone());
    updateSmsNote();
}

void ConveyPanel::clearForm()
{
    m_handover->clear();
    m_form->clear();
    m_smsNote->hide();
}

bool ConveyPanel::save()
{
    if (!hasComplaint())
        return false;
    const ResolutionReportInput input = m_form->input();
    const ComplaintRef target = ref();
    if (refuse(tr("Save Berita Acara"), m_form->check() + checkResultSms(record(), input)))
        return false;
    const QString number = record().agendaNumber;
    const qint64 id = record().id;
    const bool ok = runCommand(tr("Save Berita Acara"), [&](const QString &reason) {
        session().workflow().conveyResult(session().userId(), target, input, reason);
    });
    if (ok) {
        if (conveyedBySms(input.method))
            handOverSms(id);
        m_form->clear();
        emit conveyed(id, number);
    }
    return ok;
}

} // namespace aduan::gui
