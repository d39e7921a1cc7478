// aduan_bench: figures, not a pass/fail test. Prints the median of several runs of the work the
// front desk feels, on a database of N complaints, and beside each database figure the same
// work done directly through the store's C library (sqlite3, or libpq for a postgresql://
// location; hand-written statements, same durability settings) with the ratio — the cost of
// our layers. With --writers, N processes register complaints and complete steps at once instead
// (benchwriters.h). With --share, the SQLite file is reached through a VFS that counts each file
// operation and waits in it as a round trip to a file server would (benchsharevfs.h): each
// figure's operations and its time at each delay.
//
//   aduan_bench [--complaints N] [--runs R] [--database PATH|postgresql://...] [--keep] [--only TEXT]
//               [--share MS,MS,...]
//   aduan_bench --writers N --seconds S [--complaints N] [--database PATH|postgresql://...]
//               [--share MS]
#include "benchdirect.h"
#include "benchdirectpg.h"
#include "benchsharevfs.h"
#include "benchwriters.h"
#include "benchtimer.h"

#include "demo/demodata.h"
#include "queries/intakebook.h"
#include "recap/recap.h"
#include "storage/database.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sharedfile.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "workflow/workflow.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::bench;

namespace {

ComplaintDraft benchDraft(int i)
{
    ComplaintDraft d;
    d.channel = Channel::Direct;
    d.complainant = Complainant{u"Pengadu Uji %1"_s.arg(i), u"3572021208750004"_s, Gender::Male,
                                u"081234567801"_s, u"Jl. Merdeka 1"_s};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Bantuan PKH belum cair"_s;
    d.description = u"Uji kecepatan pendaftaran aduan."_s;
    d.category = u"Bantuan sosial"_s;
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts and PDF writing need a QGuiApplication, never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption complaintsOpt(u"complaints"_s, u"Complaints to generate."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs per figure (median)."_s, u"R"_s, u"7"_s);
    const QCommandLineOption databaseOpt(u"database"_s, u"Use an existing generated database."_s, u"PATH"_s);
    const QCommandLineOption keepOpt(u"keep"_s, u"Keep the generated database (prints its path)."_s);
    const QCommandLineOption onlyOpt(u"only"_s, u"Only the figures whose description contains TEXT."_s, u"TEXT"_s);
    const QCommandLineOption writersOpt(u"writers"_s, u"Run N processes registering at once instead of the figures."_s, u"N"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"How long the writers register."_s, u"S"_s, u"60"_s);
    const QCommandLineOption shareOpt(
        u"share"_s,
        u"Reach the SQLite file as on a network share: count each file operation and wait MS "
        "milliseconds in it; the figures at each delay of the list (e.g. 0.5,1,2). With "
        "--writers, one delay for every writer."_s,
        u"MS,MS,..."_s);
    QCommandLineOption childOpt(u"writer-child"_s, u"One of the writers (internal)."_s);
    childOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({complaintsOpt, runsOpt, databaseOpt, keepOpt, onlyOpt, writersOpt, secondsOpt, shareOpt, childOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    QList<double> shareDelays;
    if (parser.isSet(shareOpt)) {
        for (const QString &part : parser.value(shareOpt).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double ms = part.trimmed().toDouble(&ok);
            if (!ok || ms < 0) {
                std::fprintf(stderr, "--share: \"%s\" is not a delay in milliseconds (e.g. 0.5,1,2)\n",
                             qPrintable(part));
                return 2;
            }
            shareDelays << ms;
        }
        if (shareDelays.isEmpty() || !ShareVfs::install())
            return 2;
    }
    // Through the share VFS the file is, for the product, on a network share: it opens it as
    // one (Database asks isOnNetworkShare()), here in a local folder named as a share.
    const auto simulateShare = [&](const QString &databasePath) {
        if (!shareDelays.isEmpty())
            simulateNetworkShareForTesting(QFileInfo(databasePath).absolutePath(), u"benchmark VFS"_s);
    };
    if (parser.isSet(childOpt)) {
        simulateShare(parser.value(databaseOpt));
        ShareVfs::setDelayMs(shareDelays.value(0));
        return runWriterChild(parser.value(databaseOpt), parser.value(secondsOpt).toInt());
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keepOpt));
    QString path = parser.value(databaseOpt);
    const bool server = PostgresLocation::names(path);
    if (server && !shareDelays.isEmpty()) {
        std::fprintf(stderr, "--share is for an SQLite file; a server is reached over the network already\n");
        return 2;
    }
    SystemClock clock;
    Report report;
    report.setOnly(parser.value(onlyOpt));
    // A server database that is still empty is filled as a temporary file would be.
    const bool generate = path.isEmpty()
        || (server && DirectPg(path).text(u"SELECT COUNT(*) FROM information_schema.tables "
                                          "WHERE table_schema = current_schema()"_s) == u"0"_s);
    if (generate) {
        if (!server)
            path = dir.filePath(u"bench.sqlite"_s);
        DemoOptions options;
        options.complaints = parser.value(complaintsOpt).toInt();
        options.fromMonth = QDate::currentDate().addMonths(-std::max(1, options.complaints / 8000));
        QElapsedTimer t;
        t.start();
        const double cpuStart = processCpuMs();
        const qint64 n = createDemoDatabase(path, options, clock);
        report.note(u"generated %1 complaints in %2 s, CPU %3 s (aduan-cli demo-data)"_s.arg(n)
                        .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                        .arg((processCpuMs() - cpuStart) / 1000.0, 0, 'f', 1));
        if (parser.isSet(keepOpt) && !server)
            report.note(u"database kept at "_s + path);
    }
    simulateShare(path);
    if (parser.isSet(writersOpt)) {
        return runWriters(QCoreApplication::applicationFilePath(), path,
                          std::max(1, parser.value(writersOpt).toInt()),
                          std::max(1, parser.value(secondsOpt).toInt()), shareDelays.value(0, -1));
    }
    if (!shareDelays.isEmpty()) {
        report.note(u"through the share VFS (counted file operations, a wait in each)"_s);
        report.setShareDelays(shareDelays);
    }

    Database db(path);
    const qint64 officer = UserStore(db).byUsername(u"rina"_s)->id;
    const qint64 secretary = UserStore(db).byUsername(u"dewi"_s)->id;
    IntakeBook book(db, clock);
    Workflow workflow(db, clock);
    std::unique_ptr<Baseline> baseline;
    if (server) {
        baseline = std::make_unique<DirectPg>(path);
        report.setBaselineName(u"libpq direct"_s);
    } else {
        baseline = std::make_unique<Direct>(path);
    }
    Baseline &direct = *baseline;
    const qint64 total = book.count(officer, {});
    report.note(u"%1 complaints in %2"_s.arg(total).arg(db.dialect().shownLocation(path)));

    // The newest complaint and a month in the middle of the data, for searches and filters.
    const IntakeBookRow newest = book.page(officer, {}, IntakeBookSort::ReceivedAt, true, 0, 1).constFirst();
    const IntakeBookRow oldest = book.page(officer, {}, IntakeBookSort::ReceivedAt, false, 0, 1).constFirst();
    const QDate lastMonth = book.calendar().officeDate(newest.receivedAt).addMonths(-1);
    IntakeBookFilter month;
    month.fromDate = QDate(lastMonth.year(), lastMonth.month(), 1);
    month.toDate = month.fromDate.addMonths(1).addDays(-1);
    const QString someNik = direct.text(u"SELECT complainant_nik FROM complaint WHERE complainant_nik IS NOT NULL ORDER BY id LIMIT 1"_s);
    const QString someName = direct.text(u"SELECT complainant_name FROM complaint WHERE confidentiality = 'biasa' AND complainant_name LIKE '% %' ORDER BY id LIMIT 1"_s);

    report.measure(u"open database + register's first page (100 rows) + total"_s, runs, [&] {
        Database fresh(path);
        IntakeBook b(fresh, clock);
        const auto rows = b.page(officer, {}, IntakeBookSort::ReceivedAt, true, 0, 100);
        const qint64 n = b.count(officer, {});
        if (rows.isEmpty() || n != total)
            qFatal("wrong page");
    }, [&] { direct.openAndFirstPage(); });

    // Scrolling far down the register fetches pages at large offsets.
    report.measure(u"register scrolled far: the page at row 50,000"_s, runs, [&] {
        if (book.page(officer, {}, IntakeBookSort::ReceivedAt, true, 50000, 100).isEmpty()
            && total > 50100)
            qFatal("empty page");
    }, [&] { direct.pageAt(50000); });

    int i = 0;
    QList<qint64> registered;
    report.measure(u"register one complaint (whole transaction)"_s, runs, [&] {
        registered << workflow.registerComplaint(officer, benchDraft(++i), clock.now()).complaintId;
    }, [&] { direct.registerOne(); });

    int next = 0;
    direct.prepareCompletions(runs + 1);
    report.measure(u"complete a step (report to head)"_s, runs, [&] {
        workflow.reportToHead(secretary, {registered.at(next++ % registered.size())}, {}, u"uji"_s);
    }, [&] { direct.completeStep(); });

    // As the register shows a search: its first page and its total.
    auto search = [&](const QString &text) {
        IntakeBookFilter f;
        f.search = text;
        const auto rows = book.page(officer, f, IntakeBookSort::ReceivedAt, true, 0, 100);
        const qint64 n = book.count(officer, f);
        if (rows.isEmpty() || n < rows.size())
            qFatal("search found nothing for %s", qPrintable(text));
    };
    report.measure(u"search by number: first page + total"_s, runs, [&] { search(oldest.agendaNumber); },
                   [&] { direct.searchNumber(oldest.agendaNumber); });
    report.measure(u"search by NIK: first page + total"_s, runs, [&] { search(someNik); }, [&] { direct.searchNik(someNik); });
    report.measure(u"search by name: first page + total"_s, runs, [&] { search(someName); },
                   [&] { direct.searchWords(u"public_name"_s, someName); });
    report.measure(u"search by a common word of the description: first page + total"_s, runs, [&] { search(u"emperan"_s); },
                   [&] { direct.searchWords(u"subject description"_s, u"emperan"_s); });
    if (report.onShare()) {
        // Another PC's commit changes the file's change counter: this PC's whole page cache is
        // dropped (https://www.sqlite.org/lockingv3.html), and its next reading fetches every
        // page again over the network. The other PC's registration is not timed or counted.
        Database otherPc(path);
        Workflow otherWorkflow(otherPc, clock);
        int j = 0;
        const auto otherPcRegisters = [&] {
            otherWorkflow.registerComplaint(officer, benchDraft(1000000 + ++j), clock.now());
        };
        report.measure(u"after another PC registered: register's first page + total"_s, runs, [&] {
            if (book.page(officer, {}, IntakeBookSort::ReceivedAt, true, 0, 100).isEmpty()
                || book.count(officer, {}) <= 0)
                qFatal("empty register");
        }, {}, otherPcRegisters);
        report.measure(u"after another PC registered: search by name"_s, runs,
                       [&] { search(someName); }, {}, otherPcRegisters);
    }
    report.measure(u"register filtered to one month: first page + total"_s, runs, [&] {
        const auto rows = book.page(officer, month, IntakeBookSort::ReceivedAt, true, 0, 100);
        const qint64 n = book.count(officer, month);
        if (rows.isEmpty() || n <= 0)
            qFatal("empty month");
    }, [&] { direct.monthPage(month.fromDate, month.toDate); });
    runSortFigures(report, book, officer, month, runs);
    const QDate oldestMonth = book.calendar().officeDate(oldest.receivedAt);
    runRecapFigures(report, db, QDate(lastMonth.year(), lastMonth.month(), 1),
                    QDate(oldestMonth.year(), oldestMonth.month(), 1), clock.now(), runs);
    runPrintFigures(report, db, clock, officer, month, runs);
    if (report.onShare())
        report.note(u"GUI figures left out on a share: they are separate processes"_s);
    else
        runGuiFigures(report, path, runs);
    report.print();
    return 0;
}
