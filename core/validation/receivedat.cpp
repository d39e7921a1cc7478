#include "receivedat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding receivedAtFinding(const QString& code, const QString& message)
{
    return Finding{Finding::Severity::Error, code, message, u"receivedAt"_s};
}

const QRegularExpression& shape()
{
    // day sep month sep year [,] space hour (. or :) minute
    static const QRegularExpression re(
        u"^([0-9]{1,2})([/.\\-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2}),?\\s+([0-9]{1,2})[.:]([0-9]{2})$"_s);
    return re;
}

} // namespace

OfficeDateTimeCheck parseOfficeDateTime(const QString& text, const QTimeZone& zone,
                                        const QString& field)
{
    OfficeDateTimeCheck result;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return result;
    const auto finding = [&](const QString& code, const QString& message) {
        return Finding{Finding::Severity::Error, field + u'.' + code, message, field};
    };
    const QRegularExpressionMatch m = shape().match(typed);
    if (!m.hasMatch()) {
        result.findings << finding(
            u"format"_s,
            QCoreApplication::translate("aduan::Validation",
                                        "\"%1\" is not a date and time. Type day/month/year and "
                                        "hour.minute, for example 18/03/2026 21.14.")
                .arg(typed));
        return result;
    }
    int year = m.captured(4).toInt();
    if (m.captured(4).size() == 2)
        year += 2000;
    const QDate date(year, m.captured(3).toInt(), m.captured(1).toInt());
    const int hour = m.captured(5).toInt();
    const int minute = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59) {
        result.findings << finding(
            u"date"_s,
            QCoreApplication::translate("aduan::Validation",
                                        "%1 does not exist. Check the day, month and time, for "
                                        "example 18/03/2026 21.14.")
                .arg(typed));
        return result;
    }
    result.instant = QDateTime(date, QTime(hour, minute), zone);
    return result;
}

QString formatOfficeDateTime(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(zone).toString(u"dd/MM/yyyy HH.mm"_s);
}

ReceivedAtCheck parseReceivedAt(const QString& text, const QDateTime& now, const QTimeZone& zone)
{
    ReceivedAtCheck result;
    if (text.trimmed().isEmpty()) {
        result.findings << receivedAtFinding(
            u"receivedAt.empty"_s,
            QCoreApplication::translate("aduan::Validation",
                                        "Enter when the complaint reached the office: date and "
                                        "time, for example 18/03/2026 21.14."));
        return result;
    }
    const OfficeDateTimeCheck read = parseOfficeDateTime(text, zone, u"receivedAt"_s);
    if (!read.ok()) {
        result.findings = read.findings;
        return result;
    }
    if (now.isValid() && receivedAtInFuture(read.instant, now)) {
        result.findings << receivedAtFutureFinding();
        return result;
    }
    result.instant = read.instant;
    return result;
}

QString formatReceivedAt(const QDateTime& instant, const QTimeZone& zone)
{
    return formatOfficeDateTime(instant, zone);
}

bool receivedAtInFuture(const QDateTime& receivedAt, const QDateTime& now)
{
    return receivedAt.toUTC() > now.toUTC().addSecs(60);
}

Finding receivedAtFutureFinding()
{
    return receivedAtFinding(
        u"receivedAt.future"_s,
        QCoreApplication::translate("aduan::Validation",
                                    "The time received lies in the future. Enter when the "
                                    "complaint reached the office."));
}

} // namespace aduan
