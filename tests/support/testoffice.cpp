#include "testoffice.h"

#include "admin/administration.h"
#include "admin/officesetup.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan::test {

QDateTime wib(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(7 * 3600))
        .toUTC();
}

QString casesDir()
{
    return QStringLiteral(ADUAN_CASES_DIR);
}

namespace {

QString buildTemplate()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"template.sqlite"_s);
    ManualClock clock(wib(2026, 1, 2, 8, 0));
    SetupInput input;
    input.profile.address = u"Jl. contoh No. 1, Blitar"_s;
    input.profile.headName = u"Drs. Hendra Wijaya, M.Si."_s;
    input.profile.headNip = u"197003121995031004"_s;
    OfficeCalendar calendar = OfficeCalendar::defaultOffice();
    calendar.addHoliday(Holiday{QDate(2026, 3, 20), QDate(2026, 3, 20), u"Hari Raya Nyepi"_s});
    input.calendar = calendar;
    input.administrator.username = u"admin"_s;
    input.administrator.fullName = u"Admin"_s;
    input.administratorPassword = u"admin12345"_s;
    auto db = createOfficeDatabase(path, input, clock);
    Administration admin(*db, clock);
    const qint64 adminId = UserStore(*db).byUsername(u"admin"_s)->id;
    auto add = [&](const QString &username, const QString &name, const QString &nip, Role role,
                   bool confidential) {
        User u;
        u.username = username;
        u.fullName = name;
        u.nip = nip;
        u.roles = {role};
        u.canSeeConfidential = confidential;
        admin.createUser(adminId, u, u"rahasia123"_s);
    };
    add(u"rina"_s, u"Rina"_s, {}, Role::Officer, true);
    add(u"dewi"_s, u"Dewi"_s, u"198104222006042007"_s, Role::Secretary, true);
    add(u"hendra"_s, u"Drs. Hendra Wijaya, M.Si."_s, u"197003121995031004"_s, Role::Head, true);
    add(u"agus"_s, u"Agus"_s, {}, Role::Team, true);
    add(u"lina"_s, u"Lina"_s, {}, Role::Team, false);
    return path;
}

} // namespace

TestOffice::TestOffice(const QDateTime &start)
    : clock(start)
{
    static const QString templatePath = buildTemplate();
    path = m_dir.filePath(u"aduan.sqlite"_s);
    QFile::copy(templatePath, path);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    db = std::make_unique<Database>(path);
    UserStore users(*db);
    rina = users.byUsername(u"rina"_s)->id;
    dewi = users.byUsername(u"dewi"_s)->id;
    hendra = users.byUsername(u"hendra"_s)->id;
    agus = users.byUsername(u"agus"_s)->id;
    lina = users.byUsername(u"lina"_s)->id;
    admin = users.byUsername(u"admin"_s)->id;
}

TestOffice::~TestOffice() = default;

std::unique_ptr<Database> TestOffice::openAnother() const
{
    return std::make_unique<Database>(path);
}

ComplaintDraft walkIn(const QString &description)
{
    ComplaintDraft d;
    d.complainant = Complainant{u"Sukarno"_s, {}, Gender::Male, u"081234567807"_s, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Lansia terlantar"_s;
    d.description = description;
    return d;
}

ComplaintDraft walkInWithIdentity()
{
    ComplaintDraft d;
    d.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male,
                                u"0812 3456 7801"_s, u"Jl. Merdeka 10, Blitar"_s};
    d.subject = u"Bantuan PKH belum cair"_s;
    d.description = u"Bantuan PKH tahap I belum diterima."_s;
    d.category = u"Bantuan sosial"_s;
    d.requirements.insert(u"identity_card"_s, RequirementOutcome{true, {}});
    d.requirements.insert(u"evidence"_s, RequirementOutcome{true, {}});
    return d;
}

} // namespace aduan::test
