#include "workspaces/adminworkspace.h"

#include "admin/backuppage.h"
#include "admin/calendarpage.h"
#include "admin/delegationspage.h"
#include "admin/listspage.h"
#include "admin/officeprofilepage.h"
#include "admin/sopevaluationpage.h"
#include "admin/soppage.h"
#include "admin/userspage.h"
#include "recap/recappage.h"
#include "skm/skmreportpage.h"

namespace aduan::gui {

AdminWorkspace::AdminWorkspace(Session &session, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    addTab(new UsersPage(session), tr("Users"));
    addTab(new DelegationsPage(session), tr("Delegations (Plh.)"));
    addTab(new OfficeProfilePage(session), tr("Office profile"));
    addTab(new CalendarPage(session), tr("Calendar"));
    addTab(new BackupPage(session), tr("Backups"));
    addTab(new ListsPage(session), tr("Lists and numbering"));
    addTab(new SopPage(session), tr("SOP"));
    addTab(new SopEvaluationPage(session), tr("SOP evaluation"));
    addTab(new RecapPage(session), tr("Rekapitulasi"));
    addTab(new SkmReportPage(session), tr("SKM report"));
}

} // namespace aduan::gui
