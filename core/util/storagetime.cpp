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
    // Written by hand from the UTC date and time: QDateTime::toString() goes through QLocale and
    // the calendar for each call, a twentieth of generating a million demo complaints.
    const qint64 ms = instant.toMSecsSinceEpoch();
    const qint64 msPerDay = 24LL * 3600 * 1000;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    qint64 rest = ms - days * msPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1000 || date.year() > 9999) // outside the fixed width: Qt's way
        return instant.toUTC().toString(QLatin1StringView(kInstantFormat));
    char buffer[25];
    auto put = [&buffer](int at, qint64 value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            buffer[i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    buffer[4] = '-';
    put(5, date.month(), 2);
    buffer[7] = '-';
    put(8, date.day(), 2);
    buffer[10] = 'T';
    put(11, rest / 3600000, 2);
    rest %= 3600000;
    buffer[13] = ':';
    put(14, rest / 60000, 2);
    rest %= 60000;
    buffer[16] = ':';
    put(17, rest / 1000, 2);
    buffer[19] = '.';
    put(20, rest % 1000, 3);
    buffer[23] = 'Z';
    buffer[24] = '\0';
    return QString::fromLatin1(buffer, 24);
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
