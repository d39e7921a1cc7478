#include "support/officetime.h"

using namespace Qt::StringLiterals;

namespace aduan::gui::officetime {

QLocale locale()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

QString longDate(QDate date)
{
    return date.isValid() ? locale().toString(date, u"dddd, d MMMM yyyy"_s) : QString();
}

QString shortDate(QDate date)
{
    return date.isValid() ? locale().toString(date, u"d MMM yyyy"_s) : QString();
}

QString time(const QDateTime &instant, const QTimeZone &zone, bool withSeconds)
{
    if (!instant.isValid())
        return {};
    return locale().toString(instant.toTimeZone(zone).time(),
                             withSeconds ? u"HH.mm.ss"_s : u"HH.mm"_s);
}

QString longDateTime(const QDateTime &instant, const QTimeZone &zone, bool withSeconds)
{
    if (!instant.isValid())
        return {};
    QString text = longDate(date(instant, zone));
    text += u' ';
    text += time(instant, zone, withSeconds);
    return text;
}

QString shortDateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    QString text = shortDate(date(instant, zone));
    text += u' ';
    text += time(instant, zone);
    return text;
}

QDate date(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.isValid() ? instant.toTimeZone(zone).date() : QDate();
}

} // namespace aduan::gui::officetime
