#include "complaintform/complaintformprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/error.h"
#include "util/indonesian.h"

#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

/// The registering step's requirements of the SOP revision shipped with the program (their
/// names, "Kartu Identitas", ...), or none when it cannot be read.
QList<SopRequirement> builtInRequirements()
{
    try {
        const SopDefinition sop = SopDefinition::builtIn();
        if (const SopStep *step = sop.stepForAction(StepAction::Register))
            return step->requirements;
    } catch (const Error &) {
    }
    return {};
}

QList<SopRequirement> requirementsToPrint(const ComplaintRecord &complaint,
                                          const QList<SopRequirement> &given)
{
    const QList<SopRequirement> fromSop = given.isEmpty() ? builtInRequirements() : given;
    QList<SopRequirement> list;
    for (const SopRequirement &requirement : fromSop) {
        if (requirement.fromComplainant() || complaint.requirements.contains(requirement.code))
            list << requirement;
    }
    // Outcomes recorded under codes the SOP list does not name still print.
    QStringList codes = complaint.requirements.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : codes) {
        const bool listed = std::any_of(list.cbegin(), list.cend(), [&](const SopRequirement &r) {
            return r.code == code;
        });
        if (!listed)
            list << SopRequirement{code, code, u"complainant"_s};
    }
    return list;
}

} // namespace

FormDocument complaintFormDocument(const ComplaintRecord &complaint, const PrintContext &context,
                                   const QList<SopRequirement> &requirements)
{
    OpenedForm opened(context, {u"Formulir Aduan"_s, complaint.agendaNumber,
                                u"FORMULIR ADUAN"_s, u"Nomor"_s, complaint.agendaNumber});
    FormBuilder &form = opened.form;

    form.fields({
        {u"Tanggal diterima"_s, dateTime(complaint.receivedAt, context.zone)},
        {u"Tanggal dicatat"_s, dateTime(complaint.registeredAt, context.zone)},
        {u"Cara penyampaian"_s, channelText(complaint.channel)},
        {u"Sifat identitas"_s, confidentialityLabel(complaint.confidentiality)},
    });

    form.heading(u"A. Identitas Pengadu"_s);
    form.fields(complainantFields(complaint));

    form.heading(u"B. Aduan"_s);
    form.fields({
        {u"Pokok aduan"_s, complaint.subject},
        {u"Kategori"_s, complaint.category},
        {u"Lokasi kejadian"_s, complaint.location},
    });
    form.longText(u"Uraian aduan:"_s, complaint.description);

    form.heading(u"C. Kelengkapan"_s);
    const QList<SopRequirement> printed = requirementsToPrint(complaint, requirements);
    if (!printed.isEmpty()) {
        QTextTable *table = form.grid(
            {u"No."_s, u"Persyaratan"_s, u"Keterangan"_s, u"Alasan bila tidak dipenuhi"_s},
            form.columnWidths({{7, {u"No."_s}, true},
                               {28, {}},
                               {17, {u"Keterangan"_s, u"Tidak dipenuhi"_s}, true},
                               {48, {}}}),
            int(printed.size()));
        for (int i = 0; i < printed.size(); ++i) {
            const SopRequirement &requirement = printed.at(i);
            const RequirementOutcome outcome = complaint.requirements.value(requirement.code);
            FormBuilder::setCell(table, i + 1, 0, QString::number(i + 1), false, Qt::AlignHCenter);
            FormBuilder::setCell(table, i + 1, 1, requirement.name);
            FormBuilder::setCell(table, i + 1, 2,
                                 outcome.met ? u"Dipenuhi"_s : u"Tidak dipenuhi"_s);
            FormBuilder::setCell(table, i + 1, 3, outcome.met ? u"-"_s : orDash(outcome.waiverReason));
        }
        form.finishGrid();
    }
    QStringList attachments;
    for (const AttachmentInfo &attachment : complaint.attachments)
        attachments << attachment.fileName;
    form.fields({
        {u"Bukti yang diserahkan"_s, complaint.evidence.join(u"; "_s)},
        {u"Berkas lampiran"_s, attachments.join(u"; "_s)},
    });

    form.signatures(registrationSignatures(complaint, context.office, context.zone));
    return std::move(opened.document);
}

} // namespace aduan::forms
