#include "admin/restoration.h"

#include "auth/authenticator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/sqldialect.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

void requireAdministrator(Database &db, const Clock &clock, const QString &username,
                          const QString &password)
{
    const User user = Authenticator(db, clock).login(username, password);
    if (!user.hasRole(Role::Admin)) {
        throw Error(Error::Code::Forbidden,
                    QCoreApplication::translate("aduan::Backup",
                                                "Only an administrator can restore a backup. "
                                                "Nothing was changed."));
    }
}

/// The restore of a database that is not a file (a server): in place, through the store's own
/// tool (SqlDialect::restore()), then checked and recorded. See restoreAsAdministrator().
void restoreInPlace(const QString &backup, const QString &target, const QString &username,
                    const QString &password, const Clock &clock)
{
    const QString source = QFileInfo(backup).absoluteFilePath();
    QJsonObject record;
    {
        Database current(target);
        requireAdministrator(current, clock, username, password);
        const AuditVerification history = AuditLog(current).verify();
        record = {{u"replacedLength"_s, history.entries},
                  {u"replacedHead"_s, history.headHash},
                  {u"backup"_s, source},
                  {u"by"_s, username}};
        current.dialect().restore(current, backup);
    }
    // A new connection: the restored tables (migrated when the backup is older).
    Database restored(target);
    const auto user = UserStore(restored).byUsername(username);
    restored.write([&] {
        AuditLog(restored).append(clock.now(), user ? user->id : 0, u"database.restore"_s,
                                  u"database"_s, 0, {}, record);
    });
    const CheckReport check = checkDatabase(restored);
    if (!check.ok()) {
        throw Error(Error::Code::Corrupt,
                    QCoreApplication::translate(
                        "aduan::Backup",
                        "The backup %1 was restored, but the restored database does not pass the "
                        "check: %2. Restore an older backup, or ask for help before working in "
                        "it.")
                        .arg(source, check.findings().join(u"; "_s)),
                    check.findings().join(u"\n"_s));
    }
}

} // namespace

QString restoreAsAdministrator(const QString &backup, const QString &target,
                               const QString &username, const QString &password,
                               const Clock &clock)
{
    if (!makeDialect(target)->isFile()) {
        restoreInPlace(backup, target, username, password, clock);
        return {};
    }
    bool authorised = false;
    QJsonObject replaced; // the history the restore replaces: PCs that saw it know why it ends
    if (QFileInfo::exists(target)) {
        try {
            Database current(target);
            requireAdministrator(current, clock, username, password);
            authorised = true;
            const AuditVerification history = AuditLog(current).verify();
            replaced = {{u"replacedLength"_s, history.entries},
                        {u"replacedHead"_s, history.headHash}};
        } catch (const Error &error) {
            if (error.code() == Error::Code::Forbidden)
                throw;
            // A damaged or unreadable current file: the backup's administrator decides.
        }
    }
    const QString source = QFileInfo(backup).absoluteFilePath();
    return restoreDatabase(backup, target, clock.now(), [&](Database &copy, const QString &keptAs) {
        if (!authorised)
            requireAdministrator(copy, clock, username, password);
        const auto user = UserStore(copy).byUsername(username);
        QJsonObject record = replaced;
        record.insert(u"backup"_s, source);
        record.insert(u"keptAs"_s, keptAs);
        record.insert(u"by"_s, username);
        copy.write([&] {
            AuditLog(copy).append(clock.now(), user ? user->id : 0, u"database.restore"_s,
                                  u"database"_s, 0, {}, record);
        });
    });
}

} // namespace aduan
