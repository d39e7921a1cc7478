#include "workspaces/conveypanel.h"

#include "resolutionreport/resolutionreportwidget.h"
#include "common/handoverview.h"
#include "session/session.h"
#include "support/icons.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

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
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(icons::save(), tr("&Save Berita Acara"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Record that the result was conveyed to the complainant (Ctrl+S)."));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ConveyPanel::save);
}

void ConveyPanel::showComplaint(const ComplaintRecord &record)
{
    m_handover->setComplaint(record);
    m_form->clear();
    m_form->setComplaint(record, session().officeZone());
}

void ConveyPanel::clearForm()
{
    m_handover->clear();
    m_form->clear();
}

bool ConveyPanel::save()
{
    if (!hasComplaint())
        return false;
    const ResolutionReportInput input = m_form->input();
    const ComplaintRef target = ref();
    if (refuse(tr("Save Berita Acara"), m_form->check()))
        return false;
    const QString number = record().agendaNumber;
    const qint64 id = record().id;
    const bool ok = runCommand(tr("Save Berita Acara"), [&](const QString &reason) {
        session().workflow().conveyResult(session().userId(), target, input, reason);
    });
    if (ok) {
        m_form->clear();
        emit conveyed(id, number);
    }
    return ok;
}

} // namespace aduan::gui
