#include "storage/autobackup.h"

#include "storage/database.h"
#include "storage/maintenance.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

std::optional<QString> backupIfDue(Database &db, const QString &folder, int keepCopies,
                                   const QDateTime &now, const QTimeZone &officeZone)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QDir dir(absolute);
    if (!dir.exists() && !QDir().mkpath(absolute)) {
        throw Error(Error::Code::FileMissing,
                    QCoreApplication::translate("aduan::Backup",
                                                "The backup folder %1 cannot be created. Check "
                                                "the backup setting and the folder's permissions.")
                        .arg(QDir::toNativeSeparators(absolute)),
                    absolute);
    }
    const QDate today = now.toTimeZone(officeZone).date();
    const QString name = autoBackupFileName(today);
    const QString path = dir.filePath(name);

    std::optional<QString> written;
    if (!QFileInfo::exists(path)) {
        const QString partial = path + partialSuffix();
        try {
            backupDatabase(db, partial);
        } catch (...) {
            QFile::remove(partial);
            throw;
        }
        // QFile::rename never replaces an existing file: when another PC was quicker, its
        // backup stays and ours goes.
        if (QFile::rename(partial, path)) {
            written = path;
        } else {
            QFile::remove(partial);
            if (!QFileInfo::exists(path)) {
                throw Error(Error::Code::ReadOnly,
                            QCoreApplication::translate("aduan::Backup",
                                                        "Today's backup could not be named %1. "
                                                        "Check the backup folder's permissions.")
                                .arg(QDir::toNativeSeparators(path)),
                            path);
            }
        }
    }

    // Temporary files of earlier days (a PC that crashed while writing one).
    const QStringList partials =
        dir.entryList({u"aduan-*.sqlite.partial-*"_s}, QDir::Files, QDir::Name);
    for (const QString &file : partials) {
        const auto match = partialName().match(file);
        if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate) < today)
            QFile::remove(dir.filePath(file));
    }
    // The oldest automatic backups beyond the number to keep.
    const QStringList existing = autoBackups(absolute);
    const qsizetype keep = std::max(1, keepCopies);
    for (qsizetype i = 0; i + keep < existing.size(); ++i)
        QFile::remove(dir.filePath(existing.at(i)));
    return written;
}

} // namespace aduan
