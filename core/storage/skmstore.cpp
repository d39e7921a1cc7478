#include "storage/skmstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

SkmQuestionnaire questionnaireFromRow(const SqlQuery &q)
{
    SkmQuestionnaire questionnaire = SkmQuestionnaire::fromJson(q.text(u"definition"_s).toUtf8());
    questionnaire.id = q.integer(u"id"_s);
    return questionnaire;
}

/// 128 random bits as 32 hexadecimal digits (QRandomGenerator::system(): the OS's generator).
QString randomKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString key;
    for (quint32 w : words)
        key += u"%1"_s.arg(w, 8, 16, QChar(u'0'));
    return key;
}

} // namespace

QString skmModeCode(SkmMode mode)
{
    switch (mode) {
    case SkmMode::Desk: return u"desk"_s;
    case SkmMode::Paper: return u"paper"_s;
    case SkmMode::Sms: return u"sms"_s;
    }
    return {};
}

QList<SkmQuestionnaire> SkmStore::questionnaires() const
{
    return SqlQuery(m_db, u"SELECT id, definition FROM skm_questionnaire ORDER BY effective_from"_s)
        .rows(questionnaireFromRow);
}

std::optional<SkmQuestionnaire> SkmStore::questionnaireInForce(QDate officeDate) const
{
    return SqlQuery(m_db, u"SELECT id, definition FROM skm_questionnaire WHERE effective_from <= :d "
                          "ORDER BY effective_from DESC LIMIT 1"_s)
        .bind(u":d"_s, toStorageDate(officeDate))
        .first(questionnaireFromRow);
}

qint64 SkmStore::storeQuestionnaire(const SkmQuestionnaire &questionnaire, const QDateTime &now)
{
    const QVariant existing =
        SqlQuery(m_db, u"SELECT id FROM skm_questionnaire WHERE version = :v"_s)
            .bind(u":v"_s, questionnaire.version)
            .scalar();
    if (existing.isValid())
        return existing.toLongLong();
    return SqlQuery(m_db, u"INSERT INTO skm_questionnaire (version, effective_from, definition, "
                          "created_at) VALUES (:v, :d, :def, :at) RETURNING id"_s)
        .bind(u":v"_s, questionnaire.version)
        .bind(u":d"_s, toStorageDate(questionnaire.effectiveFrom))
        .bind(u":def"_s, QString::fromUtf8(questionnaire.json))
        .bind(u":at"_s, toStorageTime(now))
        .execReturningId();
}

std::optional<SkmOutcome> SkmStore::outcome(qint64 complaintId) const
{
    const QVariant value =
        SqlQuery(m_db, u"SELECT outcome FROM skm_invitation WHERE complaint_id = :id"_s)
            .bind(u":id"_s, complaintId)
            .scalar();
    if (!value.isValid())
        return std::nullopt;
    return value.toString() == u"declined"_s ? SkmOutcome::Declined : SkmOutcome::Answered;
}

bool SkmStore::resultConveyed(qint64 complaintId) const
{
    return SqlQuery(m_db, u"SELECT COUNT(*) FROM resolution_report WHERE complaint_id = :id"_s)
               .bind(u":id"_s, complaintId)
               .scalar()
               .toInt()
           > 0;
}

std::optional<bool> SkmStore::complaintVoided(qint64 complaintId) const
{
    const QVariant voided =
        SqlQuery(m_db, u"SELECT CASE WHEN voided_at IS NULL THEN 0 ELSE 1 END FROM complaint "
                       "WHERE id = :id"_s)
            .bind(u":id"_s, complaintId)
            .scalar();
    if (!voided.isValid())
        return std::nullopt;
    return voided.toInt() != 0;
}

void SkmStore::recordOutcome(qint64 complaintId, SkmOutcome outcome, QDate officeDate,
                             qint64 userId)
{
    SqlQuery(m_db, u"INSERT INTO skm_invitation (complaint_id, outcome, recorded_on, recorded_by) "
                   "VALUES (:id, :outcome, :on, :by)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":outcome"_s, outcome == SkmOutcome::Declined ? u"declined"_s : u"answered"_s)
        .bind(u":on"_s, toStorageDate(officeDate))
        .bind(u":by"_s, userId)
        .exec();
}

void SkmStore::storeResponse(qint64 questionnaireId, QDate officeDate, SkmMode mode,
                             const SkmProfile &profile, const SkmAnswers &answers)
{
    const QString key = randomKey();
    SqlQuery(m_db, u"INSERT INTO skm_response (id, questionnaire_id, answered_on, mode, age_group, "
                   "sex, education, occupation) VALUES (:id, :q, :on, :mode, :age, :sex, :edu, "
                   ":job)"_s)
        .bind(u":id"_s, key)
        .bind(u":q"_s, questionnaireId)
        .bind(u":on"_s, toStorageDate(officeDate))
        .bind(u":mode"_s, skmModeCode(mode))
        .bind(u":age"_s, profile.ageGroup)
        .bind(u":sex"_s, profile.sex)
        .bind(u":edu"_s, profile.education)
        .bind(u":job"_s, profile.occupation)
        .exec();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        SqlQuery(m_db, u"INSERT INTO skm_answer (response_id, element_code, score) "
                       "VALUES (:id, :code, :score)"_s)
            .bind(u":id"_s, key)
            .bind(u":code"_s, it.key())
            .bind(u":score"_s, it.value())
            .exec();
    }
}

QList<SkmPending> SkmStore::pending(int limit) const
{
    return SqlQuery(m_db, u"SELECT c.id, c.agenda_number, r.conveyed_at FROM resolution_report r "
                          "JOIN complaint c ON c.id = r.complaint_id WHERE c.voided_at IS NULL "
                          "AND NOT EXISTS (SELECT 1 FROM skm_invitation i WHERE i.complaint_id = "
                          "c.id) ORDER BY r.conveyed_at DESC, c.id DESC LIMIT :n"_s)
        .bind(u":n"_s, limit)
        .rows([](const SqlQuery &q) {
            return SkmPending{q.integer(u"id"_s), q.text(u"agenda_number"_s),
                              fromStorageTime(q.text(u"conveyed_at"_s))};
        });
}

QList<SkmStoredResponse> SkmStore::responses(QDate from, QDate to) const
{
    QList<SkmStoredResponse> out;
    QHash<QString, qsizetype> byKey;
    m_db.read([&] {
        SqlQuery q(m_db, u"SELECT id, questionnaire_id, answered_on, age_group, sex, education, "
                         "occupation FROM skm_response WHERE answered_on >= :from AND "
                         "answered_on <= :to ORDER BY answered_on, id"_s);
        q.bind(u":from"_s, toStorageDate(from)).bind(u":to"_s, toStorageDate(to)).exec();
        while (q.next()) {
            byKey.insert(q.text(u"id"_s), out.size());
            out << SkmStoredResponse{q.integer(u"questionnaire_id"_s),
                                     fromStorageDate(q.text(u"answered_on"_s)),
                                     {q.text(u"age_group"_s), q.text(u"sex"_s),
                                      q.text(u"education"_s), q.text(u"occupation"_s)},
                                     {}};
        }
        SqlQuery a(m_db, u"SELECT a.response_id, a.element_code, a.score FROM skm_answer a "
                         "JOIN skm_response r ON r.id = a.response_id "
                         "WHERE r.answered_on >= :from AND r.answered_on <= :to"_s);
        a.bind(u":from"_s, toStorageDate(from)).bind(u":to"_s, toStorageDate(to)).exec();
        while (a.next()) {
            const auto index = byKey.value(a.text(u"response_id"_s), -1);
            if (index >= 0)
                out[index].answers.insert(a.text(u"element_code"_s), int(a.integer(u"score"_s)));
        }
    });
    return out;
}

int SkmStore::declined(QDate from, QDate to) const
{
    return SqlQuery(m_db, u"SELECT COUNT(*) FROM skm_invitation WHERE outcome = 'declined' AND "
                          "recorded_on >= :from AND recorded_on <= :to"_s)
        .bind(u":from"_s, toStorageDate(from))
        .bind(u":to"_s, toStorageDate(to))
        .scalar()
        .toInt();
}

int SkmStore::served(const QDateTime &start, const QDateTime &end) const
{
    // From indexes alone: the reports by date (resolution_report_conveyed, migration 8) less
    // the voided complaints' (their partial index), never a complaint's row.
    return SqlQuery(m_db, u"SELECT COUNT(*) FROM resolution_report r WHERE r.conveyed_at >= :start "
                          "AND r.conveyed_at < :end AND r.complaint_id NOT IN "
                          "(SELECT id FROM complaint WHERE voided_at IS NOT NULL)"_s)
        .bind(u":start"_s, toStorageTime(start))
        .bind(u":end"_s, toStorageTime(end))
        .scalar()
        .toInt();
}

} // namespace aduan
