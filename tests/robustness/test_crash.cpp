// Crash safety: a process registering complaints is killed (SIGKILL, no chance to clean up) at
// random moments; the file stays sound and nothing reported as saved is lost.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

TEST_CASE("A writer killed at random moments 50 times loses nothing it reported as saved",
          "[robustness][multiprocess][crash]")
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
    for (int round = 0; round < 50; ++round) {
        QProcess p;
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
    CHECK(stored <= saved.size() + 50);
    // Numbers without gaps, and the audit chain intact.
    CHECK(SqlQuery(db, u"SELECT MAX(agenda_seq) FROM complaint"_s).scalar().toLongLong() == stored);
    const AuditVerification chain = AuditLog(db).verify();
    INFO(chain.problem.toStdString());
    CHECK(chain.ok);
    CHECK(killedWhileWorking >= 25); // at least every other kill hit a registering process
    WARN("figures, crash: 50 kills, " << saved.size() << " registrations reported, " << stored
                             << " stored, " << killedWhileWorking
                             << " kills during registrations, " << killMs << " ms");
}
