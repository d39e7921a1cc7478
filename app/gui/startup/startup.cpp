#include "startup/startup.h"

#include "demo/demodata.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "startup/commandline.h"
#include "startup/databaseopener.h"
#include "startup/setupdialog.h"
#include "storage/database.h"
#include "support/feedback.h"
#include "util/clock.h"
#include "util/error.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::gui::Startup", text);
}

/// Installs the translations of the chosen language; English needs none (source strings).
void installTranslations(QApplication &app, const QString &language)
{
    if (language != u"id"_s)
        return;
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    auto *qt = new QTranslator(&app);
    if (qt->load(indonesian, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    }
    auto *own = new QTranslator(&app);
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{u":/i18n"_s, appDir + u"/translations"_s,
                           appDir + u"/../translations"_s};
    for (const QString &dir : dirs) {
        if (own->load(u"aduan_id"_s, dir)) {
            app.installTranslator(own);
            break;
        }
    }
}

enum class Choice { Retry, Setup, Quit };

Choice askAfterOpenFailure(const QString &path, const Error &error)
{
    QMessageBox box;
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("Aduan — Database"));
    box.setText(error.message());
    box.setInformativeText(tr("Database file: %1").arg(QDir::toNativeSeparators(path)));
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    QPushButton *retry = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton *setup = box.addButton(tr("&Choose another database…"), QMessageBox::ActionRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return Choice::Retry;
    if (box.clickedButton() == setup)
        return Choice::Setup;
    return Choice::Quit;
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
    while (!path.isEmpty()) {
        try {
            auto db = openDatabase(path);
            if (!explicitPath)
                AppSettings::databasePath().setValue(db->path());
            return db;
        } catch (const Error &error) {
            switch (askAfterOpenFailure(path, error)) {
            case Choice::Retry:
                continue;
            case Choice::Setup:
                path.clear();
                break;
            case Choice::Quit:
                return nullptr;
            }
        }
    }
    SetupDialog setup(clock, problem);
    if (setup.exec() != QDialog::Accepted)
        return nullptr;
    auto db = setup.takeDatabase();
    if (db)
        AppSettings::databasePath().setValue(db->path());
    return db;
}

} // namespace

int run(QApplication &app, const CommandLine &commandLine)
{
    AppSettings::migrate();
    installTranslations(app, commandLine.language.isEmpty() ? AppSettings::language().value()
                                                            : commandLine.language);
    const SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    const bool started = feedback::guarded(nullptr, tr("Aduan"), [&] {
        db = obtainDatabase(commandLine, clock);
        if (!db)
            return;
        LoginDialog login(*db, clock, commandLine.demo ? demoAccounts() : QList<DemoAccount>{});
        if (login.exec() != QDialog::Accepted)
            return;
        session = std::make_unique<Session>(*db, clock, login.user(), commandLine.demo);
        window = std::make_unique<MainWindow>(*session);
    });
    if (!started || !db)
        return 1;
    if (!window)
        return 0; // login cancelled
    if (AppSettings::mainWindowGeometry().value().isEmpty()) {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            window->setGeometry(screen->availableGeometry());
        window->showMaximized();
    } else {
        window->show();
    }
    const int status = app.exec();
    window.reset();
    session.reset();
    return status;
}

} // namespace aduan::gui
