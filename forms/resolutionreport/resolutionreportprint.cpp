#include "resolutionreport/resolutionreportprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/indonesian.h"
#include "validation/nip.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

QString conveyMethodText(const QString &method)
{
    const QString code = method.trimmed().toLower();
    if (code.isEmpty())
        return {};
    if (code == u"langsung")
        return u"secara langsung"_s;
    if (code == u"email" || code == u"e-mail")
        return u"melalui surat elektronik"_s;
    if (code == u"sms")
        return u"melalui SMS"_s;
    if (code == u"whatsapp")
        return u"melalui WhatsApp"_s;
    QString text = u"melalui "_s;
    text += method.trimmed();
    return text;
}

FormDocument resolutionReportDocument(const ComplaintRecord &complaint,
                                      const PrintContext &context)
{
    const ResolutionReportRecord *report =
        complaint.resolutionReport ? &*complaint.resolutionReport : nullptr;
    OpenedForm opened(context, {u"Berita Acara Penyelesaian Aduan"_s, complaint.agendaNumber,
                                u"BERITA ACARA PENYELESAIAN ADUAN"_s, u"Nomor Aduan"_s,
                                complaint.agendaNumber});
    FormBuilder &form = opened.form;

    const QString office = officeFullName(context.office);
    QString opening = u"Pada hari ini "_s; // Tata Naskah Dinas: the date spelled out
    if (report && report->conveyedAt.isValid()) {
        // dateInWords() reads "hari Senin tanggal ..."; the opening says "hari ini Senin ...".
        QString words = dateInWords(officeDate(report->conveyedAt, context.zone));
        words.remove(0, qsizetype(sizeof("hari ") - 1));
        opening += words;
    } else
        opening += u"hari ........ tanggal ........ bulan ........ tahun ........"_s;
    opening += u", kami yang bertanda tangan di bawah ini:"_s;
    form.paragraph(opening);

    QString officerTitle = u"Petugas Pengaduan "_s;
    officerTitle += office;
    form.fields({
        {u"1. Nama"_s, report ? report->officerName : QString()},
        {u"    NIP"_s, report ? formatNip(report->officerNip) : QString()},
        {u"    Jabatan"_s, officerTitle},
    });
    form.paragraph(u"selanjutnya disebut PIHAK PERTAMA;"_s, Qt::AlignLeft);

    QList<Field> second{{u"2. Nama"_s, complaint.complainantDisplayName()}};
    if (identityShown(complaint)) {
        second << Field{u"    NIK"_s, complaint.complainant->nik}
               << Field{u"    Alamat"_s, complaint.complainant->address};
    }
    second << Field{u"    Selaku"_s, u"Pengadu"_s};
    form.fields(second);
    form.paragraph(u"selanjutnya disebut PIHAK KEDUA."_s, Qt::AlignLeft);

    QString conveyed = u"PIHAK PERTAMA telah menyampaikan kepada PIHAK KEDUA hasil penyelesaian "
                       u"atas pengaduan Nomor "_s;
    conveyed += orDash(complaint.agendaNumber);
    conveyed += u" yang diterima pada "_s;
    conveyed += dateOnly(officeDate(complaint.receivedAt, context.zone));
    conveyed += u" perihal \u201C"_s;
    conveyed += complaint.subject;
    conveyed += u"\u201D"_s;
    const QString method = report ? conveyMethodText(report->input.method) : QString();
    if (!method.isEmpty()) {
        conveyed += u' ';
        conveyed += method;
    }
    conveyed += u", dengan hasil sebagai berikut:"_s;
    form.paragraph(conveyed);
    form.longText(u"Hasil penyelesaian:"_s, report ? report->input.summary : QString());
    form.longText(u"Tanggapan pengadu:"_s, report ? report->input.complainantResponse : QString());
    if (report && report->sms) {
        // Issue 19: the SMS sent at step 5, with its delivery state as the daemon last said.
        const ResultSmsRecord &sms = *report->sms;
        QString sent = u"Hasil penyelesaian dikirim melalui SMS ke "_s;
        sent += identityShown(complaint) ? sms.recipient : u"nomor HP pengadu"_s;
        sent += u" pada "_s;
        sent += dateTime(sms.queuedAt, context.zone);
        sent += u". Status pengiriman: "_s;
        sent += smsDeliveryLabel(sms.delivery);
        if (sms.checkedAt.isValid()) {
            sent += u" (diperiksa "_s;
            sent += dateTime(sms.checkedAt, context.zone);
            sent += u")"_s;
        } else if (!sms.handedOver()) {
            sent += u" (belum diserahkan ke layanan SMS)"_s;
        }
        sent += u"."_s;
        form.paragraph(sent);
        form.longText(u"Isi SMS:"_s, sms.text);
    }

    form.paragraph(u"Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan "
                   u"sebagaimana mestinya."_s);

    form.signatures({
        Signature{{}, {u"PIHAK KEDUA,"_s, u"Pengadu"_s}, complaint.complainantDisplayName(), {}},
        Signature{placeAndDate(context.office, report ? report->conveyedAt : QDateTime(),
                               context.zone),
                  {u"PIHAK PERTAMA,"_s, u"Petugas Pengaduan"_s},
                  report ? report->officerName : QString(),
                  report ? report->officerNip : QString()},
    });
    return std::move(opened.document);
}

} // namespace aduan::forms
