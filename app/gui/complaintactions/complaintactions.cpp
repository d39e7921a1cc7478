#include "complaintactions/complaintactions.h"

#include "auth/whomayact.h"
#include "complaintactions/amenddialog.h"
#include "domain/user.h"
#include "session/session.h"
#include "support/feedback.h"
#include "util/error.h"
#include "support/writeguard.h"

#include <QAction>
#include <QWidget>

#include <exception>

using namespace Qt::StringLiterals;

namespace aduan::gui {

ComplaintActions::ComplaintActions(Session &session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
{
    setObjectName(u"complaintActions"_s);
    m_amend = new QAction(tr("Correct details…"), this);
    m_amend->setObjectName(u"amendAction"_s);
    m_void = new QAction(tr("Void complaint…"), this);
    m_void->setObjectName(u"voidAction"_s);
    writeguard::mark(m_amend, m_session);
    writeguard::mark(m_void, m_session);
    connect(m_amend, &QAction::triggered, this, [this] { amend(); });
    connect(m_void, &QAction::triggered, this, [this] { voidComplaint(); });
    update();
}

void ComplaintActions::setRecord(const ComplaintRecord &record)
{
    m_record = record;
    update();
}

void ComplaintActions::update()
{
    const bool allowed = mayCorrectComplaint(m_session.user());
    const bool loaded = m_record.id > 0;
    const bool voided = m_record.status() == ComplaintStatus::Voided;
    const bool open = loaded && m_record.currentStep() != nullptr;
    m_amend->setVisible(allowed);
    m_void->setVisible(allowed);

    m_amend->setEnabled(allowed && open && !m_record.identityHidden);
    if (!loaded || !allowed)
        m_amend->setToolTip({});
    else if (!open)
        m_amend->setToolTip(tr("A finished or voided complaint can no longer be corrected."));
    else if (m_record.identityHidden)
        m_amend->setToolTip(tr("You may not see the identity of this confidential complaint, so "
                               "its details cannot be corrected here."));
    else
        m_amend->setToolTip(tr("Koreksi data: correct the complainant, subject, description, "
                               "location or category"));

    m_void->setEnabled(allowed && loaded && !voided);
    m_void->setToolTip(voided ? tr("This complaint is voided already.")
                              : tr("Batalkan aduan: void a complaint registered by mistake (with "
                                   "a reason; its number stays used)"));
}

bool ComplaintActions::amend()
{
    if (m_record.id <= 0 || !m_amend->isEnabled())
        return false;
    AmendDialog dialog(m_session, m_record, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit changed(m_record.id);
    return true;
}

bool ComplaintActions::voidComplaint()
{
    if (m_record.id <= 0 || !m_void->isEnabled())
        return false;
    const qint64 id = m_record.id;
    const QString title = tr("Void complaint %1").arg(m_record.agendaNumber);
    const auto reason = feedback::askReason(
        m_parent, title,
        tr("Voiding is for a complaint registered by mistake. It cannot be undone; the complaint "
           "stays in the intake book as voided and its number %1 is not used again. Why is it "
           "voided?")
            .arg(m_record.agendaNumber),
        m_unsavedReasons.value(id));
    if (!reason)
        return false;
    try {
        m_session.workflow().voidComplaint(m_session.userId(),
                                           ComplaintRef(id, m_record.rowVersion), *reason);
    } catch (const Error &error) {
        m_unsavedReasons.insert(id, *reason); // offered again next time
        feedback::showError(m_parent, title, error);
        return false;
    } catch (const std::exception &e) {
        m_unsavedReasons.insert(id, *reason);
        feedback::showProblem(m_parent, title,
                              tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
    m_unsavedReasons.remove(id);
    m_session.notifyChanged();
    emit changed(id);
    return true;
}

} // namespace aduan::gui
