#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <catch2/catch.hpp>

// Failures print text, not {?}.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs).toStdString() + "Z"
                               : std::string("<invalid QDateTime>");
    }
};
template<>
struct StringMaker<QDate> {
    static std::string convert(const QDate &value)
    {
        return value.toString(Qt::ISODate).toStdString();
    }
};
} // namespace Catch
