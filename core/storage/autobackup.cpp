#include "storage/autobackup.h"

#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/settingsstore.h"
#include "storage/sqldialect.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QRegularExpression &backupName()
{
    static const QRegularExpression re(u"^aduan-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"_s);
    return re;
}

/// Temporary names: "aduan-YYYY-MM-DD.sqlite.partial-PID-N".
const QRegularExpression &partialName()
{
    static const QRegularExpression re(u"^aduan-(\\d{4}-\\d{2}-\\d{2})\\.sqlite\\.partial-[0-9-]+$"_s);
    return re;
}

QString partialSuffix()
{
    static QAtomicInteger<quint64> counter;
    return u".partial-%1-%2"_s.arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString autoBackupFileName(QDate officeDay)
{
    return u"aduan-%1.sqlite"_s.arg(officeDay.toString(Qt::ISODate));
}

QStringList autoBackups(const QString &folder)
{
    QStringList out;
    const QStringList names =
        QDir(folder).entryList({u"aduan-*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (backupName().match(name).hasMatch())
            out << name;
    }
    return out; // ISO dates sort by name
}

QString defaultBackupFolder(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.completeBaseName() + u"-backups"_s);
}

QString backupFolderWarning(const QString &folder, const QString &databasePath)
{
    const QString chosen = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString beside = QDir::cleanPath(QFileInfo(databasePath).absolutePath());
    if (chosen == beside || chosen.startsWith(beside + u'/'))
        return {};
    return QCoreApplication::translate(
               "aduan::Backup",
               "The backups go to %1, outside the database's folder. Each backup is a full copy "
               "of the database — every NIK, address and complaint — readable by whoever can "
               "read that folder (on a PC: its users). Keep it only where the database itself "
               "may be kept.")
        .arg(QDir::toNativeSeparators(chosen));
}

QString officeBackupFolder(Database &db)
{
    return SettingsStore(db).value(u"backup_folder"_s).value_or(QString());
}

QString backupFolderFor(Database &db, const QString &pcFolder)
{
    const QString office = officeBackupFolder(db);
    if (!office.isEmpty())
        return office;
    if (!pcFolder.isEmpty())
        return pcFolder;
    return defaultBackupFolder(db.path());
}

namespace {

constexpr qint64 kStaleClaimSeconds = 2 * 3600;

/// Claims today's backup for this PC; false when another PC holds a fresh claim.
bool claimDay(const QString &claim, const QDateTime &now)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(claim);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.write(QByteArray::number(QCoreApplication::applicationPid()));
            return true;
        }
        const QDateTime claimed = QFileInfo(claim).lastModified().toUTC();
        if (!QFileInfo::exists(claim) || !claimed.isValid()
            || claimed.secsTo(now.toUTC()) < kStaleClaimSeconds)
            return false;
        QFile::remove(claim); // left by a PC that crashed while writing
    }
    return false;
}

} // namespace

std::optional<QString> backupIfDue(Database &db, const QString &folder, int keepCopies,
                                   const QDateTime &now, const QTimeZone &officeZone)
{
    // A database on a server has no folder beside it; its backups are the server
    // administrator's scheduled pg_dump (README, "A server database: PostgreSQL").
    if (!db.dialect().isFile())
        return std::nullopt;
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QDir dir(absolute);
    if (!dir.exists()) {
        if (!QDir().mkpath(absolute)) {
            throw Error(Error::Code::FileMissing,
                        QCoreApplication::translate("aduan::Backup",
                                                    "The backup folder %1 cannot be created. "
                                                    "Check the backup setting and the folder's "
                                                    "permissions.")
                            .arg(QDir::toNativeSeparators(absolute)),
                        absolute);
        }
        QFile::setPermissions(absolute, QFile::permissions(QFileInfo(db.path()).absolutePath()));
    }
    const QDate today = now.toTimeZone(officeZone).date();
    const QString name = autoBackupFileName(today);
    const QString path = dir.filePath(name);
    const QString claim = path + u".claim"_s;

    std::optional<QString> written;
    const bool mine = !QFileInfo::exists(path) && claimDay(claim, now);
    if (mine && QFileInfo::exists(path)) {
        QFile::remove(claim); // finished by another PC just before this one claimed the day
    } else if (mine) {
        // Written in a folder only this user can enter, then given owner-only permissions and
        // its final name: never readable by others, never half-written under the final name.
        const QString privateDir = dir.filePath(u".partial-"_s + partialSuffix().mid(9));
        const auto cleanUp = [&] {
            QDir(privateDir).removeRecursively();
            QFile::remove(claim);
        };
        try {
            if (!QDir().mkpath(privateDir)) {
                throw Error(Error::Code::ReadOnly,
                            QCoreApplication::translate("aduan::Backup",
                                                        "The backup folder %1 cannot be written. "
                                                        "Check its permissions.")
                                .arg(QDir::toNativeSeparators(absolute)),
                            absolute);
            }
            QFile::setPermissions(privateDir, QFile::ReadOwner | QFile::WriteOwner
                                                  | QFile::ExeOwner);
            const QString partial = QDir(privateDir).filePath(name);
            backupDatabase(db, partial);
            QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
            // QFile::rename never replaces an existing file.
            if (QFile::rename(partial, path)) {
                written = path;
            } else if (!QFileInfo::exists(path)) {
                throw Error(Error::Code::ReadOnly,
                            QCoreApplication::translate("aduan::Backup",
                                                        "Today's backup could not be named %1. "
                                                        "Check the backup folder's permissions.")
                                .arg(QDir::toNativeSeparators(path)),
                            path);
            }
        } catch (...) {
            cleanUp();
            throw;
        }
        cleanUp();
    }

    // Temporary files and folders of earlier days (a PC that crashed while writing one).
    const QStringList partials =
        dir.entryList({u"aduan-*.sqlite.partial-*"_s}, QDir::Files, QDir::Name);
    for (const QString &file : partials) {
        const auto match = partialName().match(file);
        if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate) < today)
            QFile::remove(dir.filePath(file));
    }
    const QStringList privates =
        dir.entryList({u".partial-*"_s}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &sub : privates) {
        const QDateTime made = QFileInfo(dir.filePath(sub)).lastModified().toUTC();
        if (made.isValid() && made.secsTo(now.toUTC()) > 24 * 3600)
            QDir(dir.filePath(sub)).removeRecursively();
    }
    // The oldest automatic backups beyond the number to keep.
    const QStringList existing = autoBackups(absolute);
    const qsizetype keep = std::max(1, keepCopies);
    for (qsizetype i = 0; i + keep < existing.size(); ++i)
        QFile::remove(dir.filePath(existing.at(i)));
    return written;
}

} // namespace aduan
