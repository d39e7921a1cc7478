#include "document/complaintview.h"

#include "util/indonesian.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace aduan::forms {

bool identityShown(const ComplaintRecord &complaint)
{
    return complaint.confidentiality != Confidentiality::Anonymous && !complaint.identityHidden
           && complaint.complainant.has_value();
}

QList<Field> complainantFields(const ComplaintRecord &complaint)
{
    QList<Field> fields;
    fields << Field{u"Nama"_s, complaint.complainantDisplayName()};
    if (identityShown(complaint)) {
        const Complainant &person = *complaint.complainant;
        fields << Field{u"NIK"_s, person.nik} << Field{u"Jenis kelamin"_s, genderLabel(person.gender)}
               << Field{u"Alamat"_s, person.address} << Field{u"Nomor telepon"_s, person.phone};
        return fields;
    }
    const QString filler = complaint.confidentiality == Confidentiality::Anonymous
                               ? u"-"_s
                               : hiddenIdentityLabel();
    fields << Field{u"NIK"_s, filler} << Field{u"Jenis kelamin"_s, filler}
           << Field{u"Alamat"_s, filler} << Field{u"Nomor telepon"_s, filler};
    return fields;
}

QString genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male: return u"Laki-laki"_s;
    case Gender::Female: return u"Perempuan"_s;
    case Gender::Unknown: break;
    }
    return u"-"_s;
}

QString channelText(Channel channel)
{
    if (!isIndirect(channel))
        return channelLabel(channel);
    QString text = u"Tidak langsung ("_s;
    text += channelLabel(channel);
    text += u')';
    return text;
}

QString confidentialityLabel(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Public: return u"Biasa"_s;
    case Confidentiality::Confidential: return u"Rahasia"_s;
    case Confidentiality::Anonymous: return anonymousLabel();
    }
    return {};
}

const StepState *stepByAction(const ComplaintRecord &complaint, StepAction action)
{
    const QString code = stepActionCode(action);
    for (const StepState &step : complaint.steps) {
        if (step.action == code)
            return &step;
    }
    return nullptr;
}

QList<Field> receivedFields(const ComplaintRecord &complaint, const QString &numberLabel,
                            const QTimeZone &zone)
{
    return {
        {numberLabel, complaint.agendaNumber},
        {u"Tanggal diterima"_s, dateTime(complaint.receivedAt, zone)},
        {u"Cara penyampaian"_s, channelText(complaint.channel)},
        {u"Nama pengadu"_s, complaint.complainantDisplayName()},
    };
}

QList<Signature> registrationSignatures(const ComplaintRecord &complaint,
                                        const OfficeProfile &office, const QTimeZone &zone)
{
    const StepState *registered = stepByAction(complaint, StepAction::Register);
    return {
        Signature{{}, {u"Pengadu,"_s}, complaint.complainantDisplayName(), {}},
        Signature{placeAndDate(office, complaint.registeredAt, zone),
                  {u"Petugas Pengaduan,"_s},
                  registered ? registered->completedByName : QString(),
                  {}},
    };
}

QString titleCase(const QString &text)
{
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        word = word.toLower();
        if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return words.join(u' ');
}

QString officeFullName(const OfficeProfile &office)
{
    QString region = office.government.simplified();
    const QString prefix = u"PEMERINTAH "_s;
    if (region.startsWith(prefix, Qt::CaseInsensitive))
        region = region.mid(prefix.size());
    QString text = titleCase(office.officeName);
    if (!region.isEmpty()) {
        text += u' ';
        text += titleCase(region);
    }
    return text;
}

QString placeAndDate(const OfficeProfile &office, const QDateTime &instant, const QTimeZone &zone)
{
    QString text = office.city;
    text += u", "_s;
    if (instant.isValid())
        text += dateOnly(officeDate(instant, zone));
    else
        text += u"...................."_s;
    return text;
}

} // namespace aduan::forms
