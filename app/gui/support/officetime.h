#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace aduan::gui {

/// Dates and times on screen, in the office's Indonesian form whatever the PC's locale:
/// "Senin, 2 Maret 2026", times 24-hour ("09.04"), always in the office time zone.
namespace officetime {

/// The locale used for every date on screen (Indonesian).
QLocale locale();
/// "Senin, 2 Maret 2026"
QString longDate(QDate date);
/// "2 Mar 2026"
QString shortDate(QDate date);
/// "09.04" or "09.04.10"
QString time(const QDateTime &instant, const QTimeZone &zone, bool withSeconds = false);
/// "Senin, 2 Maret 2026 09.04"
QString longDateTime(const QDateTime &instant, const QTimeZone &zone, bool withSeconds = false);
/// "2 Mar 2026 09.04" (tables)
QString shortDateTime(const QDateTime &instant, const QTimeZone &zone);
/// The office date of an instant.
QDate date(const QDateTime &instant, const QTimeZone &zone);

} // namespace officetime
} // namespace aduan::gui
