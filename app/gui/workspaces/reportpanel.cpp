#include "workspaces/reportpanel.h"

#include "session/session.h"
#include "support/icons.h"
#include "support/steptitle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aduan::gui {

ReportPanel::ReportPanel(Session &session, QWidget *parent)
    : StepPanel(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Description"));
    auto *boxLayout = new QVBoxLayout(box);
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    boxLayout->addWidget(m_description);
    layout->addWidget(box);
    auto *form = new QFormLayout;
    m_note = new QPlainTextEdit;
    m_note->setPlaceholderText(tr("Optional note for the head"));
    m_note->setMaximumHeight(100);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_report = new QPushButton(icons::send(), tr("&Report to the head"));
    m_report->setToolTip(steptitle::inForce(session, StepAction::Report));
    buttons->addWidget(m_report);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_report, &QPushButton::clicked, this, &ReportPanel::report);
}

void ReportPanel::showComplaint(const ComplaintRecord &record)
{
    m_description->setText(record.description);
    m_note->clear();
}

void ReportPanel::clearForm()
{
    m_description->clear();
    m_note->clear();
}

bool ReportPanel::report()
{
    const QString note = m_note->toPlainText().trimmed();
    const ComplaintRef target = ref();
    return runCommand(tr("Report to the head"), [&](const QString &reason) {
        session().workflow().reportToHead(session().userId(), target, note, reason);
    });
}

} // namespace aduan::gui
