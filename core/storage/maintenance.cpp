#include "storage/maintenance.h"

#include "storage/auditlog.h"
#include "storage/closinginstant.h"
#include "storage/database.h"
#include "storage/registertotal.h"
#include "storage/rowseal.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

/// The files beside a database file that belong to it (SqlDialect::companionSuffixes()).
QStringList companionSuffixes(const QString &location)
{
    return makeDialect(location)->companionSuffixes();
}

/// Moves `from` and its companion files to `to`; on failure moves back what was moved.
bool moveWithCompanions(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    QStringList moved;
    for (const QString &suffix : companionSuffixes(from)) {
        if (!QFile::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &back : moved)
                QFile::rename(to + back, from + back);
            QFile::rename(to, from);
            return false;
        }
        moved << suffix;
    }
    return true;
}

} // namespace

QStringList CheckReport::findings() const
{
    QStringList out;
    for (const QString &line : integrityFindings)
        out << u"integrity: "_s + line;
    if (!integrityOk && integrityFindings.isEmpty())
        out << u"integrity: SQLite's integrity_check failed"_s;
    if (schemaVersion != programSchemaVersion) {
        out << u"schema: version %1, the program's is %2"_s.arg(schemaVersion)
                   .arg(programSchemaVersion);
    }
    if (!auditOk) {
        QString line = u"audit: first broken entry %1: "_s.arg(firstBrokenAuditEntry);
        line += auditProblem;
        out << line;
    }
    for (const QString &line : auditTimeFindings)
        out << u"audit time: "_s + line;
    for (const QString &line : dataFindings)
        out << u"data: "_s + line;
    return out;
}

CheckReport checkDatabase(Database &db)
{
    CheckReport report;
    db.read([&] {
        report = {};
        const IntegrityReport integrity = db.dialect().fullCheck(db);
        report.integrityOk = integrity.ok;
        report.integrityFindings = integrity.findings;
        report.schemaVersion =
            SqlQuery(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s).scalar().toInt();
        report.programSchemaVersion = Database::programSchemaVersion();
        const AuditVerification audit = AuditLog(db).verify();
        report.auditOk = audit.ok;
        report.auditEntries = audit.entries;
        report.firstBrokenAuditEntry = audit.firstBrokenId;
        report.auditProblem = audit.problem;
        report.auditHead = audit.headHash;
        report.auditTimeFindings = audit.backInTime;
        report.dataFindings = rowsChangedOutside(db) + closingInstantFindings(db)
                             + registerTotalFindings(db);
    });
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
                        .arg(native(destination)));
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        throw Error(Error::Code::FileMissing,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup folder %1 cannot be reached.")
                        .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // The copy reads under a shared lock; a writer committing at that moment makes it wait
    // (busy timeout) and, past that, fail with Busy: try again like a write transaction.
    const int attempts = std::max(1, db.options().writeAttempts);
    for (int attempt = 1;; ++attempt) {
        try {
            db.dialect().backup(db, target.absoluteFilePath());
            return;
        } catch (const Error &error) {
            QFile::remove(target.absoluteFilePath()); // whatever a failed attempt left
            if (error.code() != Error::Code::Busy || attempt >= attempts)
                throw;
        }
    }
}

QString restoreDatabase(const QString &backup, const QString &target, const QDateTime &now,
                        const RestoreHook &beforeSwap)
{
    const QString source = QFileInfo(backup).absoluteFilePath();
    const QString destination = QFileInfo(target).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        throw Error(Error::Code::FileMissing,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup file %1 is not there. Nothing was "
                                                "restored.")
                        .arg(native(source)),
                    source);
    }
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        throw Error(Error::Code::FileMissing,
                    QCoreApplication::translate("aduan::Backup",
                                                "The database folder %1 cannot be reached. "
                                                "Nothing was restored.")
                        .arg(QDir::toNativeSeparators(folder)),
                    destination);
    }
    const QString stamp = now.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString staging = destination + u".restoring-"_s + stamp;
    const QString aside = destination + u".before-restore-"_s + stamp;
    if (QFile::exists(aside)) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Backup",
                                                "%1 exists already; wait a second and try again.")
                        .arg(native(aside)),
                    aside);
    }

    // 1. A copy of the backup next to the target; the backup itself is never opened for writing.
    QFile::remove(staging);
    auto dropStaging = [&] {
        QFile::remove(staging);
        for (const QString &suffix : companionSuffixes(staging))
            QFile::remove(staging + suffix);
    };
    dropStaging();
    if (!QFile::copy(source, staging)) {
        dropStaging();
        throw Error(Error::Code::ReadOnly,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup could not be copied into %1 (is the "
                                                "folder writable, is there space?). Nothing was "
                                                "restored.")
                        .arg(QDir::toNativeSeparators(folder)),
                    staging);
    }
    QFile::setPermissions(staging, QFile::exists(destination)
                                       ? QFile::permissions(destination)
                                       : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::WriteGroup));
    QFile::setPermissions(staging, QFile::permissions(staging) | QFile::ReadOwner
                                       | QFile::WriteOwner);

    // 2. The copy must open (migrated to this program's schema) and pass the full check.
    CheckReport report;
    try {
        Database copy(staging);
        report = checkDatabase(copy);
        if (report.ok() && beforeSwap)
            beforeSwap(copy, QFile::exists(destination) ? aside : QString());
    } catch (const Error &error) {
        dropStaging();
        // The messages name the copy; say which backup it is.
        QString message = QCoreApplication::translate("aduan::Backup",
                                                      "The backup %1 cannot be restored; nothing "
                                                      "was changed.")
                              .arg(native(source));
        message += u' ';
        message += error.message();
        throw Error(error.code(), message, error.detail());
    } catch (...) {
        dropStaging();
        throw;
    }
    if (!report.ok()) {
        dropStaging();
        throw Error(Error::Code::Corrupt,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup %1 does not pass the check, so "
                                                "nothing was restored: %2")
                        .arg(native(source), report.findings().join(u"; "_s)),
                    source);
    }

    // 3. The current file aside (never deleted), then the copy in its place.
    QString kept;
    if (QFile::exists(destination)) {
        if (makeDialect(destination)->isBeingWritten(destination, 2000)) {
            dropStaging();
            throw Error(Error::Code::Busy,
                        QCoreApplication::translate("aduan::Backup",
                                                    "The database %1 is being written by another "
                                                    "PC right now. Close Aduan on every PC, then "
                                                    "restore again. Nothing was changed.")
                            .arg(native(destination)),
                        destination);
        }
        if (!moveWithCompanions(destination, aside)) {
            dropStaging();
            throw Error(Error::Code::ReadOnly,
                        QCoreApplication::translate("aduan::Backup",
                                                    "The current database %1 could not be moved "
                                                    "aside (is Aduan still open on a PC, or is "
                                                    "the folder read-only?). Nothing was "
                                                    "restored.")
                            .arg(native(destination)),
                        destination);
        }
        kept = aside;
    }
    if (!QFile::rename(staging, destination)) {
        if (!kept.isEmpty())
            moveWithCompanions(aside, destination);
        dropStaging();
        throw Error(Error::Code::ReadOnly,
                    QCoreApplication::translate("aduan::Backup",
                                                "The restored copy could not be put in place as "
                                                "%1; the current database was left as it was.")
                        .arg(native(destination)),
                    destination);
    }
    return kept;
}

} // namespace aduan
