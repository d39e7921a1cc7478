#include "util/indonesian.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

/// Words for 0–999; empty for 0 (the caller decides whether "nol" is said).
QString wordsBelowThousand(int n)
{
    static const std::array<QString, 10> ones = {
        QString(),  u"satu"_s,  u"dua"_s,   u"tiga"_s,    u"empat"_s,
        u"lima"_s,  u"enam"_s,  u"tujuh"_s, u"delapan"_s, u"sembilan"_s,
    };
    QStringList parts;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        parts << u"seratus"_s;
    else if (hundreds > 1)
        parts << ones[hundreds] + u" ratus"_s;
    if (rest == 10) {
        parts << u"sepuluh"_s;
    } else if (rest == 11) {
        parts << u"sebelas"_s;
    } else if (rest > 11 && rest < 20) {
        parts << ones[rest - 10] + u" belas"_s;
    } else if (rest >= 20) {
        parts << ones[rest / 10] + u" puluh"_s;
        if (rest % 10)
            parts << ones[rest % 10];
    } else if (rest > 0) {
        parts << ones[rest];
    }
    return parts.join(u' ');
}

} // namespace

QString dayName(QDate date)
{
    if (!date.isValid())
        return {};
    static const std::array<QString, 7> names = {u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s,
                                                 u"Jumat"_s, u"Sabtu"_s,  u"Minggu"_s};
    return names[static_cast<std::size_t>(date.dayOfWeek() - 1)]; // 1 = Monday in Qt
}

QString monthName(int month)
{
    static const std::array<QString, 12> names = {
        u"Januari"_s, u"Februari"_s, u"Maret"_s,     u"April"_s,   u"Mei"_s,      u"Juni"_s,
        u"Juli"_s,    u"Agustus"_s,  u"September"_s, u"Oktober"_s, u"November"_s, u"Desember"_s,
    };
    if (month < 1 || month > 12)
        return {};
    return names[static_cast<std::size_t>(month - 1)];
}

QString romanMonth(int month)
{
    static const std::array<QString, 12> names = {u"I"_s,   u"II"_s,  u"III"_s, u"IV"_s,
                                                  u"V"_s,   u"VI"_s,  u"VII"_s, u"VIII"_s,
                                                  u"IX"_s,  u"X"_s,   u"XI"_s,  u"XII"_s};
    if (month < 1 || month > 12)
        return {};
    return names[static_cast<std::size_t>(month - 1)];
}

QString dateOnly(QDate date)
{
    if (!date.isValid())
        return {};
    QString text = QString::number(date.day());
    text += u' ';
    text += monthName(date.month());
    text += u' ';
    text += QString::number(date.year());
    return text;
}

QString longDate(QDate date)
{
    if (!date.isValid())
        return {};
    QString text = dayName(date);
    text += u", "_s;
    text += dateOnly(date);
    return text;
}

QString zoneAbbreviation(int offsetFromUtcSeconds)
{
    switch (offsetFromUtcSeconds) {
    case 7 * 3600: return u"WIB"_s;
    case 8 * 3600: return u"WITA"_s;
    case 9 * 3600: return u"WIT"_s;
    case 0: return u"UTC"_s;
    default: break;
    }
    const int minutes = offsetFromUtcSeconds / 60;
    const int magnitude = minutes < 0 ? -minutes : minutes;
    QString text = u"UTC"_s;
    text += minutes < 0 ? u'-' : u'+';
    text += twoDigits(magnitude / 60);
    text += u'.';
    text += twoDigits(magnitude % 60);
    return text;
}

QDate officeDate(const QDateTime &instant, const QTimeZone &office)
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(office).date();
}

QString timeOfDay(const QDateTime &instant, const QTimeZone &office, bool withSeconds)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(office);
    const QTime time = local.time();
    QString text = twoDigits(time.hour());
    text += u'.';
    text += twoDigits(time.minute());
    if (withSeconds) {
        text += u'.';
        text += twoDigits(time.second());
    }
    text += u' ';
    text += zoneAbbreviation(local.offsetFromUtc());
    return text;
}

QString dateTime(const QDateTime &instant, const QTimeZone &office, bool withSeconds)
{
    if (!instant.isValid())
        return {};
    QString text = longDate(officeDate(instant, office));
    text += u' ';
    text += timeOfDay(instant, office, withSeconds);
    return text;
}

QString numberInWords(qint64 value)
{
    if (value == 0)
        return u"nol"_s;
    // The magnitude as unsigned, so that the most negative qint64 has one too.
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    static const std::array<QString, 7> scales = {QString(),      u"ribu"_s,       u"juta"_s,
                                                  u"miliar"_s,    u"triliun"_s,    u"kuadriliun"_s,
                                                  u"kuintiliun"_s};
    QStringList groups; // most significant first
    for (std::size_t scale = 0; magnitude > 0; ++scale) {
        const int group = int(magnitude % 1000);
        magnitude /= 1000;
        if (group == 0)
            continue;
        QString words;
        if (scale == 1 && group == 1) {
            words = u"seribu"_s;
        } else {
            words = wordsBelowThousand(group);
            if (scale > 0) {
                words += u' ';
                words += scales[scale];
            }
        }
        groups.prepend(words);
    }
    QString text = groups.join(u' ');
    if (value < 0)
        text.prepend(u"minus "_s);
    return text;
}

QString dateInWords(QDate date)
{
    if (!date.isValid())
        return {};
    QString text = u"hari "_s;
    text += dayName(date);
    text += u" tanggal "_s;
    text += numberInWords(date.day());
    text += u" bulan "_s;
    text += monthName(date.month());
    text += u" tahun "_s;
    text += numberInWords(date.year());
    return text;
}

QString formatNumber(qint64 value)
{
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    const QString digits = QString::number(magnitude);
    QString text;
    text.reserve(digits.size() + digits.size() / 3 + 1);
    if (value < 0)
        text += u'-';
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += u'.';
        text += digits.at(i);
    }
    return text;
}

QString durationShort(qint64 seconds)
{
    const quint64 magnitude = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    const quint64 hours = magnitude / 3600;
    const quint64 minutes = (magnitude % 3600) / 60;
    const quint64 secs = magnitude % 60;
    QStringList parts;
    if (hours)
        parts << QString::number(hours) + u" jam"_s;
    if (minutes)
        parts << QString::number(minutes) + u" mnt"_s;
    if (secs)
        parts << QString::number(secs) + u" dtk"_s;
    if (parts.isEmpty())
        return u"0 mnt"_s;
    QString text = parts.join(u' ');
    if (seconds < 0)
        text.prepend(u'-');
    return text;
}

} // namespace aduan
