#include "workspaces/officerworkspace.h"

#include "inbox/inboxpage.h"
#include "models/inboxmodel.h"
#include "session/session.h"
#include "support/icons.h"
#include "support/resultbanner.h"
#include "workspaces/conveypanel.h"
#include "workspaces/newcomplaintpage.h"
#include "workspaces/registerpage.h"
#include "workspaces/surveypage.h"
#include "workspaces/smsinboxpage.h"

#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

OfficerWorkspace::OfficerWorkspace(Session &session, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_newComplaint = new NewComplaintPage(session);
    addTab(m_newComplaint, icons::add(), tr("New complaint"));

    m_convey = new ConveyPanel(session);
    m_inbox = new InboxPage(session, {Role::Officer}, StepAction::Convey,
                            m_convey);
    addTab(m_inbox, icons::send(), tr("Convey result"));

    m_register = new RegisterPage(session, false);
    addTab(m_register, icons::find(), tr("Intake book"));

    m_survey = new SurveyPage(session);
    addTab(m_survey, icons::details(), tr("Satisfaction survey"));
    m_sms = new SmsInboxPage(session);
    addTab(m_sms, icons::open(), tr("SMS inbox"));
    connect(m_sms, &SmsInboxPage::makeComplaint, this,
            [this](qint64 messageId, const ComplaintDraft &draft) {
                if (m_newComplaint->startFromMessage(messageId, draft)) {
                    setCurrentWidget(m_newComplaint);
                    m_newComplaint->setFocus();
                }
            });
    auto updateSmsCount = [this](int n) {
        setTabText(indexOf(m_sms), n > 0 ? tr("SMS inbox (%L1)").arg(n) : tr("SMS inbox"));
    };
    connect(m_sms, &SmsInboxPage::countChanged, this, updateSmsCount);
    updateSmsCount(m_sms->waitingCount());

    connect(m_convey, &ConveyPanel::conveyed, this,
            [this](qint64, const QString &number) {
                m_inbox->banner()->showMessage(
                    tr("The Berita Acara of %1 is saved; the complaint is finished. Print it "
                       "from here.")
                        .toHtmlEscaped()
                        .arg(u"<b>"_s + number.toHtmlEscaped() + u"</b>"_s));
            });
    // The survey is asked once the result is conveyed: the complaint waits there, selected.
    connect(m_convey, &ConveyPanel::conveyed, this,
            [this](qint64 id, const QString &) { m_survey->offer(id); });
    auto updateCount = [this] {
        const int n = m_inbox->model()->rowCount();
        setTabText(indexOf(m_inbox),
                   n > 0 ? tr("Convey result (%L1)").arg(n) : tr("Convey result"));
    };
    connect(m_inbox->model(), &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
}

} // namespace aduan::gui
