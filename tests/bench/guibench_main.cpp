// aduan_gui_bench: one start of the client as the front desk sees it, for aduan_bench's GUI
// figures. Opens the database, logs in (Argon2id verification included), builds and paints the
// main window, then shows and paints the intake book. Prints, in milliseconds since main():
//   usable MS      the main window painted with its first workspace
//   register MS    the intake book's first page painted
//   peak_kb KB     the process's peak resident memory (VmHWM of /proc/self/status)
//
//   aduan_gui_bench --database PATH --user NAME --password SECRET
#include "auth/authenticator.h"
#include "mainwindow.h"
#include "models/intakebookmodel.h"
#include "session/session.h"
#include "startup/application.h"
#include "startup/databaseopener.h"
#include "startup/startup.h"
#include "storage/database.h"
#include "util/clock.h"
#include "workspaces/registerpage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

qint64 peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    gui::Application app(argc, argv);
    QCoreApplication::setOrganizationName(u"Dinas Sosial Kota Blitar"_s);
    QCoreApplication::setApplicationName(u"Aduan bench"_s);
    QCommandLineParser parser;
    const QCommandLineOption database(u"database"_s, u"Database."_s, u"PATH"_s);
    const QCommandLineOption user(u"user"_s, u"User name."_s, u"NAME"_s);
    const QCommandLineOption password(u"password"_s, u"Password."_s, u"SECRET"_s);
    parser.addOptions({database, user, password});
    parser.process(app);
    gui::installLanguage(u"id"_s);

    const SystemClock clock;
    auto stage = [&](const char *name) {
        std::printf("stage_%s %.1f\n", name, sinceStart.nsecsElapsed() / 1e6);
    };
    stage("application");
    const auto db = gui::openDatabase(parser.value(database));
    stage("database");
    const User who = Authenticator(*db, clock).login(parser.value(user), parser.value(password));
    stage("login");
    gui::Session session(*db, clock, who, false);
    gui::MainWindow window(session);
    stage("window");
    window.resize(1366, 768);
    window.show();
    window.grab(); // paints every visible widget, as the first expose does
    std::printf("usable %.1f\n", sinceStart.nsecsElapsed() / 1e6);
    std::fflush(stdout);

    auto *page = window.findChild<gui::RegisterPage *>();
    if (!page)
        qFatal("no intake book in the first workspace");
    if (auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(page);
    window.grab();
    if (page->model()->rowCount() == 0)
        qFatal("the intake book shows no rows");
    std::printf("register %.1f\n", sinceStart.nsecsElapsed() / 1e6);
    std::printf("peak_kb %lld\n", peakResidentKb());
    std::fflush(stdout);
    return 0;
}
