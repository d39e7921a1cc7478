#pragma once

#include <QDate>
#include <QString>

namespace aduan {

/// The Nomor Agenda of a complaint, from the office's pattern (setting "agenda_pattern",
/// default "{seq:04}/ADUAN/{month_roman}/{year}"). Tokens: {seq} or {seq:0N} (the year's running
/// number, zero-padded to N digits), {month} or {month:02}, {month_roman} (I..XII), {year}.
/// The month and year are those of the registration's office date.
namespace agendanumber {

/// Formats a number. Throws aduan::Error(Invalid) for an unknown token or a pattern without
/// {seq} (numbers would repeat).
QString format(const QString &pattern, int sequence, QDate officeDate);
/// Throws aduan::Error(Invalid) naming the problem when `pattern` cannot number complaints.
void checkPattern(const QString &pattern);

} // namespace agendanumber
} // namespace aduan
