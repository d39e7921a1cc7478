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
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, QLatin1StringView(kInstantFormat));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
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
