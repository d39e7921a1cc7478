#pragma once

#include "storage/skmstore.h"
#include "validation/finding.h"

#include <QDate>
#include <QString>

namespace aduan {

class Clock;
class Database;

/// Where a complaint stands with the survey.
enum class SkmStatus {
    NotYet,   ///< the result has not been conveyed (SOP step 5): nothing to ask yet
    Open,     ///< conveyed; no answer and no refusal recorded
    Answered, ///< a response was recorded (the response itself is anonymous)
    Declined, ///< the complainant declined to answer
};

/// What the officer types in from the questionnaire: the answers (element code → 1–4), the
/// profile, and how the answers came.
struct SkmResponseInput {
    SkmAnswers answers;
    SkmProfile profile;
    SkmMode mode = SkmMode::Desk;
};

/// The Survei Kepuasan Masyarakat at the complaint desk (PermenPANRB 14/2017), asked once the
/// result has been conveyed (SOP step 5): the rules of recording an answer or a refusal.
/// Each complaint has at most one outcome; an answer is stored apart from the complaint (see
/// SkmStore) so no report can name who gave it. Time comes from the injected Clock; dates are
/// office dates (the office calendar's zone).
class SkmSurvey
{
public:
    SkmSurvey(Database &db, const Clock &clock);

    /// The questionnaire in force on an office date: the stored version, else the built-in one
    /// (which is stored with the first response).
    SkmQuestionnaire questionnaireOn(QDate officeDate) const;
    /// The questionnaire in force today (office date of the clock's now).
    SkmQuestionnaire currentQuestionnaire() const;
    /// The complaints waiting for their survey at the desk (SkmStore::pending()), newest first.
    QList<SkmPending> pending(int limit = 200) const;
    /// Throws Error(NotFound) for an unknown complaint.
    SkmStatus status(qint64 complaintId) const;

    /// Checks the answers and profile against a questionnaire: every element answered 1–4,
    /// profile values among its options (or empty). Findings name the field ("U3", "age_group",
    /// ...) with a sentence saying what to do.
    static Findings check(const SkmQuestionnaire &questionnaire, const SkmResponseInput &input);

    /// Records the complainant's answers, in one write transaction with a history entry
    /// ("skm.answered" on the complaint, without the answers). Throws Error(Forbidden) unless the
    /// actor is an active officer or administrator, Error(NotFound) for an unknown complaint,
    /// Error(WrongStep) before the result was conveyed or for a voided complaint,
    /// Error(Conflict) when an answer or a refusal is recorded already, Error(Invalid) with
    /// check()'s findings.
    void record(qint64 actorId, qint64 complaintId, const SkmResponseInput &input);
    /// Records that the complainant declined ("skm.declined"); errors as record().
    void decline(qint64 actorId, qint64 complaintId);

private:
    void recordOutcome(qint64 actorId, qint64 complaintId, const SkmResponseInput *input);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
