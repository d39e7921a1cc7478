#include "benchwriters.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

ComplaintDraft writerDraft(int worker, int i)
{
    ComplaintDraft d;
    d.channel = Channel::Direct;
    d.complainant = Complainant{u"Pengadu Serentak %1-%2"_s.arg(worker).arg(i),
                                u"3572021208750004"_s, Gender::Female, u"081234567801"_s,
                                u"Jl. Merdeka 1"_s};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Bantuan PKH belum cair"_s;
    d.description = u"Uji pendaftaran dari banyak PC sekaligus."_s;
    d.category = u"Bantuan sosial"_s;
    return d;
}

/// Each year's highest sequence number given so far.
QHash<int, int> highestNumbers(Database &db)
{
    QHash<int, int> out;
    SqlQuery q(db, u"SELECT agenda_year AS y, MAX(agenda_seq) AS s FROM complaint GROUP BY agenda_year"_s);
    q.exec();
    while (q.next())
        out.insert(q.value(u"y"_s).toInt(), q.value(u"s"_s).toInt());
    return out;
}

double percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype at = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size())));
    return sorted.at(at) / 1000.0;
}

} // namespace

int runWriterChild(const QString &location, int seconds)
{
    SystemClock clock;
    int registered = 0, steps = 0, busy = 0, other = 0;
    QList<qint64> latencies, stepLatencies;
    // Busy and other failures are counted; any other failure is named on stderr.
    auto failed = [&](const Error &e) {
        if (e.code() == Error::Code::Busy) {
            ++busy;
        } else {
            ++other;
            std::fprintf(stderr, "%s: %s\n", qPrintable(Error::codeName(e.code())),
                         qPrintable(e.message()));
        }
    };
    try {
        Database db(location);
        Workflow workflow(db, clock);
        const qint64 officer = UserStore(db).byUsername(u"rina"_s)->id;
        const qint64 secretary = UserStore(db).byUsername(u"dewi"_s)->id;
        const int worker = int(QCoreApplication::applicationPid());
        std::printf("ready\n");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 1;
        QElapsedTimer run;
        run.start();
        while (run.elapsed() < seconds * 1000LL) {
            QElapsedTimer one;
            one.start();
            qint64 id = 0;
            try {
                id = workflow.registerComplaint(officer, writerDraft(worker, registered), clock.now())
                         .complaintId;
                ++registered;
                latencies << one.nsecsElapsed() / 1000;
            } catch (const Error &e) {
                failed(e);
            }
            if (id == 0)
                continue;
            one.restart();
            try {
                workflow.reportToHead(secretary, {id}, {}, u"uji serentak"_s);
                ++steps;
                stepLatencies << one.nsecsElapsed() / 1000;
            } catch (const Error &e) {
                failed(e);
            }
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("done %d %d %d %d\n", registered, steps, busy, other);
    for (const auto &[name, values] : {std::pair{"lat", &latencies}, std::pair{"steplat", &stepLatencies}}) {
        std::printf("%s", name);
        for (qint64 us : std::as_const(*values))
            std::printf(" %lld", static_cast<long long>(us));
        std::printf("\n");
    }
    std::fflush(stdout);
    return 0;
}

int runWriters(const QString &program, const QString &location, int writers, int seconds,
               double shareDelayMs)
{
    Database db(location);
    const QHash<int, int> before = highestNumbers(db);
    const qint64 lastIdBefore = SqlQuery(db, u"SELECT COALESCE(MAX(id), 0) FROM complaint"_s).scalar().toLongLong();
    std::printf("# %d writers for %d s on %s\n", writers, seconds, qPrintable(db.dialect().shownLocation(db.path())));
    if (shareDelayMs >= 0)
        std::printf("# each writer through the share VFS, %g ms in each file operation\n", shareDelayMs);
    std::fflush(stdout);
    QStringList shareArguments;
    if (shareDelayMs >= 0)
        shareArguments << u"--share"_s << QString::number(shareDelayMs);

    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < writers; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(program, QStringList{u"--writer-child"_s, u"--database"_s, location,
                                          u"--seconds"_s, QString::number(seconds)}
                                  + shareArguments);
        children.push_back(std::move(child));
    }
    for (auto &child : children) { // every writer connected before any starts
        while (!child->canReadLine()) {
            if (!child->waitForReadyRead(120000)) {
                std::fprintf(stderr, "a writer did not start\n");
                return 1;
            }
        }
        child->readLine();
    }
    for (auto &child : children) { // sent now, not when that child is next waited for
        child->write("go\n");
        child->waitForBytesWritten(10000);
    }
    int ok = 0, steps = 0, busy = 0, other = 0;
    QList<qint64> latencies, stepLatencies;
    for (auto &child : children) {
        child->waitForFinished(seconds * 1000 + 300000);
        if (child->exitCode() != 0) {
            std::fprintf(stderr, "a writer failed (exit code %d)\n", child->exitCode());
            return 1;
        }
        const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.value(0) == "done" && parts.size() == 5) {
                ok += parts.at(1).toInt();
                steps += parts.at(2).toInt();
                busy += parts.at(3).toInt();
                other += parts.at(4).toInt();
            } else if (parts.value(0) == "lat" || parts.value(0) == "steplat") {
                QList<qint64> &into = parts.value(0) == "lat" ? latencies : stepLatencies;
                for (qsizetype i = 1; i < parts.size(); ++i)
                    into << parts.at(i).toLongLong();
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(stepLatencies.begin(), stepLatencies.end());
    QList<qint64> all = latencies + stepLatencies;
    std::sort(all.begin(), all.end());

    // Every complaint registered meanwhile (ids grow): per year, numbers before+1 ... before+count, each once.
    bool numbersOk = true;
    qint64 given = 0;
    SqlQuery q(db, u"SELECT agenda_year AS y, COUNT(*) AS n, COUNT(DISTINCT agenda_seq) AS d, "
                   "MIN(agenda_seq) AS lo, MAX(agenda_seq) AS hi FROM complaint "
                   "WHERE id > :last GROUP BY agenda_year"_s);
    q.bind(u":last"_s, lastIdBefore).exec();
    while (q.next()) {
        const int year = q.value(u"y"_s).toInt();
        const qint64 n = q.value(u"n"_s).toLongLong();
        const qint64 lo = q.value(u"lo"_s).toLongLong(), hi = q.value(u"hi"_s).toLongLong();
        given += n;
        if (q.value(u"d"_s).toLongLong() != n || lo != before.value(year) + 1 || hi - lo + 1 != n) {
            numbersOk = false;
            std::printf("# numbers of %d: %lld given, %lld to %lld after %d: NOT gap-free and unique\n",
                        year, static_cast<long long>(n), static_cast<long long>(lo),
                        static_cast<long long>(hi), before.value(year));
        }
    }
    if (given != ok) {
        numbersOk = false;
        std::printf("# %lld complaints stored, %d registrations reported\n",
                    static_cast<long long>(given), ok);
    }
    // Each registration stores its step 1 completed and its next step open; each step the
    // writers completed closes that open step and opens the one after it, once. So, over the
    // complaints registered meanwhile: completed steps = registrations + steps reported, and
    // open steps = registrations (one each), whatever the SOP's step numbers.
    SqlQuery stepQuery(db, u"SELECT COUNT(s.completed_at) AS done, COUNT(*) - COUNT(s.completed_at) AS open "
                           "FROM step_record s WHERE s.complaint_id > :last"_s);
    stepQuery.bind(u":last"_s, lastIdBefore).exec();
    stepQuery.next();
    const qint64 stepsDone = stepQuery.value(u"done"_s).toLongLong();
    const qint64 stepsOpen = stepQuery.value(u"open"_s).toLongLong();
    const bool stepsOk = stepsDone == qint64(ok) + steps && stepsOpen == ok;
    if (!stepsOk) {
        std::printf("# steps stored: %lld completed, %lld open; reported: %d registrations, %d steps\n",
                    static_cast<long long>(stepsDone), static_cast<long long>(stepsOpen), ok, steps);
    }
    std::printf("\n| %d writers, %d s%s | |\n|---|---:|\n", writers, seconds,
                shareDelayMs >= 0 ? qPrintable(u", %1 ms per file operation"_s.arg(shareDelayMs)) : "");
    std::printf("| registrations + steps completed | %d + %d |\n", ok, steps);
    std::printf("| throughput (both together) | %.1f /s |\n", double(ok + steps) / seconds);
    std::printf("| wait for one registration: median / 99th percentile | %.1f / %.1f ms |\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99));
    std::printf("| wait for one step: median / 99th percentile | %.1f / %.1f ms |\n",
                percentile(stepLatencies, 0.5), percentile(stepLatencies, 0.99));
    std::printf("| wait for any one: 99th percentile / longest | %.1f / %.1f ms |\n",
                percentile(all, 0.99), percentile(all, 1.0));
    std::printf("| Busy failures (lock taken through every retry) | %d |\n", busy);
    std::printf("| other failures | %d |\n", other);
    std::printf("| agenda numbers unique and gap-free, one per registration | %s |\n", numbersOk ? "yes" : "NO");
    std::printf("| steps stored = steps reported (none lost or doubled) | %s |\n", stepsOk ? "yes" : "NO");
    std::fflush(stdout);
    return numbersOk && stepsOk && other == 0 ? 0 : 1;
}

} // namespace aduan::bench
