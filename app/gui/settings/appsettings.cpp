#include "settings/appsettings.h"

#include "storage/autobackup.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
constexpr int kCurrentVersion = 1;
}

const Setting<int> &AppSettings::version()
{
    static const Setting<int> s(u"meta/version"_s, 0);
    return s;
}

const Setting<QString> &AppSettings::databasePath()
{
    static const Setting<QString> s(u"database/path"_s, QString());
    return s;
}

const Setting<QString> &AppSettings::language()
{
    static const Setting<QString> s(u"ui/language"_s, u"id"_s);
    return s;
}

const Setting<QString> &AppSettings::lastUsername()
{
    static const Setting<QString> s(u"login/lastUsername"_s, QString());
    return s;
}

const Setting<QByteArray> &AppSettings::mainWindowGeometry()
{
    static const Setting<QByteArray> s(u"ui/mainWindowGeometry"_s, QByteArray());
    return s;
}

const Setting<QByteArray> &AppSettings::mainWindowState()
{
    static const Setting<QByteArray> s(u"ui/mainWindowState"_s, QByteArray());
    return s;
}

const Setting<int> &AppSettings::idleLockMinutes()
{
    static const Setting<int> s(u"security/idleLockMinutes"_s, 10);
    return s;
}

const Setting<QString> &AppSettings::backupFolder()
{
    static const Setting<QString> s(u"backup/folder"_s, QString());
    return s;
}

const Setting<int> &AppSettings::backupCopies()
{
    static const Setting<int> s(u"backup/copies"_s, 14);
    return s;
}

const Setting<QString> &AppSettings::printerName()
{
    static const Setting<QString> s(u"print/printerName"_s, QString());
    return s;
}

const Setting<QString> &AppSettings::paper()
{
    static const Setting<QString> s(u"print/paper"_s, u"A4"_s);
    return s;
}

QString AppSettings::effectiveBackupFolder(const QString &databasePath)
{
    const QString folder = backupFolder().value();
    if (!folder.isEmpty())
        return folder;
    return defaultBackupFolder(databasePath);
}

void AppSettings::migrate()
{
    // Version 0 → 1: nothing to convert yet; later layouts add their steps here, in order.
    if (version().value() < kCurrentVersion)
        version().setValue(kCurrentVersion);
}

} // namespace aduan::gui
