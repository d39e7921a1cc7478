#pragma once

#include "domain/complaint.h"
#include "validation/finding.h"

#include <QString>

namespace aduan {

/// SOP step 5 conveyed by SMS (issue 19: "at step 5, when the result is conveyed by SMS, the
/// message sent is recorded in the Berita Acara with its delivery state as the daemon reports
/// it"). The text is Indonesian, whatever the screens' language, like every SMS to a
/// complainant: "Hasil penyelesaian aduan <nomor agenda> dari Dinas Sosial Kota Blitar:
/// <hasil>". `summary` is the Berita Acara's result as stored (trimmed).
QString resultSmsText(const QString &agendaNumber, const QString &summary);

/// The phone the result goes to: the complainant's phone as registered, normalised (+62…);
/// empty when the complaint has no valid number (anonymous, none given, not a phone).
QString resultSmsRecipient(const ComplaintRecord &complaint);

/// What keeps the result from going by SMS, beside the fields of the Berita Acara; empty when
/// the method is not SMS or nothing does. "method.no_phone" (field "method"): no valid phone
/// registered with the complaint; "summary.sms_too_long" (field "summary"): more than Gammu's
/// 50 SMS parts (planSms()). A complaint whose identity is hidden from the reader
/// (ComplaintRecord::identityHidden) is not judged on its phone here: the engine, which reads
/// the whole record, decides. Pure; never throws.
Findings checkResultSms(const ComplaintRecord &complaint, const ResolutionReportInput &input);

} // namespace aduan
