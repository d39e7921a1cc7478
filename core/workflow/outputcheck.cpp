#include "workflow/outputcheck.h"

#include "util/error.h"
#include "validation/plaintext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// A required field left empty (or, with `rule`, otherwise unusable).
Finding missing(const QString &field, const QString &message, const QString &rule = u"empty"_s)
{
    return Finding{Finding::Severity::Error, field + u'.' + rule, message, field};
}

Findings checkLines(const QStringList &texts, const QString &field, const QString &label)
{
    Findings out;
    for (const QString &text : texts)
        out << checkPlainText(text, field, label, TextShape::SingleLine);
    return out;
}

bool isTextFinding(const Finding &f)
{
    return f.code.endsWith(u".control"_s) || f.code.endsWith(u".bidi"_s);
}

} // namespace

DispositionCheck checkDisposition(const DispositionInput &input)
{
    DispositionCheck result;
    DispositionInput &d = result.normalized;
    d = input;
    d.addressee = d.addressee.trimmed();
    d.note = d.note.trimmed();
    d.instructions.removeAll(QString());
    Findings &out = result.findings;
    out << checkPlainText(d.note, u"note"_s, QCoreApplication::translate("aduan::Workflow", "Note"), TextShape::MultiLine);
    out << checkPlainText(d.addressee, u"addressee"_s, QCoreApplication::translate("aduan::Workflow", "Addressed to"), TextShape::SingleLine);
    out << checkLines(d.instructions, u"instructions"_s, QCoreApplication::translate("aduan::Workflow", "Instruction"));
    if (d.instructions.isEmpty() && d.note.isEmpty()) {
        out << missing(u"instructions"_s,
                       QCoreApplication::translate("aduan::Workflow", "Tick at least one instruction or write a note on the disposition."));
    }
    if (d.addressee.isEmpty())
        out << missing(u"addressee"_s, QCoreApplication::translate("aduan::Workflow", "Enter to whom the disposition is addressed."));
    return result;
}

DecisionCheck checkDecision(const DecisionInput &input, const QDateTime &now)
{
    DecisionCheck result;
    DecisionInput &d = result.normalized;
    d = input;
    d.decision = d.decision.trimmed();
    d.discussion = d.discussion.trimmed();
    d.attendees.removeAll(QString());
    Findings &out = result.findings;
    out << checkPlainText(d.decision, u"decision"_s, QCoreApplication::translate("aduan::Workflow", "Decision"), TextShape::MultiLine);
    out << checkPlainText(d.discussion, u"discussion"_s, QCoreApplication::translate("aduan::Workflow", "Discussion"), TextShape::MultiLine);
    out << checkLines(d.attendees, u"attendees"_s, QCoreApplication::translate("aduan::Workflow", "Attendees"));
    if (d.referral) {
        out << checkPlainText(d.referral->reason, u"reason"_s, QCoreApplication::translate("aduan::Workflow", "Reason for the referral"),
                              TextShape::MultiLine);
        out << checkPlainText(d.referral->letterNumber, u"letterNumber"_s, QCoreApplication::translate("aduan::Workflow", "Letter number"),
                              TextShape::SingleLine);
    }
    if (!d.meetingAt.isValid())
        out << missing(u"meetingAt"_s, QCoreApplication::translate("aduan::Workflow", "Enter when the team met."));
    else if (now.isValid() && d.meetingAt > now.addSecs(60))
        out << missing(u"meetingAt"_s, QCoreApplication::translate("aduan::Workflow", "The meeting time lies in the future."), u"future"_s);
    if (d.attendees.isEmpty())
        out << missing(u"attendees"_s, QCoreApplication::translate("aduan::Workflow", "Name who attended the team's meeting."));
    if (d.decision.isEmpty())
        out << missing(u"decision"_s, QCoreApplication::translate("aduan::Workflow", "Write the team's decision."));
    if (!d.withinAuthority) {
        if (!d.referral || d.referral->agencyId <= 0) {
            out << missing(u"agency"_s, QCoreApplication::translate("aduan::Workflow", "The complaint is not this office's authority: choose "
                                           "the agency it is referred to."));
        }
        if (d.referral)
            d.referral->reason = d.referral->reason.trimmed();
        if (!d.referral || d.referral->reason.isEmpty())
            out << missing(u"reason"_s, QCoreApplication::translate("aduan::Workflow", "Write why the complaint is referred to another agency."));
    }
    return result;
}

ResolutionReportCheck checkResolutionReport(const ResolutionReportInput &input)
{
    ResolutionReportCheck result;
    ResolutionReportInput &r = result.normalized;
    r = input;
    r.method = r.method.trimmed();
    r.summary = r.summary.trimmed();
    r.complainantResponse = r.complainantResponse.trimmed();
    Findings &out = result.findings;
    out << checkPlainText(r.method, u"method"_s, QCoreApplication::translate("aduan::Workflow", "How the result was conveyed"),
                          TextShape::SingleLine);
    out << checkPlainText(r.summary, u"summary"_s, QCoreApplication::translate("aduan::Workflow", "Result conveyed"), TextShape::MultiLine);
    out << checkPlainText(r.complainantResponse, u"complainantResponse"_s,
                          QCoreApplication::translate("aduan::Workflow", "Complainant's response"), TextShape::MultiLine);
    if (r.method.isEmpty()) {
        out << missing(u"method"_s,
                       QCoreApplication::translate("aduan::Workflow", "Choose how the result was conveyed (in person, telephone, letter, ...)."));
    }
    if (r.summary.isEmpty())
        out << missing(u"summary"_s, QCoreApplication::translate("aduan::Workflow", "Write the result that was conveyed to the complainant."));
    return result;
}

void raiseOutputFindings(const Findings &findings)
{
    Findings texts;
    Findings errors;
    for (const Finding &f : findings) {
        if (f.severity != Finding::Severity::Error)
            continue;
        errors << f;
        if (isTextFinding(f))
            texts << f;
    }
    if (!texts.isEmpty())
        throw Error(Error::Code::Invalid, texts.constFirst().message, {}, texts);
    if (!errors.isEmpty())
        throw Error(Error::Code::OutputIncomplete, errors.constFirst().message, {}, errors);
}

} // namespace aduan
