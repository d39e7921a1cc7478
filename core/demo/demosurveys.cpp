#include "demo/demosurveys.h"

#include "skm/questionnaire.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowseal.h"
#include "storage/settingsstore.h"
#include "storage/skmstore.h"
#include "storage/userstore.h"
#include "util/clock.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

int generateDemoSurveys(Database &db, const Clock &clock, quint32 seed, int limit)
{
    QRandomGenerator rng(seed ^ 0x5c3u);
    const OfficeCalendar calendar = SettingsStore(db).calendar();
    qint64 officer = 0;
    for (const User &u : UserStore(db).all()) {
        if (u.hasRole(Role::Officer) && !officer)
            officer = u.id;
    }
    if (!officer)
        return 0;
    // The newest complaints whose result was conveyed and whose survey is still open.
    QList<SkmPending> conveyed = SkmStore(db).pending(limit);
    std::reverse(conveyed.begin(), conveyed.end());
    const SkmQuestionnaire questionnaire = SkmQuestionnaire::builtIn();
    // The elements a little weaker than the rest: U3 waiting time, U9 facilities.
    const QHash<QString, int> lower = {{u"U3"_s, 12}, {u"U9"_s, 8}, {u"U2"_s, 4}};
    int written = 0;
    db.write([&] {
        written = 0;
        SkmStore store(db);
        const qint64 questionnaireId = store.storeQuestionnaire(questionnaire, clock.now());
        const int open = std::min<int>(5, int(conveyed.size()));
        for (int i = 0; i < conveyed.size() - open; ++i) {
            const SkmPending &c = conveyed.at(i);
            const QDate day = calendar.officeDate(c.conveyedAt);
            const int draw = int(rng.bounded(100));
            if (draw < 12) {
                store.recordOutcome(c.complaintId, SkmOutcome::Declined, day, officer);
                continue;
            }
            SkmAnswers answers;
            for (const SkmElement &e : questionnaire.elements) {
                const int r = int(rng.bounded(100)) + lower.value(e.code);
                answers.insert(e.code, r < 45 ? 4 : r < 88 ? 3 : r < 98 ? 2 : 1);
            }
            SkmProfile profile{questionnaire.ageGroups.value(int(rng.bounded(quint32(questionnaire.ageGroups.size())))),
                               questionnaire.sexes.value(int(rng.bounded(quint32(questionnaire.sexes.size())))),
                               questionnaire.educations.value(int(rng.bounded(quint32(questionnaire.educations.size())))),
                               questionnaire.occupations.value(int(rng.bounded(quint32(questionnaire.occupations.size()))))};
            store.recordOutcome(c.complaintId, SkmOutcome::Answered, day, officer);
            store.storeResponse(questionnaireId, day, draw < 85 ? SkmMode::Desk : SkmMode::Paper,
                                profile, answers);
            ++written;
        }
        AuditLog(db).append(clock.now(), 0, u"demo-data.skm"_s, u"database"_s, 0, {},
                            {{u"responses"_s, written}});
        // Written after the complaints' final sealing (demogenerator.cpp): the survey's rows
        // get their sealed entry here, so that check names an answer changed outside Aduan.
        sealUnsealedRecords(db, clock.now(), u"demo-data.seal"_s);
    });
    return written;
}

} // namespace aduan
