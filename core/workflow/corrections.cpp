#include "workflow/stepcontext.h"

#include "storage/database.h"
#include "util/error.h"
#include "validation/plaintext.h"
#include "workflow/draftcheck.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace aduan {

using namespace workflowrules;

void Workflow::pause(qint64 actorId, const ComplaintRef &ref, const QString &reason)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref);
        const ComplaintRecord &c = l.complaint;
        const StepState *current = c.currentStep();
        if (!current) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 has no open step to put on hold.").arg(c.agendaNumber));
        }
        requireRole(l.users, l.actor, current->actor, l.calendar.officeDate(l.now), nullptr,
                    tr("put step %1 on hold").arg(current->number));
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (c.isPaused()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is already on hold.").arg(c.agendaNumber));
        }
        if (reason.trimmed().isEmpty())
            incomplete(tr("Write why the complaint is put on hold (what it waits for)."));
        requirePlainText(reason, tr("Reason for the hold"));
        l.complaints.insertPause(ref.id, current->number, l.now, l.actor.id, reason.trimmed());
        AuditLog(m_db).append(l.now, l.actor.id, u"pause"_s, u"complaint"_s, ref.id, {},
                              {{u"step"_s, current->number}, {u"reason"_s, reason.trimmed()}});
    });
}

void Workflow::resume(qint64 actorId, const ComplaintRef &ref, const QString &note)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref);
        const ComplaintRecord &c = l.complaint;
        const StepState *current = c.currentStep();
        if (!current || !c.isPaused()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is not on hold.").arg(c.agendaNumber));
        }
        requireRole(l.users, l.actor, current->actor, l.calendar.officeDate(l.now), nullptr,
                    tr("resume step %1").arg(current->number));
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        requirePlainText(note, tr("Note"));
        for (const PauseRecord &p : c.pauses) {
            if (!p.resumedAt.isValid())
                l.complaints.resumePause(p.id, l.now, l.actor.id, note.trimmed());
        }
        AuditLog(m_db).append(l.now, l.actor.id, u"resume"_s, u"complaint"_s, ref.id, {},
                              {{u"step"_s, current->number}, {u"note"_s, note.trimmed()}});
    });
}

void Workflow::voidComplaint(qint64 actorId, const ComplaintRef &ref, const QString &reason)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref, [](const User &actor) {
            requireClerk(actor, tr("Only the complaint officer, the secretary or the "
                                   "administrator can void a complaint."));
        });
        const ComplaintRecord &c = l.complaint;
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (c.status() == ComplaintStatus::Voided) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is voided already.").arg(c.agendaNumber));
        }
        if (reason.trimmed().isEmpty())
            incomplete(tr("Write why the complaint is voided."));
        requirePlainText(reason, tr("Reason for voiding"));
        l.complaints.markVoided(ref.id, l.now, l.actor.id, reason.trimmed());
        AuditLog(m_db).append(l.now, l.actor.id, u"void"_s, u"complaint"_s, ref.id,
                              {{u"status"_s, statusCode(c.status())}},
                              {{u"status"_s, statusCode(ComplaintStatus::Voided)},
                               {u"reason"_s, reason.trimmed()}});
    });
}

void Workflow::amend(qint64 actorId, const ComplaintRef &ref, const ComplaintDraft &details)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref, [](const User &actor) {
            requireClerk(actor, tr("Only the complaint officer, the secretary or the "
                                   "administrator can correct a complaint's details."));
        });
        const ComplaintRecord *c = &l.complaint;
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (!c->currentStep()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is finished or voided; its details can no longer be "
                           "changed.")
                            .arg(c->agendaNumber));
        }
        const DraftCheck check = checkDraft(details, l.calendar.officeDate(l.now));
        if (!check.ok())
            refuseDraft(check.findings);
        const ComplaintDraft &d = check.normalized;
        auto fields = [](const ComplaintDraft &x, bool withIdentity) {
            QJsonObject o{{u"subject"_s, x.subject},
                          {u"description"_s, x.description},
                          {u"location"_s, x.location},
                          {u"category"_s, x.category},
                          {u"confidentiality"_s, confidentialityCode(x.confidentiality)}};
            if (withIdentity && x.complainant) {
                o.insert(u"complainantName"_s, x.complainant->name);
                o.insert(u"complainantPhone"_s, x.complainant->phone);
                o.insert(u"complainantNik"_s, x.complainant->nik);
                o.insert(u"complainantAddress"_s, x.complainant->address);
            }
            return o;
        };
        ComplaintDraft before;
        before.subject = c->subject;
        before.description = c->description;
        before.location = c->location;
        before.category = c->category;
        before.confidentiality = c->confidentiality;
        before.complainant = c->complainant;
        // Confidential identities stay out of the history.
        const bool identityInHistory = c->confidentiality == Confidentiality::Public
                                       && d.confidentiality == Confidentiality::Public;
        QJsonObject oldValue = fields(before, identityInHistory);
        QJsonObject newValue = fields(d, identityInHistory);
        for (const QString &key : oldValue.keys()) {
            if (oldValue.value(key) == newValue.value(key)) {
                oldValue.remove(key);
                newValue.remove(key);
            }
        }
        l.complaints.updateDetails(ref.id, d);
        AuditLog(m_db).append(l.now, l.actor.id, u"amend"_s, u"complaint"_s, ref.id, oldValue,
                              newValue);
    });
}

} // namespace aduan
