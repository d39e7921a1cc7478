// Crash safety: a process registering complaints is killed (SIGKILL, no chance to clean up) at
// random moments, or in the middle of its transaction; the database stays sound, nothing
// reported as saved is lost and nothing of the killed transaction remains.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/registertotal.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

/// A worker process's environment: this one's, and with `coalesce` its SQLite files written
/// through the coalescing VFS (storage/sqlite/coalescingvfs.h, ADUAN_TEST_COALESCE_WRITES).
QProcessEnvironment workerEnvironment(bool coalesce)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (coalesce)
        env.insert(u"ADUAN_TEST_COALESCE_WRITES"_s, u"1"_s);
    return env;
}

/// A writer registering complaints, killed `rounds` times at random moments; then the file is
/// checked: sound, nothing reported as saved lost, numbers gap-free, the history intact, the
/// register's stored total equal to its complaints.
void killWhileRegistering(int rounds, bool coalesce)
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 rina = office.rina;
    office.db.reset();

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    QMap<qint64, QString> saved; // complaint id -> agenda number, as reported after each commit
    int killedWhileWorking = 0;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        QProcess p;
        p.setProcessEnvironment(workerEnvironment(coalesce));
        p.start(QStringLiteral(ADUAN_TEST_WORKER),
                {u"register"_s, office.path, QString::number(rina), u"100000"_s, u"0"_s,
                 u"2026-03-02T02:00:00Z"_s});
        REQUIRE(p.waitForStarted(10000));
        if (round % 2 == 0) {
            // Any moment of the process's life: opening (and rolling back the journal the last
            // kill left), or the middle of the n-th registration.
            QThread::msleep(50 + random.bounded(250));
        } else {
            // Once it registers (whatever the machine's speed), some moment later.
            QElapsedTimer started;
            started.start();
            while (!p.peek(4096).contains('\n') && started.elapsed() < 10000)
                p.waitForReadyRead(20);
            QThread::msleep(random.bounded(250));
        }
        const bool wasRunning = p.state() == QProcess::Running;
        p.kill(); // SIGKILL
        REQUIRE(p.waitForFinished(10000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        CHECK(wasRunning);
        CHECK(p.exitStatus() == QProcess::CrashExit);
        const QByteArray out = p.readAllStandardOutput();
        // Only whole lines count: a line cut by the kill was not fully reported.
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        int inRound = 0;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            INFO(line.toStdString());
            REQUIRE(line.startsWith("ok "));
            const QList<QByteArray> f = line.split(' ');
            saved.insert(f.at(1).toLongLong(), QString::fromUtf8(f.at(2)));
            ++inRound;
        }
        killedWhileWorking += inRound > 0 ? 1 : 0;
    }
    const qint64 killMs = total.elapsed();

    Database db(office.path); // rolls back the hot journal of the last kill, if any
    // The store's own full check (SQLite: integrity_check and foreign_key_check).
    CHECK(db.dialect().fullCheck(db).ok);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        INFO("complaint " << it.key());
        SqlQuery q(db, u"SELECT agenda_number FROM complaint WHERE id = :id"_s);
        q.bind(u":id"_s, it.key());
        CHECK(q.scalar().toString() == it.value());
    }
    // At most one committed registration per kill went unreported (killed between the commit
    // and the print).
    const qint64 stored = SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
    CHECK(stored >= saved.size());
    CHECK(stored <= saved.size() + rounds);
    // Numbers without gaps, and the audit chain intact.
    CHECK(SqlQuery(db, u"SELECT MAX(agenda_seq) FROM complaint"_s).scalar().toLongLong() == stored);
    const AuditVerification chain = AuditLog(db).verify();
    INFO(chain.problem.toStdString());
    CHECK(chain.ok);
    CHECK(registerTotalFindings(db).isEmpty());
    CHECK(killedWhileWorking >= rounds / 2); // at least every other kill hit a registering process
    WARN("figures, crash" << (coalesce ? " (coalescing VFS)" : "") << ": " << rounds << " kills, "
                          << saved.size() << " registrations reported, " << stored << " stored, "
                          << killedWhileWorking << " kills during registrations, " << killMs
                          << " ms");
}

} // namespace

TEST_CASE("A writer killed at random moments 50 times loses nothing it reported as saved",
          "[robustness][multiprocess][crash]")
{
    killWhileRegistering(50, false);
}

TEST_CASE("Through the coalescing VFS, a writer merges its writes and, killed at random moments, "
          "loses nothing it reported as saved",
          "[file][robustness][multiprocess][crash][coalesce]")
{
    // Its writes merged: a few registrations run to the end, the worker's counts on stderr.
    {
        test::TestOffice office(wib(2026, 3, 2, 9, 0));
        const qint64 rina = office.rina;
        office.db.reset();
        QProcess p;
        p.setProcessEnvironment(workerEnvironment(true));
        p.start(QStringLiteral(ADUAN_TEST_WORKER),
                {u"register"_s, office.path, QString::number(rina), u"5"_s, u"0"_s,
                 u"2026-03-02T02:00:00Z"_s});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        CHECK(p.readAllStandardOutput().count("ok ") == 5);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        const QRegularExpressionMatch m =
            QRegularExpression(u"coalesced: asked (\\d+), passed on (\\d+)"_s).match(err);
        REQUIRE(m.hasMatch());
        const qint64 asked = m.captured(1).toLongLong(), passedOn = m.captured(2).toLongLong();
        CHECK(asked >= 5 * 50);         // a registration asks for a hundred writes or so
        CHECK(passedOn * 2 < asked);    // most of them merged
        Database db(office.path);
        CHECK(db.dialect().fullCheck(db).ok);
        CHECK(SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong() == 5);
    }
    killWhileRegistering(25, true);
}

TEST_CASE("A client killed mid-transaction leaves nothing half-written, the write lock free and "
          "no gap in the agenda numbers",
          "[robustness][multiprocess][crash]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"sebelum"_s), office.clock.now());
    auto count = [&](Database &db) {
        return SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
    };

    // A client with a registration written whole inside its open transaction, then killed;
    // also through the coalescing VFS, its journal's last writes still in its memory.
    const bool coalesce = GENERATE(false, true);
    INFO("coalescing VFS: " << coalesce);
    QProcess p;
    p.setProcessEnvironment(workerEnvironment(coalesce));
    p.start(QStringLiteral(ADUAN_TEST_WORKER),
            {u"hang-in-registration"_s, office.path, QString::number(office.rina),
             u"2026-03-02T02:00:00Z"_s});
    REQUIRE(p.waitForStarted(10000));
    const QDeadlineTimer bound(30000); // a bound for a failure, not a time the test relies on
    while (!p.canReadLine() && p.state() == QProcess::Running && !bound.hasExpired())
        p.waitForReadyRead(100);
    const QByteArray line = p.readLine().trimmed();
    INFO(line.toStdString() << " / " << p.readAllStandardError().toStdString());
    REQUIRE(line.startsWith("inside "));
    const QString killedNumber = QString::fromUtf8(line.split(' ').at(2));
    // Meanwhile it holds the write lock, and nothing of it can be seen.
    CHECK(office.db->writeWouldWait());
    CHECK(count(*office.db) == 1);
    p.kill(); // SIGKILL: no rollback of its own, no goodbye to the server
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::CrashExit);

    // Another writer gets the lock within one wait of the busy timeout (one attempt, no retry;
    // far below the server's 60 s for a client idle in a transaction): the lock went with the
    // client. Its registration takes the number the killed one had: no gap.
    OpenOptions once;
    once.writeAttempts = 1;
    Database writer(office.path, once);
    const Registration next = Workflow(writer, office.clock)
                                  .registerComplaint(office.rina, test::walkIn(u"sesudah"_s),
                                                     office.clock.now());
    CHECK(next.agendaNumber == killedNumber);
    CHECK(count(writer) == 2);
    CHECK(SqlQuery(writer, u"SELECT MAX(agenda_seq) FROM complaint"_s).scalar().toLongLong() == 2);
    CHECK(SqlQuery(writer, u"SELECT COUNT(*) FROM complaint WHERE subject = 'Terputus'"_s)
              .scalar()
              .toLongLong()
          == 0);
    CHECK(writer.dialect().fullCheck(writer).ok);
    const AuditVerification chain = AuditLog(writer).verify();
    INFO(chain.problem.toStdString());
    CHECK(chain.ok);
}
