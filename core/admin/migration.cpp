#include "admin/migration.h"

#include "auth/authenticator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The messages of this file, filed by lupdate under aduan::Migration as they are translated at run time.
struct Migration {
    Q_DECLARE_TR_FUNCTIONS(aduan::Migration)
};

/// The administrator of the read-only `source`; throws Forbidden otherwise.
User requireAdministrator(Database &source, const Clock &clock, const QString &username,
                          const QString &password)
{
    User user;
    try {
        user = Authenticator(source, clock).login(username, password);
    } catch (const Error &error) {
        // A wrong password (or a rehash) would be written to the file, which is read-only
        // here: refused all the same, with the login's own words where it had them.
        if (error.code() != Error::Code::ReadOnly)
            throw;
        throw Error(Error::Code::Forbidden,
                    Migration::tr("Login refused: the username or password is wrong, the account is not "
                       "active, or it is locked. Nothing was changed."));
    }
    if (!user.hasRole(Role::Admin)) {
        throw Error(Error::Code::Forbidden,
                    Migration::tr("Only an administrator can move the office's database to a server. "
                       "Nothing was changed."));
    }
    return user;
}

/// The target opened: made with the current schema when it has no tables, else opened as an
/// existing Aduan database (whose emptiness copyStore() checks).
std::unique_ptr<Database> openTarget(const QString &target)
{
    OpenOptions create;
    create.mode = OpenOptions::Mode::CreateNew;
    try {
        return std::make_unique<Database>(target, create);
    } catch (const Error &error) {
        if (error.code() != Error::Code::Invalid)
            throw;
    }
    // Not empty: Aduan's tables (perhaps without rows) or something else, which Database names.
    return std::make_unique<Database>(target);
}

} // namespace

MigrationReport migrateToServer(const QString &sourceFile, const QString &target,
                                const QString &username, const QString &password,
                                const Clock &clock, const MigrationOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (!makeDialect(sourceFile)->isFile()) {
        throw Error(Error::Code::Invalid,
                    Migration::tr("The database to move must be the office's shared file (--database "
                       "FILE); %1 is not a file.")
                        .arg(makeDialect(sourceFile)->shownLocation(sourceFile)));
    }
    const auto targetDialect = makeDialect(target);
    if (targetDialect->isFile()) {
        throw Error(Error::Code::Invalid,
                    Migration::tr("The office's database can be moved only to a PostgreSQL server: give "
                       "the target as postgresql://USER@SERVER:5432/DATABASE (not %1). Nothing "
                       "was changed.")
                        .arg(target));
    }
    MigrationReport report;
    report.source = QFileInfo(sourceFile).absoluteFilePath();
    report.target = targetDialect->shownLocation(target);

    OpenOptions readOnly;
    readOnly.readOnly = true;
    Database source(sourceFile, readOnly);
    const User admin = requireAdministrator(source, clock, username, password);

    const auto destination = openTarget(target);
    StoreCopyOptions copyOptions;
    copyOptions.sampleEvery = options.sampleEvery;
    copyOptions.progress = options.progress;
    copyOptions.beforeCommit = [&](Database &db) {
        qint64 rows = 0;
        for (const QString &table : tablesWithRows(db))
            rows += table.section(u": "_s, -1).toLongLong();
        const QJsonObject record{{u"from"_s, report.source},
                                 {u"by"_s, admin.username},
                                 {u"rows"_s, rows}};
        AuditLog(db).append(clock.now(), admin.id, u"database.migrate"_s, u"database"_s, 0, {},
                            record);
    };
    report.copy = copyStore(source, *destination, copyOptions);
    if (report.copy.committed)
        report.check = checkDatabase(*destination);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace aduan
