#include "workspaces/secretaryworkspace.h"

#include "inbox/inboxpage.h"
#include "models/inboxmodel.h"
#include "recap/recappage.h"
#include "skm/skmreportpage.h"
#include "support/icons.h"
#include "workspaces/registerpage.h"
#include "workspaces/reportpanel.h"

namespace aduan::gui {

SecretaryWorkspace::SecretaryWorkspace(Session &session, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_inbox = new InboxPage(session, {Role::Secretary}, StepAction::Report,
                            new ReportPanel(session));
    addTab(m_inbox, icons::send(), tr("Inbox"));
    m_register = new RegisterPage(session, true);
    addTab(m_register, icons::find(), tr("Buku Penerimaan Pengaduan"));
    addTab(new RecapPage(session), RecapPage::icon(), tr("Rekapitulasi"));
    addTab(new SkmReportPage(session), tr("SKM report"));
    auto updateCount = [this] {
        const int n = m_inbox->model()->rowCount();
        setTabText(0, n > 0 ? tr("Inbox (%L1)").arg(n) : tr("Inbox"));
    };
    connect(m_inbox->model(), &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
}

} // namespace aduan::gui
