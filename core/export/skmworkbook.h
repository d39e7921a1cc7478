#pragma once

#include <QString>

namespace aduan {

struct SkmReport;

/// Writes the SKM report as an XLSX workbook (libxlsxwriter): sheet "SKM" with the period, the
/// respondents against the recommended sample, and per questionnaire version the NRR of each
/// element, NRR tertimbang, IKM, SKM value, grade and weakest elements; sheet "Profil" with the
/// respondents' profile. Numbers are number cells (NRR to four decimals shown as stored, the SKM
/// value rounded to two); headings are Indonesian. Throws aduan::Error(ReadOnly) when the file
/// cannot be written.
void exportSkmXlsx(const SkmReport &report, const QString &path);

} // namespace aduan
