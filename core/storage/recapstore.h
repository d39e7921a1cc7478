#pragma once

#include "domain/channel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace aduan {

class Database;

/// A complaint relevant to a period (received in it, or open at its start), with what the
/// recap needs to place it at any instant.
struct RecapComplaintRow {
    qint64 id = 0;
    QString agendaNumber;
    Channel channel = Channel::Direct;
    QString category;
    QString classCode;
    QDateTime receivedAt;
    QDateTime registeredAt;
    QDateTime deadlineAt;
    QDateTime voidedAt;
    QDateTime finishedAt;  ///< completion of the last step; invalid while open
    QDateTime referredAt;  ///< invalid when not referred
    bool pausedAtEnd = false;
};

/// A step completed within a period.
struct RecapStepRow {
    int stepNumber = 0;
    qint64 workedSeconds = 0;
    int targetMinutes = 0;
    bool late = false;
    QString agendaNumber;
    QString deviationReason;
    QString completedBy;
    QDateTime completedAt;
};

struct RecapReferralRow {
    QString agencyName;
    int count = 0;
};

/// The recap's SQL: raw rows for a period [start, end) of UTC instants. The arithmetic lives
/// in recap/.
class RecapStore
{
public:
    explicit RecapStore(Database &db) : m_db(db) {}

    /// Complaints received in [start, end), or received before `start` and still open then.
    QList<RecapComplaintRow> complaints(const QDateTime &start, const QDateTime &end) const;
    /// Steps completed in [start, end), oldest first, with the user who completed each.
    QList<RecapStepRow> steps(const QDateTime &start, const QDateTime &end) const;
    /// Referrals made in [start, end), counted by agency.
    QList<RecapReferralRow> referrals(const QDateTime &start, const QDateTime &end) const;

private:
    Database &m_db;
};

} // namespace aduan
