#include "skm/skmsurvey.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Messages of this file, in the context lupdate files them under (the calls sit in SkmSurvey's
/// functions).
QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::SkmSurvey", text);
}

Finding error(const QString &field, const QString &message)
{
    return {Finding::Severity::Error, u"skm."_s + field, message, field};
}

} // namespace

SkmSurvey::SkmSurvey(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

SkmQuestionnaire SkmSurvey::questionnaireOn(QDate officeDate) const
{
    if (auto stored = SkmStore(m_db).questionnaireInForce(officeDate))
        return *stored;
    return SkmQuestionnaire::builtIn();
}

SkmQuestionnaire SkmSurvey::currentQuestionnaire() const
{
    return questionnaireOn(SettingsStore(m_db).calendar().officeDate(m_clock.now()));
}

QList<SkmPending> SkmSurvey::pending(int limit) const
{
    return SkmStore(m_db).pending(limit);
}

SkmStatus SkmSurvey::status(qint64 complaintId) const
{
    SkmStatus status = SkmStatus::NotYet;
    m_db.read([&] {
        SkmStore store(m_db);
        if (!store.complaintVoided(complaintId))
            throw Error(Error::Code::NotFound, tr("There is no such complaint."));
        if (const auto outcome = store.outcome(complaintId))
            status = *outcome == SkmOutcome::Declined ? SkmStatus::Declined : SkmStatus::Answered;
        else if (store.resultConveyed(complaintId))
            status = SkmStatus::Open;
    });
    return status;
}

Findings SkmSurvey::check(const SkmQuestionnaire &questionnaire, const SkmResponseInput &input)
{
    Findings findings;
    for (const SkmElement &e : questionnaire.elements) {
        const int score = input.answers.value(e.code);
        if (score < 1 || score > 4) {
            findings << error(e.code, tr("Question %1 (%2) has no answer: choose 1 to 4 as the "
                                         "respondent answered.")
                                          .arg(e.code, e.name));
        }
    }
    for (auto it = input.answers.cbegin(); it != input.answers.cend(); ++it) {
        if (!questionnaire.element(it.key()))
            findings << error(it.key(), tr("Question %1 is not on this questionnaire.").arg(it.key()));
    }
    const auto option = [&](const QString &field, const QString &value, const QStringList &options,
                            const QString &label) {
        if (!value.isEmpty() && !options.contains(value)) {
            findings << error(field, tr("\"%1\" is not one of the choices for %2: choose one from "
                                        "the list or leave it empty.")
                                         .arg(value, label));
        }
    };
    option(u"age_group"_s, input.profile.ageGroup, questionnaire.ageGroups, tr("age"));
    option(u"sex"_s, input.profile.sex, questionnaire.sexes, tr("sex"));
    option(u"education"_s, input.profile.education, questionnaire.educations, tr("education"));
    option(u"occupation"_s, input.profile.occupation, questionnaire.occupations, tr("occupation"));
    return findings;
}

void SkmSurvey::record(qint64 actorId, qint64 complaintId, const SkmResponseInput &input)
{
    recordOutcome(actorId, complaintId, &input);
}

void SkmSurvey::decline(qint64 actorId, qint64 complaintId)
{
    recordOutcome(actorId, complaintId, nullptr);
}

void SkmSurvey::recordOutcome(qint64 actorId, qint64 complaintId, const SkmResponseInput *input)
{
    const QDateTime now = m_clock.now();
    const QDate today = SettingsStore(m_db).calendar().officeDate(now);
    const auto actor = UserStore(m_db).byId(actorId);
    if (!actor || !actor->active || !(actor->hasRole(Role::Officer) || actor->hasRole(Role::Admin))) {
        throw Error(Error::Code::Forbidden,
                    tr("Only a complaint officer records the satisfaction survey."));
    }
    SkmQuestionnaire questionnaire = questionnaireOn(today);
    if (input) {
        const Findings findings = check(questionnaire, *input);
        if (hasErrors(findings)) {
            throw Error(Error::Code::Invalid,
                        tr("The questionnaire is not complete; nothing was saved."), {}, findings);
        }
    }
    m_db.write([&] {
        SkmStore store(m_db);
        const std::optional<bool> voided = store.complaintVoided(complaintId);
        if (!voided)
            throw Error(Error::Code::NotFound, tr("There is no such complaint."));
        if (*voided)
            throw Error(Error::Code::WrongStep, tr("The complaint was voided; it has no survey."));
        if (!store.resultConveyed(complaintId)) {
            throw Error(Error::Code::WrongStep,
                        tr("The survey is asked after the result has been conveyed (SOP step 5); "
                           "convey the result first."));
        }
        if (const auto outcome = store.outcome(complaintId)) {
            throw Error(Error::Code::Conflict,
                        *outcome == SkmOutcome::Declined
                            ? tr("This complainant's refusal to answer the survey is recorded "
                                 "already; a complaint has one survey.")
                            : tr("This complainant's survey is recorded already; a complaint has "
                                 "one survey."));
        }
        const SkmOutcome outcome = input ? SkmOutcome::Answered : SkmOutcome::Declined;
        store.recordOutcome(complaintId, outcome, today, actorId);
        if (input) {
            const qint64 questionnaireId = questionnaire.id > 0
                                               ? questionnaire.id
                                               : store.storeQuestionnaire(questionnaire, now);
            store.storeResponse(questionnaireId, today, input->mode, input->profile,
                                input->answers);
        }
        const QString code = input ? u"answered"_s : u"declined"_s;
        AuditLog(m_db).append(now, actorId, u"skm."_s + code, u"complaint"_s, complaintId, {},
                              QJsonObject{{u"skm"_s, code}});
        // The survey's rows as a whole sealed too (storage/rowseal.h, entity "skm"), so that
        // aduan-cli check names an answer changed outside Aduan; the entry names no response.
        AuditLog(m_db).append(now, actorId, u"skm.sealed"_s, u"skm"_s, 0, {}, {});
    });
}

} // namespace aduan
