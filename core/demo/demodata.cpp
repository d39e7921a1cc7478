#include "demo/demodata.h"

#include "admin/administration.h"
#include "admin/officesetup.h"
#include "demo/demogenerator.h"
#include "demo/demosurveys.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "util/clock.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The demo users (all but the administrator, made by the setup) and the complaints.
qint64 fillDemoDatabase(Database &db, const QList<DemoAccount> &accounts,
                        const DemoOptions &options, const Clock &clock)
{
    const qint64 adminId = UserStore(db).byUsername(accounts.last().username)->id;
    Administration admin(db, clock);
    const QHash<QString, QString> nips = {
        {u"dewi"_s, u"198104222006042007"_s},
        {u"hendra"_s, u"197003121995031004"_s},
        {u"agus"_s, u"198507142010011012"_s},
        {u"lina"_s, u"199001252015032003"_s},
        {u"rina"_s, u"199203172019032011"_s},
    };
    for (const DemoAccount &account : accounts.mid(0, accounts.size() - 1)) {
        User user;
        user.username = account.username;
        user.fullName = account.fullName;
        user.nip = nips.value(account.username);
        user.roles = account.roles;
        // Lina (team) may not see confidential identities; everyone else may.
        user.canSeeConfidential = account.username != u"lina"_s;
        admin.createUser(adminId, user, account.password);
    }
    const qint64 written = generateDemoComplaints(db, options, clock);
    generateDemoSurveys(db, clock, options.seed);
    return written;
}

} // namespace

QList<DemoAccount> demoAccounts()
{
    return {
        {u"rina"_s, u"rina1234"_s, u"Rina Puspitasari"_s, {Role::Officer}},
        {u"dewi"_s, u"dewi1234"_s, u"Dewi Anggraeni, S.Sos."_s, {Role::Secretary}},
        {u"hendra"_s, u"hendra1234"_s, u"Drs. Hendra Wijaya, M.Si."_s, {Role::Head}},
        {u"agus"_s, u"agus1234"_s, u"Agus Setiawan"_s, {Role::Team}},
        {u"lina"_s, u"lina1234"_s, u"Lina Marlina"_s, {Role::Team}},
        {u"admin"_s, u"admin1234"_s, u"Administrator"_s, {Role::Admin}},
    };
}

qint64 createDemoDatabase(const QString &path, const DemoOptions &options, const Clock &clock)
{
    const QList<DemoAccount> accounts = demoAccounts();
    SetupInput input = demoSetupInput();
    input.administrator.username = accounts.last().username;
    input.administrator.fullName = accounts.last().fullName;
    input.administratorPassword = accounts.last().password;
    auto db = createOfficeDatabase(path, input, clock);
    try {
        return fillDemoDatabase(*db, accounts, options, clock);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        throw;
    }
}

} // namespace aduan
