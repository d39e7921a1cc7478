#pragma once

#include "domain/intakebook.h"

#include <QString>

namespace aduan {

class Clock;
class Database;
struct MonthlyRecap;

/// Exports the complaints of a register filter, as `viewerId` may see them (confidential
/// identities blanked without the right), one record per complaint, in agenda order; every
/// complaint of the filter, however many (never a lazily fetched model's first rows).
/// Dates are office time, "yyyy-MM-dd HH:mm". Column headings are Indonesian.
/// Returns the number of complaints written. Throws aduan::Error (Forbidden for an unknown
/// viewer, ReadOnly/Storage when the file cannot be written).
qint64 exportComplaintsCsv(Database &db, const Clock &clock, qint64 viewerId,
                           const IntakeBookFilter &filter, const QString &path);

/// The same as an XLSX workbook (libxlsxwriter): sheet "Aduan" with the complaints — NIK and
/// phone as text cells so that all 16 digits stay — and, when `recap` is given, sheet "Rekap"
/// with the recap's figures.
qint64 exportComplaintsXlsx(Database &db, const Clock &clock, qint64 viewerId,
                            const IntakeBookFilter &filter, const QString &path,
                            const MonthlyRecap *recap = nullptr);

/// The recap's figures as CSV (section, item, this period, previous period).
void exportRecapCsv(const MonthlyRecap &recap, const QString &path);

} // namespace aduan
