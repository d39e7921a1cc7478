#include "history/historyprint.h"

#include "document/complaintview.h"
#include "document/formbuilder.h"
#include "domain/role.h"
#include "util/indonesian.h"
#include "util/storagetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTextTable>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr qreal kTablePointSize = 8.5;

QString actionLabel(const QString &action);

/// The SOP step's activity; without the revision at hand, the office's word for its action.
QString activityOf(const StepState &step, const SopDefinition *sop)
{
    if (sop) {
        if (const SopStep *defined = sop->step(step.number))
            return defined->activity;
    }
    return actionLabel(step.action);
}

QString actorOf(const StepState &step)
{
    QString text = roleTitle(step.actor);
    if (step.actingHead)
        text.prepend(u"Plh. "_s);
    if (!step.completedByName.isEmpty()) {
        text += u'\n';
        text += step.completedByName;
    }
    return text;
}

/// A key of an audit entry as the engine writes it ("agendaNumber", "agenda_number"), folded
/// for lookup: lower case, without underscores.
QString foldKey(const QString &key)
{
    QString folded = key.toLower();
    folded.remove(u'_');
    return folded;
}

/// The Indonesian label of a field of an audit entry; empty for what is internal and is not
/// printed (the SOP revision's database id).
std::optional<QString> fieldLabel(const QString &key)
{
    static const QHash<QString, QString> labels{
        {u"agendanumber"_s, u"Nomor agenda"_s},
        {u"channel"_s, u"Cara penyampaian"_s},
        {u"receivedat"_s, u"Diterima"_s},
        {u"confidentiality"_s, u"Kerahasiaan"_s},
        {u"subject"_s, u"Pokok aduan"_s},
        {u"description"_s, u"Uraian"_s},
        {u"location"_s, u"Lokasi"_s},
        {u"category"_s, u"Kategori"_s},
        {u"class"_s, u"Klasifikasi"_s},
        {u"complainant"_s, u"Pengadu"_s},
        {u"complainantname"_s, u"Nama pengadu"_s},
        {u"complainantnik"_s, u"NIK"_s},
        {u"complainantphone"_s, u"Nomor telepon"_s},
        {u"complainantaddress"_s, u"Alamat"_s},
        {u"urgency"_s, u"Sifat"_s},
        {u"instructions"_s, u"Instruksi"_s},
        {u"note"_s, u"Catatan"_s},
        {u"addressee"_s, u"Diteruskan kepada"_s},
        {u"signer"_s, u"Penanda tangan"_s},
        {u"withinauthority"_s, u"Kewenangan Dinas"_s},
        {u"meetingat"_s, u"Waktu rapat"_s},
        {u"attendees"_s, u"Peserta rapat"_s},
        {u"discussion"_s, u"Pembahasan"_s},
        {u"decision"_s, u"Keputusan"_s},
        {u"referredto"_s, u"Disalurkan kepada"_s},
        {u"referralreason"_s, u"Alasan penyaluran"_s},
        {u"letternumber"_s, u"Nomor surat"_s},
        {u"method"_s, u"Cara penyampaian hasil"_s},
        {u"summary"_s, u"Ringkasan hasil"_s},
        {u"complainantresponse"_s, u"Tanggapan pengadu"_s},
        {u"reason"_s, u"Alasan"_s},
        {u"status"_s, u"Status"_s},
        {u"step"_s, u"Langkah"_s},
        {u"deviationreason"_s, u"Alasan penyimpangan"_s},
        {u"actinghead"_s, u"Ditandatangani Plh. Kepala Dinas"_s},
        {u"late"_s, u"Terlambat"_s},
        {u"workedseconds"_s, u"Waktu kerja"_s},
        {u"targetseconds"_s, u"Target"_s},
    };
    const QString folded = foldKey(key);
    if (folded == u"soprevision"_s)
        return std::nullopt;
    if (const auto it = labels.constFind(folded); it != labels.cend())
        return *it;
    return key; // a field this print does not know yet: its name rather than nothing
}

/// An instant as the database stores it ("2026-03-18T14:14:00.000Z").
bool isStorageInstant(const QString &text)
{
    static const QRegularExpression instant(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"_s);
    return instant.match(text).hasMatch();
}

/// A value of an audit entry in the office's words: codes as their labels, instants in office
/// time, lists joined, yes/no in Indonesian.
QString valueText(const QString &key, const QJsonValue &value, const QTimeZone &zone)
{
    const QString folded = foldKey(key);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return u"-"_s;
    case QJsonValue::Bool: return value.toBool() ? u"ya"_s : u"tidak"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (folded == u"workedseconds"_s || folded == u"targetseconds"_s)
            return durationShort(qint64(number));
        return number == qint64(number) ? QString::number(qint64(number))
                                        : QString::number(number);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (isStorageInstant(text))
            return dateTime(fromStorageTime(text), zone);
        if (folded == u"channel"_s) {
            if (const auto channel = channelFromCode(text))
                return channelText(*channel);
        } else if (folded == u"confidentiality"_s) {
            if (const auto c = confidentialityFromCode(text))
                return confidentialityLabel(*c);
        } else if (folded == u"urgency"_s) {
            if (const auto urgency = urgencyFromCode(text))
                return urgencyLabel(*urgency);
        } else if (folded == u"status"_s) {
            if (const auto status = statusFromCode(text))
                return statusLabel(*status);
        }
        return orDash(text);
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << valueText(key, item, zone);
        return items.isEmpty() ? u"-"_s : items.join(u"; "_s);
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const auto label = fieldLabel(it.key()))
                parts << *label + u" "_s + valueText(it.key(), it.value(), zone);
        }
        return parts.join(u"; "_s);
    }
    }
    return {};
}

/// The step record of an audit entry ({"step": 2, "workedSeconds": ..., "targetSeconds": ...,
/// "late": ..., "deviationReason": ...}) as one sentence.
QString stepText(const QJsonValue &value)
{
    if (!value.isObject())
        return QString::number(value.toInt());
    const QJsonObject o = value.toObject();
    QString text = QString::number(o.value(u"step"_s).toInt());
    if (o.contains(u"workedSeconds"_s)) {
        text += u": waktu kerja "_s;
        text += durationShort(qint64(o.value(u"workedSeconds"_s).toDouble()));
        text += u" dari target "_s;
        text += durationShort(qint64(o.value(u"targetSeconds"_s).toDouble()));
        text += o.value(u"late"_s).toBool() ? u", terlambat"_s : u", tepat waktu"_s;
    }
    if (const QString reason = o.value(u"deviationReason"_s).toString(); !reason.isEmpty()) {
        text += u"; alasan penyimpangan: "_s;
        text += reason;
    }
    if (o.value(u"actingHead"_s).toBool())
        text += u"; oleh Plh. Kepala Dinas"_s;
    return text;
}

/// The office's words for the engine's commands; other actions print as recorded.
QString actionLabel(const QString &action)
{
    static const QList<std::pair<QString, QString>> labels{
        {stepActionCode(StepAction::Register), u"Mengagendakan"_s},
        {stepActionCode(StepAction::Report), u"Melaporkan ke Kepala Dinas"_s},
        {stepActionCode(StepAction::Dispose), u"Disposisi"_s},
        {stepActionCode(StepAction::Decide), u"Keputusan tim"_s},
        {u"refer"_s, u"Penyaluran"_s},
        {stepActionCode(StepAction::Convey), u"Penyampaian hasil"_s},
        {u"pause"_s, u"Ditunda"_s},               {u"resume"_s, u"Dilanjutkan"_s},
        {u"void"_s, u"Dibatalkan"_s},             {u"amend"_s, u"Perbaikan data"_s},
    };
    for (const auto &[code, label] : labels) {
        if (code == action)
            return label;
    }
    return u"Perubahan data"_s; // never the engine's code on paper
}

bool isIdentityKey(const QString &key)
{
    static const QStringList parts{u"complainant"_s, u"nik"_s, u"phone"_s, u"telepon"_s,
                                   u"address"_s, u"alamat"_s, u"identity"_s};
    const QString lower = key.toLower();
    for (const QString &part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QString changeText(const AuditEntry &entry, bool hideIdentity, const QTimeZone &zone)
{
    QStringList keys = entry.oldValue.keys() + entry.newValue.keys();
    keys.removeDuplicates();
    // The step first, then the fields in the order of their labels.
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const bool stepA = foldKey(a) == u"step"_s, stepB = foldKey(b) == u"step"_s;
        if (stepA != stepB)
            return stepA;
        return fieldLabel(a).value_or(a) < fieldLabel(b).value_or(b);
    });
    QStringList lines;
    for (const QString &key : keys) {
        const auto label = fieldLabel(key);
        if (!label)
            continue;
        QString line = *label;
        line += u": "_s;
        if (hideIdentity && isIdentityKey(key)) {
            line += hiddenIdentityLabel();
        } else if (foldKey(key) == u"step"_s) {
            if (entry.oldValue.contains(key)) {
                line += stepText(entry.oldValue.value(key));
                line += u" \u2192 "_s;
            }
            line += stepText(entry.newValue.value(key));
        } else {
            if (entry.oldValue.contains(key)) {
                line += valueText(key, entry.oldValue.value(key), zone);
                line += u" \u2192 "_s;
            }
            line += entry.newValue.contains(key) ? valueText(key, entry.newValue.value(key), zone)
                                                 : u"(dihapus)"_s;
        }
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

QString stepTimeliness(const StepState &step)
{
    if (!step.completed())
        return u"Berjalan"_s;
    if (!step.late)
        return u"Tepat waktu"_s;
    QString text = u"Terlambat"_s;
    const qint64 over = step.workedSeconds - qint64(step.targetMinutes) * 60;
    if (over > 0) {
        text += u' ';
        text += durationShort(over);
    }
    return text;
}

FormDocument historyDocument(const ComplaintRecord &complaint, const PrintContext &context,
                             const QList<AuditEntry> &audit, const SopDefinition *sop)
{
    QString title = u"Riwayat Aduan "_s;
    title += complaint.agendaNumber;
    PageDecoration decoration{title, context.printedLine(), true};
    // Landscape: the steps table has eight columns of dates and times.
    FormDocument document(context.landscape(), title, decoration);
    FormBuilder form(document.text(), document.pageSetup());
    const QTimeZone &zone = context.zone;

    form.letterhead(context.office);
    QString number = u"Nomor: "_s;
    number += orDash(complaint.agendaNumber);
    form.title(u"RIWAYAT ADUAN"_s, number);

    QList<Field> fields{
        {u"Pokok aduan"_s, complaint.subject},
        {u"Pengadu"_s, complaint.complainantDisplayName()},
        {u"Cara penyampaian"_s, channelText(complaint.channel)},
        {u"Tanggal diterima"_s, dateTime(complaint.receivedAt, zone)},
        {u"Tanggal dicatat"_s, dateTime(complaint.registeredAt, zone)},
        {u"Batas waktu penyelesaian"_s, dateTime(complaint.deadlineAt, zone)},
        {u"Status"_s, statusLabel(complaint.status())},
    };
    if (complaint.voidedAt.isValid()) {
        QString voided = dateTime(complaint.voidedAt, zone);
        voided += u"; alasan: "_s;
        voided += complaint.voidReason;
        fields << Field{u"Dibatalkan"_s, voided};
    }
    if (complaint.referral)
        fields << Field{u"Disalurkan kepada"_s, complaint.referral->agencyName};
    form.fields(fields, 55.0);

    form.heading(u"A. Langkah penanganan"_s);
    QTextTable *steps = form.grid(
        {u"No."_s, u"Kegiatan"_s, u"Pelaksana"_s, u"Mulai"_s, u"Selesai"_s, u"Waktu kerja"_s,
         u"Target"_s, u"Keterangan"_s},
        {QTextLength(QTextLength::PercentageLength, 4), QTextLength(QTextLength::PercentageLength, 20),
         QTextLength(QTextLength::PercentageLength, 13), QTextLength(QTextLength::PercentageLength, 13),
         QTextLength(QTextLength::PercentageLength, 13), QTextLength(QTextLength::PercentageLength, 9),
         QTextLength(QTextLength::PercentageLength, 6), QTextLength(QTextLength::PercentageLength, 22)},
        int(complaint.steps.size()), kTablePointSize);
    qint64 workedTotal = 0;
    int targetTotal = 0;
    int late = 0;
    for (int i = 0; i < complaint.steps.size(); ++i) {
        const StepState &step = complaint.steps.at(i);
        const int row = i + 1;
        FormBuilder::setCell(steps, row, 0, QString::number(step.number), false, Qt::AlignHCenter);
        FormBuilder::setCell(steps, row, 1, activityOf(step, sop));
        FormBuilder::setCell(steps, row, 2, actorOf(step));
        FormBuilder::setCell(steps, row, 3, dateTime(step.actionableAt, zone, true));
        FormBuilder::setCell(steps, row, 4,
                             step.completed() ? dateTime(step.completedAt, zone, true) : u"-"_s);
        FormBuilder::setCell(steps, row, 5,
                             step.completed() ? durationShort(step.workedSeconds) : u"-"_s);
        FormBuilder::setCell(steps, row, 6, durationShort(qint64(step.targetMinutes) * 60));
        FormBuilder::setCell(steps, row, 7, stepTimeliness(step), step.late);
        if (!step.deviationReason.isEmpty()) {
            QString reason = u"Alasan penyimpangan: "_s;
            reason += step.deviationReason;
            FormBuilder::appendToCell(steps, row, 7, reason);
        }
        if (!step.note.isEmpty()) {
            QString note = u"Catatan: "_s;
            note += step.note;
            FormBuilder::appendToCell(steps, row, 7, note);
        }
        if (step.completed()) {
            workedTotal += step.workedSeconds;
            targetTotal += step.targetMinutes;
            late += step.late ? 1 : 0;
        }
    }
    form.finishGrid();
    QString totals = durationShort(workedTotal);
    totals += u" dari target "_s;
    totals += durationShort(qint64(targetTotal) * 60);
    totals += u" (langkah selesai)"_s;
    QString deviations = QString::number(late);
    deviations += u" langkah terlambat"_s;
    form.fields({{u"Jumlah waktu kerja"_s, totals}, {u"Penyimpangan"_s, deviations}}, 55.0);

    form.heading(u"B. Penundaan (Ditunda)"_s);
    if (complaint.pauses.isEmpty()) {
        form.paragraph(u"Tidak ada penundaan."_s, Qt::AlignLeft);
    } else {
        QTextTable *pauses = form.grid(
            {u"Langkah"_s, u"Ditunda"_s, u"Dilanjutkan"_s, u"Alasan"_s, u"Catatan"_s},
            {QTextLength(QTextLength::PercentageLength, 9), QTextLength(QTextLength::PercentageLength, 20),
             QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 30),
             QTextLength(QTextLength::PercentageLength, 21)},
            int(complaint.pauses.size()), kTablePointSize);
        for (int i = 0; i < complaint.pauses.size(); ++i) {
            const PauseRecord &pause = complaint.pauses.at(i);
            FormBuilder::setCell(pauses, i + 1, 0, QString::number(pause.stepNumber), false,
                                 Qt::AlignHCenter);
            FormBuilder::setCell(pauses, i + 1, 1, dateTime(pause.pausedAt, zone, true));
            FormBuilder::setCell(pauses, i + 1, 2,
                                 pause.resumedAt.isValid() ? dateTime(pause.resumedAt, zone, true)
                                                           : u"masih ditunda"_s);
            FormBuilder::setCell(pauses, i + 1, 3, orDash(pause.reason));
            FormBuilder::setCell(pauses, i + 1, 4, orDash(pause.resumeNote));
        }
        form.finishGrid();
    }

    form.heading(u"C. Catatan perubahan (audit)"_s);
    if (audit.isEmpty()) {
        form.paragraph(u"Tidak ada catatan."_s, Qt::AlignLeft);
    } else {
        const bool hide = complaint.identityHidden
                          || complaint.confidentiality == Confidentiality::Anonymous;
        QTextTable *entries = form.grid(
            {u"Waktu"_s, u"Pengguna"_s, u"Tindakan"_s, u"Perubahan"_s},
            {QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 16),
             QTextLength(QTextLength::PercentageLength, 18), QTextLength(QTextLength::PercentageLength, 46)},
            int(audit.size()), kTablePointSize);
        for (int i = 0; i < audit.size(); ++i) {
            const AuditEntry &entry = audit.at(i);
            FormBuilder::setCell(entries, i + 1, 0, dateTime(entry.at, zone, true));
            FormBuilder::setCell(entries, i + 1, 1,
                                 entry.userId == 0 && entry.userName.isEmpty() ? u"Sistem"_s
                                                                                : entry.userName);
            FormBuilder::setCell(entries, i + 1, 2, actionLabel(entry.action));
            FormBuilder::setCell(entries, i + 1, 3, changeText(entry, hide, zone));
        }
        form.finishGrid();
    }
    return document;
}

} // namespace aduan::forms
