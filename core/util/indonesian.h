#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace aduan {

// Indonesian wording of dates, times and numbers as the office prints them. Day and month names
// are hard-coded here, never taken from the computer's locale, so a print reads the same on every
// PC whatever its language settings. Spelling follows PUEBI (Pedoman Umum Ejaan Bahasa Indonesia):
// a period groups thousands ("1.250") and separates hours from minutes ("09.04").
// Every function is pure: the same input always gives the same text.

/// The day name, "Senin" ... "Minggu"; empty for an invalid date.
QString dayName(QDate date);

/// The month name for 1–12, "Januari" ... "Desember"; empty outside 1–12.
QString monthName(int month);

/// The month in Roman numerals for 1–12, "I" ... "XII" (as in agenda numbers
/// "0001/ADUAN/III/2026"); empty outside 1–12.
QString romanMonth(int month);

/// "2 Maret 2026" (day without a leading zero); empty for an invalid date.
QString dateOnly(QDate date);

/// The long date of letters and forms: "Senin, 2 Maret 2026"; empty for an invalid date.
QString longDate(QDate date);

/// Time-zone abbreviation for an offset from UTC in seconds: "WIB" (+7 h), "WITA" (+8 h), "WIT"
/// (+9 h); any other offset prints as "UTC", "UTC+05.30", "UTC-03.00".
QString zoneAbbreviation(int offsetFromUtcSeconds);

/// The time of day of `instant` (any time spec) in the `office` zone, 24-hour, as
/// "09.04 WIB", or "09.04.10 WIB" with seconds. Empty for an invalid instant.
QString timeOfDay(const QDateTime &instant, const QTimeZone &office, bool withSeconds = false);

/// Long date and time of `instant` (any time spec, usually UTC from storage) in the `office`
/// zone: "Senin, 2 Maret 2026 09.04 WIB", or "Senin, 2 Maret 2026 09.04.10 WIB" with seconds.
/// The date is the office date (23.30 UTC is the next day in WIB). Empty for an invalid instant.
QString dateTime(const QDateTime &instant, const QTimeZone &office, bool withSeconds = false);

/// The office date of an instant: the calendar date in the `office` zone.
QDate officeDate(const QDateTime &instant, const QTimeZone &office);

/// A whole number in words: 11 "sebelas", 19 "sembilan belas", 100 "seratus", 1000 "seribu",
/// 2026 "dua ribu dua puluh enam", 0 "nol", -5 "minus lima". Scales: ribu, juta, miliar,
/// triliun, kuadriliun, kuintiliun (the whole qint64 range).
QString numberInWords(qint64 value);

/// The date spelled out as a Berita Acara opens (Tata Naskah Dinas usage):
/// "hari Senin tanggal dua bulan Maret tahun dua ribu dua puluh enam". Empty for an invalid date.
QString dateInWords(QDate date);

/// Thousands grouped with periods: 1250 "1.250", -20000 "-20.000", 7 "7".
QString formatNumber(qint64 value);

/// A span of seconds, short, as the history print shows working time: 250 "4 mnt 10 dtk",
/// 480 "8 mnt", 30 "30 dtk", 3900 "1 jam 5 mnt", 0 "0 mnt"; negative values get a leading "-".
/// Parts that are zero are left out.
QString durationShort(qint64 seconds);

} // namespace aduan
