#include "storage/officeclock.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/serverclock.h"
#include "storage/settingsstore.h"
#include "storage/sqldialect.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace aduan {

std::optional<QDateTime> fileServerTime(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    QTemporaryFile probe(database.absolutePath() + u"/.aduan-clock-XXXXXX"_s);
    if (!probe.open())
        return std::nullopt;
    probe.write("t");
    probe.flush();
    probe.close();
    const QDateTime stamped = QFileInfo(probe.fileName()).lastModified().toUTC();
    if (!stamped.isValid())
        return std::nullopt;
    return stamped;
}

std::optional<QString> clockDisagreement(Database &db, const QDateTime &now,
                                         const std::optional<QDateTime> &serverTime)
{
    const qint64 tolerance = AuditLog::kClockToleranceSeconds;
    QDateTime reference;
    QString whose;
    if (serverTime && std::abs(now.secsTo(*serverTime)) > tolerance) {
        reference = *serverTime;
        whose = db.dialect().isFile()
                    ? QCoreApplication::translate("aduan::Database", "the file server")
                    : QCoreApplication::translate("aduan::Database", "the database server");
    } else {
        const QDateTime newest = AuditLog(db).newestTime();
        if (newest.isValid() && now.secsTo(newest) > tolerance) {
            reference = newest;
            whose = QCoreApplication::translate("aduan::Database",
                                                "the newest change in the shared database");
        }
    }
    if (!reference.isValid())
        return std::nullopt;
    const QTimeZone zone = SettingsStore(db).calendar().timeZone();
    const QString format = u"dddd, d MMMM yyyy, HH:mm"_s;
    return QCoreApplication::translate(
               "aduan::Database",
               "This PC's clock says %1, but %2 says %3. Saving is switched off on this PC until "
               "its clock is right, so that no record gets a wrong time. Ask the administrator "
               "to set this PC's date, time and time zone; nothing you see is lost.")
        .arg(QLocale().toString(now.toTimeZone(zone), format), whose,
             QLocale().toString(reference.toTimeZone(zone), format));
}

bool verifyClock(Database &db, const Clock &clock)
{
    const std::optional<QDateTime> server = db.dialect().serverTime(db);
    const std::optional<QString> problem = clockDisagreement(db, clock.now(), server);
    db.setClockProblem(problem.value_or(QString()));
    return !problem;
}

bool verifyClock(Database &db, ServerClock &clock)
{
    const std::optional<QDateTime> server = db.dialect().serverTime(db);
    if (server && db.dialect().serverTimeIsAuthoritative())
        clock.follow(*server);
    const std::optional<QString> problem = clockDisagreement(db, clock.now(), server);
    db.setClockProblem(problem.value_or(QString()));
    return !problem;
}

} // namespace aduan
