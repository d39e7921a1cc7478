#include "sop/sopcheck.h"

#include "sop/sopdefinition.h"
#include "sop/stepaction.h"
#include "validation/nip.h"
#include "validation/plaintext.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding error(const QString &code, const QString &field, const QString &message)
{
    return Finding{Finding::Severity::Error, code, message, field};
}

/// A revision's text under the rule of typed text (checkPlainText(): no control characters,
/// no direction overrides or isolates): it prints on the SOP sheet and the step documents.
/// The findings' codes are `code`.control / `code`.bidi; they are shown at `field`.
void checkText(Findings &out, const QString &text, const QString &code, const QString &field,
               const QString &label, TextShape shape)
{
    for (Finding f : checkPlainText(text, code, label, shape)) {
        f.field = field;
        out << f;
    }
}

/// The header's texts and lists (see checkText()), each named in a finding as the
/// administrator's SOP screen names it.
void checkHeaderTexts(Findings &out, const SopDefinition &sop, const QString &field)
{
    struct Line {
        const char *key;
        const char *label;
        const QString *text;
    };
    const Line lines[] = {
        {"office", QT_TRANSLATE_NOOP("aduan::Sop", "SOP office"), &sop.office},
        {"number", QT_TRANSLATE_NOOP("aduan::Sop", "SOP number"), &sop.number},
        {"name", QT_TRANSLATE_NOOP("aduan::Sop", "SOP name"), &sop.name},
        {"approverTitle", QT_TRANSLATE_NOOP("aduan::Sop", "Approver's title"),
         &sop.approverTitle},
        {"approverName", QT_TRANSLATE_NOOP("aduan::Sop", "Approver's name"),
         &sop.approverName},
        {"approverNip", QT_TRANSLATE_NOOP("aduan::Sop", "Approver's NIP"), &sop.approverNip}};
    for (const Line &line : lines) {
        checkText(out, *line.text, u"sop."_s + QLatin1StringView(line.key), field,
                  QCoreApplication::translate("aduan::Sop", line.label), TextShape::SingleLine);
    }
    struct List {
        const char *key;
        const char *label;
        const QStringList *items;
    };
    const List lists[] = {
        {"legalBasis", QT_TRANSLATE_NOOP("aduan::Sop", "Legal basis"), &sop.legalBasis},
        {"qualifications", QT_TRANSLATE_NOOP("aduan::Sop", "Qualifications of the staff"),
         &sop.qualifications},
        {"related", QT_TRANSLATE_NOOP("aduan::Sop", "Related SOPs"), &sop.related},
        {"equipment", QT_TRANSLATE_NOOP("aduan::Sop", "Equipment"), &sop.equipment},
        {"warnings", QT_TRANSLATE_NOOP("aduan::Sop", "Warnings"), &sop.warnings},
        {"recording", QT_TRANSLATE_NOOP("aduan::Sop", "Recording and data"),
         &sop.recording}};
    for (const List &list : lists) {
        for (const QString &item : *list.items) {
            checkText(out, item, u"sop."_s + QLatin1StringView(list.key), field,
                      QCoreApplication::translate("aduan::Sop", list.label),
                      TextShape::MultiLine);
        }
    }
}

} // namespace

Findings checkSopRevision(const SopDefinition &sop)
{
    Findings out;
    const QString sopField = u"sop"_s;
    if (sop.name.trimmed().isEmpty())
        out << error(u"sop.name"_s, sopField, QCoreApplication::translate("aduan::Sop", "Enter the SOP's name (Nama SOP)."));
    if (!sop.effectiveFrom.isValid()) {
        out << error(u"sop.effectiveFrom"_s, sopField,
                     QCoreApplication::translate("aduan::Sop", "Enter the date from which the revision applies (yyyy-mm-dd)."));
    }
    if (!sop.approverNip.trimmed().isEmpty() && !checkNip(sop.approverNip).ok()) {
        out << error(u"sop.approver.nip"_s, sopField,
                     QCoreApplication::translate("aduan::Sop", "The approver's NIP \"%1\" is not a valid 18-digit NIP; correct it or "
                        "leave it empty.")
                         .arg(sop.approverNip));
    }
    if (sop.steps.isEmpty()) {
        out << error(u"sop.steps"_s, sopField,
                     QCoreApplication::translate("aduan::Sop", "The revision has no steps: copy the current revision and change it."));
        return out;
    }
    if (sop.steps.constFirst().action != stepActionCode(StepAction::Register)) {
        out << error(u"sop.steps"_s, sopField,
                     QCoreApplication::translate("aduan::Sop", "The first step must be the one that receives and registers the "
                        "complaint (Mengagendakan)."));
    }

    checkHeaderTexts(out, sop, sopField);

    QSet<QString> seenActions;
    QSet<QString> produced;
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        const SopStep &step = sop.steps.at(i);
        const int position = int(i + 1);
        const QString field = u"step.%1"_s.arg(position);
        checkText(out, step.activity, field + u".activity"_s, field,
                  QCoreApplication::translate("aduan::Sop", "Step %1's activity").arg(position),
                  TextShape::MultiLine);
        for (const SopRequirement &r : step.requirements) {
            checkText(out, r.name, field + u".requirements"_s, field,
                      QCoreApplication::translate("aduan::Sop", "Step %1's requirement").arg(position),
                      TextShape::SingleLine);
        }
        for (const SopOutput &o : step.outputs) {
            checkText(out, o.name, field + u".outputs"_s, field,
                      QCoreApplication::translate("aduan::Sop", "Step %1's output").arg(position),
                      TextShape::SingleLine);
        }
        if (step.number != position) {
            out << error(field + u".number"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1 is numbered %2: number the steps 1, 2, 3 ... in order.")
                             .arg(position)
                             .arg(step.number));
        }
        if (!stepActionFromCode(step.action)) {
            out << error(field + u".action"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1 has the unknown action \"%2\"; use register, report, "
                            "dispose, decide or convey.")
                             .arg(position)
                             .arg(step.action));
        } else if (seenActions.contains(step.action)) {
            out << error(field + u".action"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1 repeats the action \"%2\" of an earlier step; each action "
                            "belongs to one step.")
                             .arg(position)
                             .arg(step.action));
        }
        seenActions.insert(step.action);
        if (step.activity.trimmed().isEmpty()) {
            out << error(field + u".activity"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1 has no activity: describe what is done (Kegiatan).")
                             .arg(position));
        }
        if (step.actor == Role::Admin) {
            out << error(field + u".actor"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1: the administrator does not handle complaints; choose "
                            "Petugas Pengaduan, Sekretaris, Kepala Dinas or Tim Pengelola "
                            "Pengaduan.")
                             .arg(position));
        }
        if (step.targetMinutes <= 0) {
            out << error(field + u".target"_s, field,
                         QCoreApplication::translate("aduan::Sop", "Step %1 needs a time target of at least 1 working minute.")
                             .arg(position));
        }
        const bool registering = step.action == stepActionCode(StepAction::Register);
        for (const SopRequirement &r : step.requirements) {
            const QString label = r.name.isEmpty() ? r.code : r.name;
            if (r.code.isEmpty() || r.name.trimmed().isEmpty()) {
                out << error(field + u".requirements"_s, field,
                             QCoreApplication::translate("aduan::Sop", "Step %1 has a requirement without a name.").arg(position));
            } else if (r.fromComplainant() && !registering) {
                out << error(field + u".requirements"_s, field,
                             QCoreApplication::translate("aduan::Sop", "Step %1 requires \"%2\", which no earlier step produces: name "
                                "an output of an earlier step (only the registering step takes "
                                "what the complainant brings).")
                                 .arg(position)
                                 .arg(label));
            } else if (!r.fromComplainant() && r.source != u"output"_s) {
                out << error(field + u".requirements"_s, field,
                             QCoreApplication::translate("aduan::Sop", "Requirement \"%1\" of step %2 has the unknown source \"%3\"; "
                                "use complainant or output.")
                                 .arg(label)
                                 .arg(position)
                                 .arg(r.source));
            } else if (r.source == u"output"_s && !produced.contains(r.code)) {
                out << error(field + u".requirements"_s, field,
                             QCoreApplication::translate("aduan::Sop", "Step %1 requires \"%2\", which no earlier step produces: name "
                                "an output of an earlier step.")
                                 .arg(position)
                                 .arg(label));
            }
        }
        for (const SopOutput &o : step.outputs) {
            if (o.code.isEmpty() || o.name.trimmed().isEmpty()) {
                out << error(field + u".outputs"_s, field,
                             QCoreApplication::translate("aduan::Sop", "Step %1 has an output without a name.").arg(position));
            }
            produced.insert(o.code);
        }
    }
    return out;
}

} // namespace aduan
