#pragma once

#include "domain/channel.h"
#include "domain/complaint.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace aduan {

class Database;

/// A step that ran past its target, completed within a period.
struct RecapDeviationRow {
    int stepNumber = 0;
    qint64 workedSeconds = 0;
    int targetMinutes = 0;
    QString agendaNumber;
    QString deviationReason;
    QString completedBy;
    QDateTime completedAt;
};

/// Completed steps with the same number, working time and lateness (for medians and
/// percentiles): `count` of them.
struct RecapStepTime {
    int stepNumber = 0;
    qint64 workedSeconds = 0; ///< working seconds (office hours) from actionable to completed
    bool late = false;
    int count = 1;
};

struct RecapReferralRow {
    QString agencyName;
    int count = 0;
};

/// Complaints open at an instant, and how many of them had passed their overall deadline.
struct OpenCount {
    int open = 0;
    int pastDeadline = 0;
};

/// The recap's SQL, over periods [start, end) of UTC instants: aggregates computed by the
/// database (GROUP BY, COUNT) so that a month among a million complaints stays fast; the
/// arithmetic that needs sorting lives in recap/. The last step of a complaint is the highest
/// step of its own SOP revision.
class RecapStore
{
public:
    explicit RecapStore(Database &db) : m_db(db) {}

    /// Complaints received in the period and not voided before its end, counted by `column`
    /// ("channel", "category" or "class_code").
    QMap<QString, int> receivedBy(const QString &column, const QDateTime &start,
                                  const QDateTime &end) const;
    /// Complaints received in the period, by their status at `end` (status codes).
    QMap<ComplaintStatus, int> statusAtEnd(const QDateTime &start, const QDateTime &end) const;
    /// Received complaints (not voided before `end`) per UTC minute and channel ("yyyy-MM-ddTHH:mm" → channel → count),
    /// to be placed on office dates by the caller.
    QList<std::tuple<QString, Channel, int>> receivedPerMinute(const QDateTime &start,
                                                               const QDateTime &end) const;
    /// Complaints received before `at` (UTC) and open at `at`: not closed (complaint.closed_at,
    /// the last SOP step's completion) and not voided before it; pastDeadline: those of them
    /// whose overall deadline was before `at`. Counted from indexes alone, from the nearer end
    /// of the register. Storage errors as aduan::Error.
    OpenCount openAt(const QDateTime &at) const;
    /// Complaints whose last step was completed in the period (voided ones left out), and how
    /// many of them by their overall deadline.
    std::pair<int, int> finished(const QDateTime &start, const QDateTime &end) const;
    /// Complaints voided in the period, whenever received ("Dibatalkan").
    int voided(const QDateTime &start, const QDateTime &end) const;
    /// The steps completed in the period, grouped by step, working time and lateness.
    QList<RecapStepTime> stepTimes(const QDateTime &start, const QDateTime &end) const;
    QList<RecapDeviationRow> deviations(const QDateTime &start, const QDateTime &end) const;
    QList<RecapReferralRow> referrals(const QDateTime &start, const QDateTime &end) const;

private:
    Database &m_db;
};

} // namespace aduan
