// Print figures (the Formulir Aduan to PDF, a month's register to PDF) and GUI figures (start to
// a usable main window, peak memory while showing the register; measured on aduan_gui_bench
// as a child process so that each run is a fresh start).
#include "benchtimer.h"

#include "complaintform/complaintformprint.h"
#include "document/documentrenderer.h"
#include "document/printcontext.h"
#include "intakebook/intakebookprint.h"
#include "queries/intakebook.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

forms::PrintContext printContext(Database &db, const Clock &clock)
{
    SettingsStore settings(db);
    forms::PrintContext context;
    context.office = settings.officeProfile();
    context.zone = settings.calendar().timeZone();
    context.preparedBy = u"Rina Wulandari"_s;
    context.printedAt = clock.now();
    return context;
}

void writeOrDie(forms::Printable &printable, const QString &path)
{
    QString error;
    if (!forms::DocumentRenderer::writePdf(printable, path, &error))
        qFatal("PDF not written: %s", qPrintable(error));
}

struct GuiRun {
    double usableMs = -1;  ///< process start to the main window painted with its first workspace
    double registerMs = -1; ///< process start to the register's first page painted
    double peakMb = -1;    ///< VmHWM of the process after showing the register
};

/// One fresh start of aduan_gui_bench; its lines "usable MS", "register MS", "peak_kb KB".
GuiRun runGuiOnce(const QString &program, const QString &databasePath)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    // The offscreen platform's warnings are noise here; they are shown when the run fails.
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, {u"--database"_s, databasePath, u"--user"_s, u"rina"_s,
                            u"--password"_s, u"rina1234"_s});
    GuiRun run;
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (!process.canReadLine() && !process.waitForReadyRead(60000)
            && process.state() == QProcess::NotRunning && !process.canReadLine())
            break;
        while (process.canReadLine()) {
            const QList<QByteArray> parts = process.readLine().trimmed().split(' ');
            if (parts.size() != 2)
                continue;
            if (parts.at(0) == "usable")
                run.usableMs = clock.nsecsElapsed() / 1e6;
            else if (parts.at(0) == "register")
                run.registerMs = clock.nsecsElapsed() / 1e6;
            else if (parts.at(0) == "peak_kb")
                run.peakMb = parts.at(1).toDouble() / 1024.0;
        }
    }
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qFatal("aduan_gui_bench failed (exit code %d): %s", process.exitCode(),
               process.readAllStandardError().constData());
    }
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

void runPrintFigures(Report &report, Database &db, const Clock &clock, qint64 viewerId,
                     const IntakeBookFilter &month, int runs)
{
    QTemporaryDir dir;
    IntakeBook book(db, clock);
    const qint64 newest =
        book.page(viewerId, {}, IntakeBookSort::ReceivedAt, true, 0, 1).constFirst().complaintId;
    report.measure(u"Formulir Aduan to PDF (load, lay out, write)"_s, runs, [&] {
        const forms::PrintContext context = printContext(db, clock);
        forms::FormDocument document =
            forms::complaintFormDocument(book.complaint(viewerId, newest), context);
        writeOrDie(document, dir.filePath(u"formulir.pdf"_s));
    }, {});

    int pages = 0;
    qint64 lines = 0;
    // A register of ~8,000 lines is seconds of work: fewer runs keep the benchmark short.
    report.measure(u"one month's register to PDF (read, lay out, write)"_s, std::min(runs, 3), [&] {
        const QList<IntakeBookRow> rows = book.all(viewerId, month);
        forms::IntakeBookPrint print(rows, month.fromDate, month.toDate, printContext(db, clock));
        writeOrDie(print, dir.filePath(u"register.pdf"_s));
        pages = print.pageCount();
        lines = rows.size();
    }, {});
    if (pages > 0)
        report.note(u"the month's register: %1 lines on %2 pages"_s.arg(lines).arg(pages));
}

void runGuiFigures(Report &report, const QString &databasePath, int runs)
{
    if (!report.wanted(u"GUI:"_s))
        return;
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"aduan_gui_bench"_s);
    if (!QFileInfo(program).isExecutable()) {
        report.note(u"GUI figures: %1 was not built"_s.arg(program));
        return;
    }
    QList<double> usable, shown, peak;
    runGuiOnce(program, databasePath); // warm-up: the file cache, fonts
    for (int i = 0; i < std::min(runs, 5); ++i) {
        const GuiRun run = runGuiOnce(program, databasePath);
        usable << run.usableMs;
        shown << run.registerMs;
        peak << run.peakMb;
    }
    report.figure(u"GUI: start to a usable main window (login included)"_s, median(usable));
    report.figure(u"GUI: start to the register's first page shown"_s, median(shown));
    report.figure(u"GUI: peak memory showing the register (VmHWM)"_s, median(peak), u"MB"_s);
}

} // namespace aduan::bench
