#include "skm/skmreport.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/skmstore.h"
#include "util/indonesian.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

SkmProfileCounts count(const QStringList &options, const QList<QString> &values)
{
    SkmProfileCounts out;
    for (const QString &option : options)
        out.append({option, int(values.count(option))});
    int others = 0;
    for (const QString &value : values) {
        if (!options.contains(value))
            ++others;
    }
    if (others > 0)
        out.append({u"Tidak diisi"_s, others});
    return out;
}

} // namespace

const SkmSection *SkmReport::main() const
{
    const SkmSection *best = nullptr;
    for (const SkmSection &s : sections) {
        if (!best || s.result.respondents > best->result.respondents)
            best = &s;
    }
    return best && best->result.respondents > 0 ? best : nullptr;
}

QString SkmReport::periodText() const
{
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths && from.year() == to.year()) {
        if (from.month() == to.month())
            return monthName(from.month()) + u' ' + QString::number(from.year());
        return monthName(from.month()) + u"–"_s + monthName(to.month())
               + u' ' + QString::number(from.year());
    }
    return dateOnly(from) + u" – "_s + dateOnly(to);
}

SkmReport buildSkmReport(Database &db, QDate from, QDate to, const QDateTime &now)
{
    SkmReport report;
    report.from = from;
    report.to = to;
    report.generatedAt = now;
    const QTimeZone zone = SettingsStore(db).calendar().timeZone();
    const QDateTime start = QDateTime(from, QTime(0, 0), zone).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
    SkmStore store(db);
    QList<SkmStoredResponse> responses;
    QList<SkmQuestionnaire> versions;
    db.read([&] {
        versions = store.questionnaires();
        responses = store.responses(from, to);
        report.declined = store.declined(from, to);
        report.served = store.served(start, end);
    });
    report.respondents = int(responses.size());
    report.recommendedSample = krejcieMorganSample(report.served);
    for (const SkmQuestionnaire &version : std::as_const(versions)) {
        QList<SkmAnswers> answers;
        QList<QString> ages, sexes, educations, occupations;
        for (const SkmStoredResponse &r : std::as_const(responses)) {
            if (r.questionnaireId != version.id)
                continue;
            answers << r.answers;
            ages << r.profile.ageGroup;
            sexes << r.profile.sex;
            educations << r.profile.education;
            occupations << r.profile.occupation;
        }
        if (answers.isEmpty())
            continue;
        report.sections << SkmSection{version,
                                      computeSkm(version, answers),
                                      count(version.ageGroups, ages),
                                      count(version.sexes, sexes),
                                      count(version.educations, educations),
                                      count(version.occupations, occupations)};
    }
    return report;
}

} // namespace aduan
