#pragma once

#include "skm/questionnaire.h"
#include "skm/skmmethod.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aduan {

class Database;

/// The respondent's profile: what the regulation asks about a respondent (never who it is).
/// Each field is one of the questionnaire's options, or empty when not answered.
struct SkmProfile {
    QString ageGroup;
    QString sex;
    QString education;
    QString occupation;
};

/// How a response reached the office: at the desk, typed from a returned paper questionnaire,
/// or by SMS.
enum class SkmMode { Desk, Paper, Sms };
QString skmModeCode(SkmMode mode); ///< "desk", "paper", "sms"

/// Whether a complaint's complainant was asked: no row yet, answered, or declined.
enum class SkmOutcome { Answered, Declined };

/// A stored response as the report reads it: no complaint, no person, only the office date.
struct SkmStoredResponse {
    qint64 questionnaireId = 0;
    QDate answeredOn;
    SkmProfile profile;
    SkmAnswers answers;
};

/// A complaint whose result was conveyed and whose survey is still open: what the desk lists.
struct SkmPending {
    qint64 complaintId = 0;
    QString agendaNumber;
    QDateTime conveyedAt; ///< UTC
};

/// The SKM's SQL (tables of migration 005). An invitation row records, per complaint, that its
/// complainant answered or declined (at most one: the table's key); a response row carries the
/// answers under a random key with no link to the complaint or to the recording user.
class SkmStore
{
public:
    explicit SkmStore(Database &db) : m_db(db) {}

    /// Every stored questionnaire version, oldest effective date first.
    QList<SkmQuestionnaire> questionnaires() const;
    /// The stored version in force on an office date (the newest effective on or before it).
    std::optional<SkmQuestionnaire> questionnaireInForce(QDate officeDate) const;
    /// Stores a version unless one with its version name is stored; returns its id. Must run
    /// inside Database::write(). `now` is UTC.
    qint64 storeQuestionnaire(const SkmQuestionnaire &questionnaire, const QDateTime &now);

    /// The complaint's invitation outcome; std::nullopt when none is recorded.
    std::optional<SkmOutcome> outcome(qint64 complaintId) const;
    /// Whether the complaint's result was conveyed (its Berita Acara, SOP step 5, exists).
    bool resultConveyed(qint64 complaintId) const;
    /// Whether the complaint was voided; std::nullopt when there is no such complaint.
    std::optional<bool> complaintVoided(qint64 complaintId) const;
    /// Records the invitation's outcome (inside Database::write()); a second one for the same
    /// complaint violates the table's key (Error(Storage)): callers check outcome() first.
    void recordOutcome(qint64 complaintId, SkmOutcome outcome, QDate officeDate, qint64 userId);
    /// Stores an anonymous response (inside Database::write()) under a random key.
    void storeResponse(qint64 questionnaireId, QDate officeDate, SkmMode mode,
                       const SkmProfile &profile, const SkmAnswers &answers);

    /// Complaints conveyed (not voided) with no outcome yet, the most recently conveyed first,
    /// at most `limit`.
    QList<SkmPending> pending(int limit) const;

    /// The responses answered on office dates from..to (inclusive), any version.
    QList<SkmStoredResponse> responses(QDate from, QDate to) const;
    /// Invitations declined on office dates from..to (inclusive).
    int declined(QDate from, QDate to) const;
    /// Complaints whose result was conveyed (step 5) in [start, end) (UTC): the population
    /// served in the period, against which the regulation's sample is read.
    int served(const QDateTime &start, const QDateTime &end) const;

private:
    Database &m_db;
};

} // namespace aduan
