#pragma once

#include "skm/questionnaire.h"
#include "skm/skmmethod.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace aduan {

class Database;

/// Respondents counted by one profile question's options, in the questionnaire's order, with
/// "Tidak diisi" (not answered) last when any.
using SkmProfileCounts = QList<std::pair<QString, int>>;

/// The SKM of one questionnaire version within a period: only the responses given on it.
struct SkmSection {
    SkmQuestionnaire questionnaire;
    SkmResult result;
    SkmProfileCounts ageGroups;
    SkmProfileCounts sexes;
    SkmProfileCounts educations;
    SkmProfileCounts occupations;
};

/// The SKM report of a period of office dates from..to (inclusive) (PermenPANRB 14/2017): per
/// questionnaire version its respondents, profile, NRR per element, IKM, SKM value and grade,
/// and the weakest elements; the respondents against the sample the regulation recommends
/// (Krejcie–Morgan) for the complaints served (result conveyed, SOP step 5) in the period.
struct SkmReport {
    QDate from;
    QDate to;
    QList<SkmSection> sections; ///< one per version answered in the period, oldest first
    int respondents = 0;        ///< over all versions
    int declined = 0;           ///< complainants who declined in the period
    int served = 0;             ///< complaints whose result was conveyed in the period
    int recommendedSample = 0;  ///< krejcieMorganSample(served)
    QDateTime generatedAt;      ///< UTC

    /// The section answered by most respondents (the period's headline value); nullptr when
    /// nobody answered.
    const SkmSection *main() const;
    /// "Januari–Juni 2026", "1 Januari 2026 – 15 Maret 2026": the period as printed.
    QString periodText() const;
};

/// Builds the report. Dates are office dates of the office calendar's zone; `now` is UTC.
/// Throws aduan::Error(Storage) on a database failure.
SkmReport buildSkmReport(Database &db, QDate from, QDate to, const QDateTime &now);

} // namespace aduan
