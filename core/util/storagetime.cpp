#include "util/storagetime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {
constexpr auto kInstantFormat = "yyyy-MM-ddTHH:mm:ss.zzz'Z'";
}

QString toStorageTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QLatin1StringView(kInstantFormat));
}

QVariant storageTimeOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(toStorageTime(instant)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromStorageTime(const QString &text)
{
    // Parsed by hand: the format is fixed, and QDateTime::fromString() goes through local time
    // (a stat() of /etc/localtime per call), which made a recap of 10,000 rows take a second.
    if (text.size() != 24 || text.at(23) != u'Z' || text.at(10) != u'T')
        return {};
    auto number = [&](qsizetype from, qsizetype length, bool *ok) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                *ok = false;
                return 0;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok), number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

QString toStorageDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStorageDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace aduan
