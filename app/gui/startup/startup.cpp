#include "startup/startup.h"

#include "demo/demodata.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "security/dailybackup.h"
#include "security/idlelock.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "startup/commandline.h"
#include "startup/databaseopener.h"
#include "startup/setupdialog.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/officeclock.h"
#include "storage/serverclock.h"
#include "support/feedback.h"
#include "support/lockwait.h"
#include "util/clock.h"
#include "util/error.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

/// The context of this file's texts (lupdate reads it from the Q_DECLARE_TR_FUNCTIONS).
struct Startup {
    Q_DECLARE_TR_FUNCTIONS(aduan::gui::Startup)
};

/// The translators installLanguage() installed, removed by its next call.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

/// Installs the translation file `name` (without ".qm") from the first of `dirs` holding it.
bool installTranslator(const QString &name, const QStringList &dirs)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &dir : dirs) {
        if (translator->load(name, dir)) {
            QCoreApplication::installTranslator(translator);
            installedTranslators() << translator;
            return true;
        }
    }
    delete translator;
    return false;
}

/// The automatic backup of the day, once the main window is on screen, on a thread of its own;
/// the outcome (or the trouble) as a status message: work goes on either way.
void backUpToday(MainWindow &window, const Database &db, const Clock &clock)
{
    window.statusBar()->showMessage(Startup::tr("Making today's backup…"));
    QPointer<MainWindow> shown(&window);
    startDailyBackup(db.path(), clock, &window, [shown](const DailyBackupOutcome &outcome) {
        if (!shown)
            return;
        switch (outcome.result) {
        case DailyBackupOutcome::Result::AlreadyDone:
            shown->statusBar()->clearMessage();
            break;
        case DailyBackupOutcome::Result::Written:
            shown->statusBar()->showMessage(outcome.message, 10000);
            break;
        case DailyBackupOutcome::Result::Failed:
            shown->statusBar()->showMessage(Startup::tr("No backup today: %1").arg(outcome.message),
                                            120000);
            break;
        }
    });
}

/// A small window saying that the database is being updated, for as long as this object lives:
/// the first opening after an upgrade of Aduan brings the file's schema up to date (about 20 s
/// at a million complaints) before any other window is shown.
class MigrationNotice
{
public:
    explicit MigrationNotice(const QString &path)
    {
        m_dialog.setWindowTitle(Startup::tr("Aduan"));
        auto *label = new QLabel(&m_dialog);
        label->setWordWrap(true);
        label->setMinimumWidth(420);
        m_dialog.setLabel(label);
        m_dialog.setLabelText(
            Startup::tr("Updating the database %1 for this version of Aduan…\nThis happens "
                        "once and can take a minute for a large database. Please wait; do not "
                        "close Aduan. Other PCs wait until it is done.")
                .arg(makeDialect(path)->shownLocation(path)));
        m_dialog.setCancelButton(nullptr);
        m_dialog.setRange(0, 0); // busy
        m_dialog.setMinimumDuration(0);
        m_dialog.setWindowModality(Qt::ApplicationModal);
        m_dialog.show();
        QCoreApplication::processEvents();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~MigrationNotice() { QGuiApplication::restoreOverrideCursor(); }
    MigrationNotice(const MigrationNotice &) = delete;
    MigrationNotice &operator=(const MigrationNotice &) = delete;

private:
    QProgressDialog m_dialog;
};

enum class Choice { Retry, Setup, Quit };

Choice askAfterOpenFailure(const QString &path, const Error &error)
{
    QMessageBox box;
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(Startup::tr("Aduan — Database"));
    box.setText(error.message());
    box.setInformativeText(Startup::tr("Database: %1").arg(makeDialect(path)->shownLocation(path)));
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    QPushButton *retry = box.addButton(Startup::tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton *setup =
        box.addButton(Startup::tr("&Choose another database…"), QMessageBox::ActionRole);
    box.addButton(Startup::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return Choice::Retry;
    if (box.clickedButton() == setup)
        return Choice::Setup;
    return Choice::Quit;
}

/// Keeps where `db` is as the database this PC opens next time: a file's path, or a server's
/// location without its password (SqlDialect::shownLocation(); the password, if this PC keeps
/// it, is in libpq's password file: startup/databaselocationedit.h). The settings are a plain
/// file that other programs of this user can read.
void rememberLocation(const Database &db)
{
    const QString location = db.dialect().isFile() ? db.path()
                                                   : db.dialect().shownLocation(db.path());
    AppSettings::databasePath().setValue(location);
}

/// The database to work on, or nullptr when the user gave up.
std::unique_ptr<Database> obtainDatabase(const CommandLine &commandLine, const Clock &clock)
{
    if (commandLine.demo) {
        for (;;) {
            try {
                return openDemoDatabase(clock);
            } catch (const Error &error) {
                if (askAfterOpenFailure(demoDatabasePath(), error) != Choice::Retry)
                    return nullptr;
            }
        }
    }
    const bool explicitPath = !commandLine.databasePath.isEmpty();
    QString path = explicitPath ? commandLine.databasePath : AppSettings::databasePath().value();
    QString problem;
    QString previous;
    while (!path.isEmpty()) {
        try {
            std::optional<MigrationNotice> notice;
            auto db = openDatabase(path, [&] { notice.emplace(path); });
            notice.reset();
            if (!explicitPath)
                rememberLocation(*db);
            return db;
        } catch (const Error &error) {
            switch (askAfterOpenFailure(path, error)) {
            case Choice::Retry:
                continue;
            case Choice::Setup:
                previous = path;
                path.clear();
                break;
            case Choice::Quit:
                return nullptr;
            }
        }
    }
    SetupDialog setup(clock, problem);
    if (!previous.isEmpty())
        setup.setExistingLocation(previous);
    if (setup.exec() != QDialog::Accepted)
        return nullptr;
    auto db = setup.takeDatabase();
    if (db)
        rememberLocation(*db);
    return db;
}

/// The default locale before installLanguage() first set the office's; removeLanguage() gives
/// it back.
std::optional<QLocale> &localeBeforeLanguage()
{
    static std::optional<QLocale> locale;
    return locale;
}

void removeTranslators()
{
    for (QTranslator *translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
}

} // namespace

void removeLanguage()
{
    removeTranslators();
    if (localeBeforeLanguage()) {
        QLocale::setDefault(*localeBeforeLanguage());
        localeBeforeLanguage().reset();
    }
}

QString installLanguage(const QString &language)
{
    removeTranslators();
    if (!localeBeforeLanguage())
        localeBeforeLanguage() = QLocale();
    // Dates, times and numbers as the office writes them ("Senin, 2 Maret 2026", "1.250",
    // 24-hour times), in either language and whatever this PC's own locale is.
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));

    const QString chosen = language.trimmed().toLower() == u"en"_s ? u"en"_s : u"id"_s;
    const QStringList ownDirs{u":/i18n"_s};
    if (chosen == u"id"_s) {
        // Qt's own texts (message-box buttons, file and print dialogs, context menus): Aduan's
        // supplement of the common ones, then Debian's qtbase_id.qm (package
        // qt6-translations-l10n) when it exists, which then takes precedence.
        installTranslator(u"qtbase_supplement_id"_s, ownDirs);
        installTranslator(u"qtbase_id"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
    // English: the source texts; aduan_en.qm holds their plural forms ("1 complaint").
    if (!installTranslator(u"aduan_"_s + chosen, ownDirs))
        qWarning("Aduan: the translation aduan_%s.qm is missing", qPrintable(chosen));
    return chosen;
}

int run(QApplication &app, const CommandLine &commandLine)
{
    AppSettings::migrate();
    installLanguage(commandLine.language.isEmpty() ? AppSettings::language().value()
                                                   : commandLine.language);
    // Every instant stored follows the database server's clock on a server; on the shared file
    // it is this PC's clock, checked against the file server's (storage/serverclock.h).
    const SystemClock pcClock;
    ServerClock clock(pcClock);
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    std::function<void()> logIn;
    logIn = [&] {
        // A wrong clock is found before anyone logs in: login and saving are refused until
        // it is set right (the login screen says so).
        verifyClock(*db, clock);
        LoginDialog login(*db, clock, commandLine.demo ? demoAccounts() : QList<DemoAccount>{});
        const int answer = login.exec();
        if (answer == LoginDialog::kChooseDatabase) {
            // Another database for this PC, before anyone logs in: the current one stays open
            // until the new one did.
            SetupDialog setup(clock);
            setup.setExistingLocation(db->dialect().isFile()
                                          ? db->path()
                                          : db->dialect().shownLocation(db->path()));
            if (setup.exec() == QDialog::Accepted) {
                if (auto chosen = setup.takeDatabase()) {
                    db = std::move(chosen);
                    rememberLocation(*db);
                }
            }
            logIn();
            return;
        }
        if (answer != QDialog::Accepted)
            return;
        // A person with a server role of their own works on their own connection.
        if (auto personal = login.takePersonDatabase())
            session = std::make_unique<Session>(*db, std::move(personal), clock, login.user(),
                                                commandLine.demo);
        else
            session = std::make_unique<Session>(*db, clock, login.user(), commandLine.demo);
        session->startClockChecks(&clock);
        window = std::make_unique<MainWindow>(*session);
        // Saving waits for another PC's or program's lock without freezing the window.
        installLockWait(*session, window.get());
    };
    const bool started = feedback::guarded(nullptr, Startup::tr("Aduan"), [&] {
        db = obtainDatabase(commandLine, clock);
        if (db)
            logIn();
    });
    if (!started || !db)
        return 1;
    bool backupStarted = false;
    for (;;) {
        if (!window)
            return 0; // login cancelled
        // The idle lock of the front desk; its "Log out" ends the session and logs in again.
        bool loggingOut = false;
        auto *idleLock = new IdleLock(*session, window.get());
        const auto logOut = [&loggingOut, &window] {
            loggingOut = true;
            window->close();
            QCoreApplication::exit(0);
        };
        QObject::connect(idleLock, &IdleLock::logoutRequested, window.get(), logOut);
        // Ganti pengguna: the same way out, asked for by the person at the desk.
        QObject::connect(window.get(), &MainWindow::switchUserRequested, window.get(), logOut);
        window->showOnDesk();
        // No window manager activates the window on every desk: ask for the keyboard, and put
        // it in the workspace once the window is up.
        window->activateWindow();
        QTimer::singleShot(0, window.get(), [&window] { window->focusWorkspace(); });
        if (!backupStarted) {
            backupStarted = true;
            QTimer::singleShot(0, window.get(), [&] { backUpToday(*window, *db, clock); });
        }
        const int status = app.exec();
        window.reset();
        session.reset();
        if (!loggingOut)
            return status;
        if (!feedback::guarded(nullptr, Startup::tr("Aduan"), logIn))
            return 1;
    }
}

} // namespace aduan::gui
