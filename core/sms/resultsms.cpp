#include "sms/resultsms.h"

#include "sms/smstext.h"
#include "util/error.h"
#include "validation/phone.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

QString resultSmsText(const QString &agendaNumber, const QString &summary)
{
    return u"Hasil penyelesaian aduan %1 dari Dinas Sosial Kota Blitar: %2"_s.arg(
        agendaNumber, summary.trimmed());
}

QString resultSmsRecipient(const ComplaintRecord &complaint)
{
    if (!complaint.complainant || complaint.confidentiality == Confidentiality::Anonymous)
        return {};
    const PhoneCheck check = normalizePhone(complaint.complainant->phone);
    return check.ok() ? check.normalized : QString();
}

Findings checkResultSms(const ComplaintRecord &complaint, const ResolutionReportInput &input)
{
    Findings out;
    if (!conveyedBySms(input.method))
        return out;
    if (!complaint.identityHidden && resultSmsRecipient(complaint).isEmpty()) {
        out << Finding{Finding::Severity::Error, u"method.no_phone"_s,
                       QCoreApplication::translate(
                           "aduan::Workflow",
                           "No valid phone number is registered with this complaint, so the "
                           "result cannot go by SMS. Choose another way, or correct the phone "
                           "number first (Ubah data aduan)."),
                       u"method"_s};
    }
    if (!input.summary.trimmed().isEmpty()) {
        try {
            planSms(resultSmsText(complaint.agendaNumber, input.summary));
        } catch (const Error &) {
            out << Finding{Finding::Severity::Error, u"summary.sms_too_long"_s,
                           QCoreApplication::translate(
                               "aduan::Workflow",
                               "The result is too long for SMS (more than 50 messages). "
                               "Shorten it, or convey it another way."),
                           u"summary"_s};
        }
    }
    return out;
}

} // namespace aduan
