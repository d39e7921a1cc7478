#include "recap/recapcomparison.h"

#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The keys of `current`, then those of `previous` that `current` lacks.
template<typename Map>
QStringList mergedKeys(const Map &current, const Map &previous)
{
    QStringList keys = current.keys();
    for (const QString &key : previous.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

int referredTo(const PeriodRecap &period, const QString &agency)
{
    for (const auto &[name, n] : period.referralsByAgency) {
        if (name == agency)
            return n;
    }
    return 0;
}

} // namespace

QList<ComplaintStatus> recapStatuses()
{
    return {ComplaintStatus::InProgress, ComplaintStatus::Paused, ComplaintStatus::Completed,
            ComplaintStatus::Referred, ComplaintStatus::Voided};
}

QList<RecapLine> categoryLines(const MonthlyRecap &recap)
{
    const PeriodRecap &c = recap.current;
    const PeriodRecap &p = recap.previous;
    QList<RecapLine> lines;
    for (const QString &key : mergedKeys(c.byCategory, p.byCategory))
        lines << RecapLine{key, c.byCategory.value(key), p.byCategory.value(key)};
    return lines;
}

QList<RecapLine> referralLines(const MonthlyRecap &recap)
{
    QStringList agencies;
    for (const PeriodRecap *period : {&recap.current, &recap.previous}) {
        for (const auto &[agency, n] : period->referralsByAgency) {
            if (!agencies.contains(agency))
                agencies << agency;
        }
    }
    QList<RecapLine> lines;
    for (const QString &agency : std::as_const(agencies))
        lines << RecapLine{agency, referredTo(recap.current, agency),
                           referredTo(recap.previous, agency)};
    return lines;
}

QList<RecapClassLine> classLines(const MonthlyRecap &recap, const QList<ComplaintClass> &classes)
{
    const QMap<QString, int> &c = recap.current.byClass;
    const QMap<QString, int> &p = recap.previous.byClass;
    QList<RecapClassLine> lines;
    QStringList shown;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const ComplaintClass &cls = classes.at(i);
        RecapClassLine line{cls, cls.code, c.value(cls.code), p.value(cls.code)};
        if (i == 0) { // recorded without a class: the first class
            line.current += c.value(QString());
            line.previous += p.value(QString());
        }
        lines << line;
        shown << cls.code;
    }
    if (!classes.isEmpty())
        shown << QString();
    for (const QString &code : mergedKeys(c, p)) {
        if (!shown.contains(code))
            lines << RecapClassLine{std::nullopt, code, c.value(code), p.value(code)};
    }
    return lines;
}

QList<RecapStepLine> stepLines(const MonthlyRecap &recap)
{
    QList<RecapStepLine> lines;
    for (const StepRecap &s : recap.current.steps) {
        RecapStepLine line{s, {}};
        for (const StepRecap &q : recap.previous.steps) {
            if (q.stepNumber == s.stepNumber)
                line.previous = q;
        }
        lines << line;
    }
    return lines;
}

std::optional<int> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return qRound(100.0 * double(part) / double(whole));
}

QString recapFileName(QDate from, QDate to, QStringView suffix)
{
    QString period;
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        period = from.toString(u"yyyy-MM"_s);
    else if (from == QDate(from.year(), 1, 1) && to == QDate(from.year(), 12, 31))
        period = QString::number(from.year());
    else
        period = from.toString(Qt::ISODate) + u' ' + to.toString(Qt::ISODate);
    return u"Rekapitulasi %1.%2"_s.arg(period, suffix);
}

} // namespace aduan
