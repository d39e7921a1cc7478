#include "complaintactions/amenddialog.h"

#include "common/palette.h"
#include "complaintform/complaintformwidget.h"
#include "session/session.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "util/error.h"
#include "workflow/draftcheck.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <exception>

using namespace Qt::StringLiterals;

namespace aduan::gui {

ComplaintDraft AmendDialog::draftOf(const ComplaintRecord &record)
{
    ComplaintDraft d;
    d.channel = record.channel;
    d.receivedAt = record.receivedAt;
    d.confidentiality = record.confidentiality;
    d.complainant = record.complainant;
    d.requirements = record.requirements;
    d.evidence = record.evidence;
    d.subject = record.subject;
    d.description = record.description;
    d.location = record.location;
    d.category = record.category;
    d.classCode = record.classCode;
    d.relatedComplaintId = record.relatedComplaintId;
    return d;
}

AmendDialog::AmendDialog(Session &session, const ComplaintRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_record(record)
    , m_form(new forms::ComplaintFormWidget)
{
    setObjectName(u"amendDialog"_s);
    setWindowTitle(tr("Correct the details of %1").arg(record.agendaNumber));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Correct the complainant, the confidentiality, the subject, the "
                               "description, the location or the category. The change and the "
                               "earlier values are kept in the complaint's history."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_problem = new QLabel;
    m_problem->setObjectName(u"amendProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(palette::problemLabelStyle(true));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_form, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save the correction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the corrected details (Ctrl+S)"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    feedback::guarded(this, windowTitle(), [&] {
        const SettingsStore settings(m_session.database());
        const QTimeZone zone = m_session.officeZone();
        m_form->setChoices(settings.categories(), settings.complaintClasses(), {});
        m_form->setToday(m_session.officeToday());
        // A direct complaint shows its time received as "now": here, when it was received.
        m_form->setNow(record.receivedAt.toTimeZone(zone));
    });
    m_form->setDraft(draftOf(record));
    // What Workflow::amend does not change is shown as registered, not editable.
    for (const char *name : {"channelCombo", "receivedAtEdit", "classCombo"}) {
        if (auto *w = m_form->findChild<QWidget *>(QString::fromLatin1(name)))
            w->setEnabled(false);
    }
    for (const char *name : {"requirementsGroup", "evidenceGroup"}) {
        if (auto *w = m_form->findChild<QWidget *>(QString::fromLatin1(name)))
            w->hide();
    }

    QSize size(1150, 680);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
}

void AmendDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool AmendDialog::save()
{
    const QString title = windowTitle();
    showProblem({});
    if (m_record.identityHidden) {
        showProblem(tr("You may not see the identity of this confidential complaint, so its "
                       "details cannot be corrected here."));
        return false;
    }
    ComplaintDraft draft = m_form->draft();
    // The fields that are not corrected stay as registered.
    draft.relatedComplaintId = m_record.relatedComplaintId;
    draft.attachments.clear();

    const DraftCheck check = checkDraft(draft, m_session.officeToday());
    m_form->showFindings(check.findings);
    if (!check.ok()) {
        showProblem(tr("The form has errors; see the marked fields.\n%1")
                        .arg(feedback::findingsText(check.findings, Finding::Severity::Error)));
        return false;
    }
    const QString warnings = feedback::findingsText(check.findings, Finding::Severity::Warning);
    if (!warnings.isEmpty()
        && !feedback::confirm(this, title,
                              tr("Please check:\n%1\n\nSave the correction as it is?")
                                  .arg(warnings),
                              tr("Save"))) {
        return false;
    }
    try {
        m_session.workflow().amend(m_session.userId(),
                                   ComplaintRef(m_record.id, m_record.rowVersion), draft);
    } catch (const Error &error) {
        if (!error.findings().isEmpty())
            m_form->showFindings(error.findings());
        showProblem(error.message());
        return false;
    } catch (const std::exception &e) {
        showProblem(tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
    accept();
    m_session.notifyChanged();
    return true;
}

} // namespace aduan::gui
