#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace aduan {
class Clock;
class Database;
struct MonthlyRecap;
struct SopEvaluation;
}

namespace aduan::cli {

/// What every command gets: its own arguments (its name first) and the global options.
struct Context {
    QStringList arguments;   ///< the command's name and its arguments
    QString databasePath;    ///< --database, or this PC's configured database
    QTextStream &out;
    QTextStream &err;

    /// Opens the database (it must exist) and checks this PC's clock against the office's
    /// (verifyClock() with clock()). Throws aduan::Error.
    std::unique_ptr<Database> open() const;
    /// The clock commands stamp and judge by: on a database server the server's clock, measured
    /// by open(); on the shared file this PC's (storage/serverclock.h).
    const Clock &clock() const;
};

/// One sub-command of aduan-cli.
struct Command {
    QString name;
    QString summary;
    std::function<int(Context &)> run; ///< exit code: 0 success, 1 findings, 2 usage or error
};

QList<Command> commands();

/// Renders the recap's signed report to PDF (in commands/print.cpp, with the forms).
int printRecapPdf(Context &ctx, Database &db, const MonthlyRecap &recap, const QString &path);
/// Renders the SOP's evaluation to PDF (in commands/print.cpp, with the forms).
int printSopEvaluationPdf(Context &ctx, Database &db, const SopEvaluation &evaluation,
                          const QString &path);

// One function per command, each in its own file under commands/.
int runCheck(Context &ctx);
int runBackup(Context &ctx);
int runRestore(Context &ctx);
int runDemoData(Context &ctx);
int runRecap(Context &ctx);
int runExport(Context &ctx);
int runPrint(Context &ctx);
int runMigrate(Context &ctx);
int runSkm(Context &ctx);
int runSop(Context &ctx);
int runSmsReceive(Context &ctx);
int runSms(Context &ctx);
int runImport(Context &ctx);



} // namespace aduan::cli
