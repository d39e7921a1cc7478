#include "admin/officesetup.h"

#include "auth/password.h"
#include "sop/sopdefinition.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace aduan {

std::unique_ptr<Database> createOfficeDatabase(const QString &path, const SetupInput &input,
                                               const Clock &clock)
{
    const QString hash = password::hash(input.administratorPassword);
    OpenOptions options;
    options.mode = OpenOptions::Mode::CreateNew;
    auto db = std::make_unique<Database>(path, options);
    try {
        const QDateTime now = clock.now();
        db->write([&] {
            SettingsStore settings(*db);
            settings.setOfficeProfile(input.profile);
            settings.setCalendar(input.calendar);
            settings.setAgendaPattern(u"{seq:04}/ADUAN/{month_roman}/{year}"_s);
            settings.saveComplaintClass({u"sederhana"_s, u"Sederhana"_s, 5}, 1);
            settings.saveComplaintClass({u"sedang"_s, u"Sedang"_s, 14}, 2);
            settings.saveComplaintClass({u"kompleks"_s, u"Kompleks"_s, 60}, 3);
            for (const QString &category :
                 {u"Bantuan sosial"_s, u"Data kesejahteraan sosial (DTKS)"_s,
                  u"Rehabilitasi sosial"_s, u"Perlindungan dan jaminan sosial"_s,
                  u"Pelayanan publik"_s, u"Lainnya"_s}) {
                settings.addCategory(category);
            }
            const QList<std::pair<QString, QString>> agencies = {
                {u"Dinas Kesehatan Kota Blitar"_s, u"Blitar"_s},
                {u"Dinas Pekerjaan Umum dan Penataan Ruang Kota Blitar"_s, u"Blitar"_s},
                {u"Dinas Kependudukan dan Pencatatan Sipil Kota Blitar"_s, u"Blitar"_s},
                {u"Dinas Pendidikan Kota Blitar"_s, u"Blitar"_s},
                {u"BPJS Kesehatan Cabang Blitar"_s, u"Blitar"_s},
            };
            QList<qint64> agencyIds;
            for (const auto &[name, address] : agencies)
                agencyIds << settings.addAgency(name, address);
            const qint64 sopId = settings.addSopRevision(SopDefinition::builtIn(), now);
            User admin = input.administrator;
            if (!admin.hasRole(Role::Admin))
                admin.roles << Role::Admin;
            const qint64 adminId = UserStore(*db).insert(admin, hash, now);
            AuditLog(*db).append(now, 0, u"setup"_s, u"database"_s, 0, {},
                                 {{u"office"_s, input.profile.officeName},
                                  {u"administrator"_s, admin.username},
                                  {u"administratorId"_s, adminId}});
            // Each record the setup wrote gets its first sealed history entry, so that
            // `aduan-cli check` can tell when one is changed outside Aduan (storage/rowseal.h).
            AuditLog log(*db);
            log.append(now, 0, u"user.create"_s, u"user"_s, adminId, {},
                       {{u"username"_s, admin.username}});
            log.append(now, 0, u"setting.setup"_s, u"setting"_s, 0, {}, {});
            log.append(now, 0, u"category.setup"_s, u"category"_s, 0, {}, {});
            for (qint64 id : std::as_const(agencyIds))
                log.append(now, 0, u"agency.add"_s, u"agency"_s, id, {}, {});
            log.append(now, 0, u"sop.add-revision"_s, u"sop_revision"_s, sopId, {}, {});
        });
    } catch (...) {
        db.reset();
        QFile::remove(path);
        throw;
    }
    return db;
}

} // namespace aduan
