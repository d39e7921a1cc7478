#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace aduan::gui {

/// One setting of this PC, kept in QSettings: its key and its default live together, here, and
/// nowhere else. Settings shared by the office (profile, calendar, ...) live in the database.
template<typename T>
class Setting
{
public:
    Setting(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }
    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

/// The settings of this PC.
struct AppSettings {
    /// The version of the settings' layout; migrate() upgrades older ones.
    static const Setting<int> &version();
    /// The shared database file this PC works on; empty until set up.
    static const Setting<QString> &databasePath();
    /// The language of the screens: "id" or "en".
    static const Setting<QString> &language();
    /// The username typed last on this PC (pre-filled at login).
    static const Setting<QString> &lastUsername();
    static const Setting<QByteArray> &mainWindowGeometry();
    static const Setting<QByteArray> &mainWindowState();
    /// Minutes without keyboard or mouse input after which the main window is locked until the
    /// logged-in user's password is typed again (default 10; values below 1 count as 1).
    static const Setting<int> &idleLockMinutes();
    /// The folder of the automatic daily backups as set for this PC alone (by an older
    /// version, or by hand); empty = none. The folder the administrator chooses for the office
    /// on the Backups tab (Administration::setBackupFolder(), recorded in the history) comes
    /// first; without either, beside the database (backupFolderFor() in
    /// core/storage/autobackup.h). A folder elsewhere is warned about after each backup
    /// (backupFolderWarning()).
    static const Setting<QString> &backupFolder();
    /// How many automatic daily backups are kept (default 14; at least 1).
    static const Setting<int> &backupCopies();
    /// The print queue chosen last on this PC (QPrinter::printerName(), e.g. a CUPS queue or a
    /// Windows printer); empty = the system's default printer. Offered first by the next print
    /// dialog while that printer still exists.
    static const Setting<QString> &printerName();
    /// The paper this PC prints on: "A4" (default) or "F4" (forms::paperName()); documents are
    /// laid out for it and the print dialog opens on it. Set by the print preview's paper choice
    /// and by each print.
    static const Setting<QString> &paper();
    /// backupFolder(), or the default beside the database at `databasePath` when empty.
    static QString effectiveBackupFolder(const QString &databasePath);

    /// Brings settings written by an older version to the current layout.
    static void migrate();
};

} // namespace aduan::gui
