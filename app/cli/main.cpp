// aduan-cli: the same core as the Aduan window, for scripts and administrators.
//   aduan-cli [--database PATH] COMMAND [ARGS...]      (each command has its own --help)
#include "cli.h"

#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/serverclock.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace aduan::cli {

namespace {

/// The one clock of this run (Context::clock()).
ServerClock &officeClock()
{
    static const SystemClock pc;
    static ServerClock clock(pc);
    return clock;
}

} // namespace

std::unique_ptr<Database> Context::open() const
{
    if (databasePath.isEmpty()) {
        throw Error(Error::Code::FileMissing,
                    u"No database given: use --database PATH, or set this PC up in the Aduan "
                    "window first."_s);
    }
    auto db = std::make_unique<Database>(databasePath);
    // On a database server, the clock follows the server's; on the shared file, this PC's clock
    // against the file server's and the history's: writes and logins are refused while they
    // disagree.
    verifyClock(*db, officeClock());
    return db;
}

const Clock &Context::clock() const
{
    return officeClock();
}

QList<Command> commands()
{
    return {
        {u"check"_s, u"Check integrity, schema version and the audit chain (exit 1 on findings)"_s,
         runCheck},
        {u"backup"_s, u"Write a consistent backup copy: backup DEST"_s, runBackup},
        {u"restore"_s, u"Restore a backup, keeping the current file aside: restore SRC"_s,
         runRestore},
        {u"recap"_s, u"Monthly recap: recap --month YYYY-MM [--pdf F] [--csv F] [--xlsx F]"_s, runRecap},
        {u"skm"_s, u"Satisfaction survey (SKM/IKM): skm --from DATE --to DATE [--pdf F] [--xlsx F]"_s,
         runSkm},
        {u"export"_s, u"Export complaints: export (--csv F | --xlsx F) [--from DATE] [--to DATE]"_s,
         runExport},
        {u"print"_s, u"Print a form to PDF: print FORM --complaint NUMBER --pdf FILE; print sop [--revision N] --pdf FILE"_s, runPrint},
        {u"demo-data"_s, u"Create a demo database: demo-data --complaints N [--seed S] [--from YYYY-MM]"_s,
         runDemoData},
        {u"migrate"_s, u"Move the shared file to an empty PostgreSQL database: migrate --to postgresql://..."_s,
         runMigrate},
        {u"sop"_s, u"The SOP: sop show [--revision N] | export [--revision N] FILE | import FILE | evaluate --from D --to D"_s,
         runSop},
        {u"sms-receive"_s, u"For the SMS daemon's RunOnReceive: store an SMS, answer STATUS"_s,
         runSmsReceive},
        {u"sms"_s, u"SMS masuk for scripts: sms list | deliver | set-aside ID --reason TEXT"_s,
         runSms},
        {u"import"_s, u"Website/Google Form CSV into SMS masuk: import FILE [--map FIELD=COLUMN]"_s,
         runImport},
    };
}

} // namespace aduan::cli

int main(int argc, char *argv[])
{
    // Printing lays text out with fonts, which needs a GUI application; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Dinas Sosial Kota Blitar"_s);
    QCoreApplication::setApplicationName(u"Aduan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ADUAN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Aduan — Penyaluran Pengaduan Masyarakat, command line"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption database(u"database"_s, u"The database file."_s, u"PATH"_s);
    parser.addOption(database);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"check, backup, restore, demo-data, ..."_s);
    parser.process(app);

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        out << parser.helpText() << u"\nCommands:\n"_s;
        for (const auto &c : aduan::cli::commands())
            out << u"  "_s << c.name.leftJustified(12) << c.summary << u'\n';
        return 2;
    }
    aduan::cli::Context ctx{rest,
                            parser.isSet(database)
                                ? parser.value(database)
                                : QSettings().value(u"database/path"_s).toString(),
                            out, err};
    for (const auto &command : aduan::cli::commands()) {
        if (command.name != rest.first())
            continue;
        try {
            const int code = command.run(ctx);
            out.flush();
            return code;
        } catch (const aduan::Error &e) {
            out.flush();
            err << e.message() << u'\n';
            if (!e.detail().isEmpty())
                err << u"  ("_s << e.detail() << u")\n"_s;
            return 2;
        }
    }
    err << u"Unknown command: "_s << rest.first() << u". Run aduan-cli --help.\n"_s;
    return 2;
}
