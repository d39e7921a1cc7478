#include "storage/maintenance.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace aduan {

CheckReport checkDatabase(Database &db)
{
    CheckReport report;
    {
        SqlQuery q(db, u"PRAGMA integrity_check"_s);
        q.exec();
        QStringList lines;
        while (q.next())
            lines << q.value(u"integrity_check"_s).toString();
        report.integrityOk = lines == QStringList{u"ok"_s};
        if (!report.integrityOk)
            report.integrityFindings = lines;
    }
    {
        SqlQuery q(db, u"PRAGMA foreign_key_check"_s);
        q.exec();
        while (q.next()) {
            report.integrityOk = false;
            report.integrityFindings << u"foreign key: %1 row %2 refers to a missing %3"_s.arg(
                q.value(u"table"_s).toString(), q.value(u"rowid"_s).toString(),
                q.value(u"parent"_s).toString());
        }
    }
    report.schemaVersion = db.schemaVersion();
    report.programSchemaVersion = Database::programSchemaVersion();
    const AuditVerification audit = AuditLog(db).verify();
    report.auditOk = audit.ok;
    report.auditEntries = audit.entries;
    report.firstBrokenAuditEntry = audit.firstBrokenId;
    report.auditProblem = audit.problem;
    report.auditHead = audit.headHash;
    return report;
}

void backupDatabase(Database &db, const QString &destination)
{
    const QFileInfo target(destination);
    if (target.exists()) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup file %1 exists already; choose "
                                                "another name.")
                        .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        throw Error(Error::Code::FileMissing,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup folder %1 cannot be reached.")
                        .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    SqlQuery(db, u"VACUUM INTO :target"_s).bind(u":target"_s, target.absoluteFilePath()).exec();
}

} // namespace aduan
