#include "workspaces/headworkspace.h"

#include "common/palette.h"
#include "inbox/inboxpage.h"
#include "models/inboxmodel.h"
#include "recap/recappage.h"
#include "skm/skmreportpage.h"
#include "session/session.h"
#include "support/icons.h"
#include "workspaces/dispositionpanel.h"
#include "workspaces/registerpage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

HeadWorkspace::HeadWorkspace(Session &session, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    if (session.isActingHead()) {
        auto *note = new QLabel(tr("You sign as Plh. Kepala Dinas (acting head) under a "
                                   "delegation that covers today."));
        note->setStyleSheet(u"background:%1;padding:6px"_s.arg(palette::css(palette::noteFill)));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_inbox = new InboxPage(session, {Role::Head}, StepAction::Dispose,
                            new DispositionPanel(session));
    layout->addWidget(m_inbox, 1);
    addTab(page, icons::send(), tr("Dispositions"));
    addTab(new RegisterPage(session, false), icons::find(), tr("Intake book"));
    addTab(new RecapPage(session), RecapPage::icon(), tr("Rekapitulasi"));
    addTab(new SkmReportPage(session), tr("SKM report"));
    auto updateCount = [this] {
        const int n = m_inbox->model()->rowCount();
        setTabText(0, n > 0 ? tr("Dispositions (%L1)").arg(n) : tr("Dispositions"));
    };
    connect(m_inbox->model(), &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
}

} // namespace aduan::gui
