#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/complaint.h"

namespace aduan::forms {

/// How the result was conveyed, in running text: "langsung" → "secara langsung", "telepon" →
/// "melalui telepon", "surat" → "melalui surat", "email" → "melalui surat elektronik",
/// another word W → "melalui W".
QString conveyMethodText(const QString &method);

/// Berita Acara Penyelesaian Aduan, the official report that the result was conveyed to the
/// complainant (SOP step 5 output "resolution_report"), on a portrait page of the context's
/// paper. It opens with the date of conveying (office date) spelled out, as Tata Naskah Dinas
/// writes it: "Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh enam"; then
/// the parties (the officer with name, NIP and title as PIHAK PERTAMA; the complainant as the
/// core gives it as PIHAK KEDUA, no NIK, phone or address when hidden or anonymous); the result
/// and the complainant's response; for a result sent by SMS (issue 19) the number (when the
/// identity is shown), the time it was queued, the delivery state as the SMS daemon last
/// reported it (smsDeliveryLabel()) and the text sent; the closing sentence; both signatures.
FormDocument resolutionReportDocument(const ComplaintRecord &complaint,
                                      const PrintContext &context);

} // namespace aduan::forms
