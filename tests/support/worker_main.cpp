// A separate process that works on a test database, for the multi-process tests. Modes:
//
//   aduan_test_worker register PATH USER_ID COUNT START_EPOCH_MS CLOCK_ISO
//     waits until START_EPOCH_MS (wall clock) so that all workers start together, then registers
//     COUNT complaints as USER_ID with a clock fixed at CLOCK_ISO, printing "ok ID NUMBER" after
//     each registration has returned (so a parent knows what was committed; stdout is flushed
//     after every line), or "error CODE MESSAGE".
//
//   aduan_test_worker mixed PATH WORKER SEED COUNT START_EPOCH_MS CLOCK_ISO RINA DEWI HENDRA AGUS
//     COUNT random operations on the newest open complaints, which the other workers work on at
//     the same moment: register (as RINA), the open step (report as DEWI, dispose as HENDRA,
//     decide as AGUS, convey as RINA) and amend (as RINA or DEWI, a new subject), each with the
//     row version read a moment earlier. Prints one line per operation:
//       ok register ID NUMBER
//       ok|conflict step ID VERSION STEP_NO
//       ok|conflict amend ID VERSION SUBJECT
//       error OP CODE MESSAGE          (anything else: a test failure)
//
//   aduan_test_worker hold-lock PATH
//     takes SQLite's exclusive lock on PATH (BEGIN EXCLUSIVE, as another program would), prints
//     "locked", holds it until a line or end of file arrives on stdin, then prints "released".
//
//   aduan_test_worker hang-in-registration PATH USER_ID CLOCK_ISO
//     opens a write transaction, registers one complaint in it as USER_ID (every row of it
//     written, nothing committed), prints "inside ID NUMBER" and waits for a line on stdin (the
//     test kills it meanwhile); given a line, it commits and prints "committed".
//
//   aduan_test_worker probe PATH USER_ID
//     when running as root, first becomes the unprivileged user 65534 (nobody), because root
//     ignores file permissions; then opens PATH and prints "open READONLY REASON" or
//     "open-error CODE MESSAGE", then tries to register a complaint as USER_ID and prints
//     "write-ok ID" or "write-error CODE MESSAGE". Prints "skip REASON" when it cannot drop
//     root's privileges, or when the test's own folder (the parent of PATH's folder, which the
//     test opens to everyone) cannot be reached as that user: a folder above it is closed to
//     other users (a chroot made with mktemp -d has a root folder of mode 0700), and then what
//     the product says about PATH would say nothing about the product.
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/sqlite/coalescingvfs.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <grp.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\n', u' ');
    return out;
}

QString errorLine(const QString &prefix, const Error &e)
{
    QString line = prefix;
    line += u' ';
    line += Error::codeName(e.code());
    line += u' ';
    line += oneLine(e.message());
    return line;
}

void waitUntil(qint64 startMs)
{
    while (QDateTime::currentMSecsSinceEpoch() < startMs)
        QThread::msleep(1);
}

ComplaintDraft draft(const QString &subject)
{
    ComplaintDraft d;
    d.complainant = Complainant{u"Pengadu Uji"_s, {}, Gender::Unknown, {}, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = subject;
    d.description = u"Uji beberapa proses sekaligus."_s;
    return d;
}

int runRegister(const QStringList &args)
{
    if (args.size() < 7) {
        std::fprintf(stderr, "usage: aduan_test_worker register PATH USER_ID COUNT START_MS CLOCK_ISO\n");
        return 2;
    }
    const QString path = args.at(2);
    const qint64 userId = args.at(3).toLongLong();
    const int count = args.at(4).toInt();
    const qint64 startMs = args.at(5).toLongLong();
    ManualClock clock(QDateTime::fromString(args.at(6), Qt::ISODate));
    waitUntil(startMs);
    try {
        OpenOptions options;
        options.writeAttempts = 50;
        Database db(path, options);
        Workflow workflow(db, clock);
        for (int i = 0; i < count; ++i) {
            ComplaintDraft d;
            d.complainant = Complainant{u"Pengadu %1-%2"_s.arg(userId).arg(i), {}, Gender::Unknown,
                                        {}, {}};
            d.requirements.insert(u"identity_card"_s, {true, {}});
            d.requirements.insert(u"evidence"_s, {true, {}});
            d.subject = u"Aduan %1 dari proses %2"_s.arg(i).arg(userId);
            d.description = u"Uji beberapa proses sekaligus."_s;
            try {
                const Registration r = workflow.registerComplaint(userId, d, clock.now());
                std::printf("ok %lld %s\n", r.complaintId, r.agendaNumber.toUtf8().constData());
            } catch (const Error &e) {
                std::printf("error %s %s\n", Error::codeName(e.code()).toUtf8().constData(),
                            e.message().toUtf8().constData());
            }
            std::fflush(stdout);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

struct OpenComplaint {
    qint64 id = 0;
    int version = 0;
    int step = 0;
};

int runMixed(const QStringList &args)
{
    if (args.size() < 12) {
        std::fprintf(stderr, "usage: aduan_test_worker mixed PATH WORKER SEED COUNT START_MS "
                             "CLOCK_ISO RINA DEWI HENDRA AGUS\n");
        return 2;
    }
    const QString path = args.at(2);
    const int worker = args.at(3).toInt();
    QRandomGenerator random(args.at(4).toUInt());
    const int count = args.at(5).toInt();
    const qint64 startMs = args.at(6).toLongLong();
    ManualClock clock(QDateTime::fromString(args.at(7), Qt::ISODate));
    const qint64 rina = args.at(8).toLongLong();
    const qint64 dewi = args.at(9).toLongLong();
    const qint64 hendra = args.at(10).toLongLong();
    const qint64 agus = args.at(11).toLongLong();

    OpenOptions options;
    options.busyTimeoutMs = 5000;
    options.writeAttempts = 50;
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path, options);
    } catch (const Error &e) {
        say(errorLine(u"error open"_s, e));
        return 1;
    }
    Workflow workflow(*db, clock);
    DispositionInput disposition;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    DecisionInput decision;
    decision.attendees = {u"Agus"_s, u"Lina"_s};
    decision.discussion = u"Pembahasan tim."_s;
    decision.decision = u"Ditindaklanjuti."_s;
    const ResolutionReportInput report{u"telepon"_s, u"Hasil disampaikan."_s, u"Menerima"_s};

    // The newest open complaints: every worker picks among the same few, so edits collide.
    auto openComplaints = [&] {
        QList<OpenComplaint> out;
        db->read([&] {
            out.clear();
            SqlQuery q(*db, u"SELECT c.id, c.row_version, s.step_no FROM complaint c "
                            "JOIN step_record s ON s.complaint_id = c.id AND s.completed_at IS NULL "
                            "WHERE c.voided_at IS NULL ORDER BY c.id DESC LIMIT 6"_s);
            q.exec();
            while (q.next()) {
                out << OpenComplaint{q.integer(u"id"_s), int(q.integer(u"row_version"_s)),
                                     int(q.integer(u"step_no"_s))};
            }
        });
        return out;
    };

    waitUntil(startMs);
    for (int i = 0; i < count; ++i) {
        QList<OpenComplaint> pool;
        for (int attempt = 0;; ++attempt) {
            try {
                pool = openComplaints();
                break;
            } catch (const Error &e) {
                // The test's own look-up, not an operation: try again on busy.
                if (e.code() != Error::Code::Busy || attempt >= 20) {
                    say(errorLine(u"error read"_s, e));
                    return 1;
                }
            }
        }
        const int dice = int(random.bounded(100));
        if (pool.isEmpty() || dice < 25) {
            try {
                const Registration r = workflow.registerComplaint(
                    rina, draft(u"Aduan %1-%2"_s.arg(worker).arg(i)), clock.now());
                say(u"ok register %1 %2"_s.arg(r.complaintId).arg(r.agendaNumber));
            } catch (const Error &e) {
                say(errorLine(u"error register"_s, e));
            }
            continue;
        }
        const OpenComplaint target = pool.at(int(random.bounded(qsizetype(pool.size()))));
        const ComplaintRef ref(target.id, target.version);
        // The user looks at the complaint for a moment before saving.
        QThread::usleep(random.bounded(4000));
        if (dice < 65) {
            const QString done = u"step %1 %2 %3"_s.arg(target.id).arg(target.version).arg(target.step);
            try {
                switch (target.step) {
                case 2:
                    workflow.reportToHead(dewi, ref);
                    break;
                case 3:
                    workflow.dispose(hendra, ref, disposition);
                    break;
                case 4: {
                    DecisionInput d = decision;
                    d.meetingAt = clock.now();
                    workflow.decide(agus, ref, d);
                    break;
                }
                case 5:
                    workflow.conveyResult(rina, ref, report);
                    break;
                default:
                    say(u"error step unexpected step %1"_s.arg(target.step));
                    continue;
                }
                say(u"ok "_s + done);
            } catch (const Error &e) {
                if (e.code() == Error::Code::Conflict)
                    say(u"conflict "_s + done);
                else
                    say(errorLine(u"error "_s + done, e));
            }
        } else {
            const QString subject = u"ubah-%1-%2"_s.arg(worker).arg(i);
            const QString done = u"amend %1 %2 %3"_s.arg(target.id).arg(target.version).arg(subject);
            try {
                workflow.amend(random.bounded(2) ? rina : dewi, ref, draft(subject));
                say(u"ok "_s + done);
            } catch (const Error &e) {
                if (e.code() == Error::Code::Conflict)
                    say(u"conflict "_s + done);
                else
                    say(errorLine(u"error "_s + done, e));
            }
        }
    }
    return 0;
}

int runHoldLock(const QStringList &args)
{
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: aduan_test_worker hold-lock PATH\n");
        return 2;
    }
#if defined(Q_OS_UNIX)
    alarm(120); // never outlive a test that forgot to release
#endif
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        db.setDatabaseName(args.at(2));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(u"BEGIN EXCLUSIVE"_s)) {
            say(u"error "_s + oneLine(db.isOpen() ? q.lastError().text() : db.lastError().text()));
            code = 1;
        } else {
            say(u"locked"_s);
            char line[64];
            (void)std::fgets(line, sizeof line, stdin);
            q.exec(u"ROLLBACK"_s);
            q.finish();
            db.close();
            say(u"released"_s);
        }
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    return code;
}

int runHangInRegistration(const QStringList &args)
{
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: aduan_test_worker hang-in-registration PATH USER_ID CLOCK_ISO\n");
        return 2;
    }
    ManualClock clock(QDateTime::fromString(args.at(4), Qt::ISODate));
    try {
        Database db(args.at(2));
        Workflow workflow(db, clock);
        db.write([&] {
            const Registration r =
                workflow.registerComplaint(args.at(3).toLongLong(), draft(u"Terputus"_s),
                                           clock.now());
            say(u"inside %1 %2"_s.arg(r.complaintId).arg(r.agendaNumber));
            char line[64];
            (void)std::fgets(line, sizeof line, stdin);
        });
        say(u"committed"_s);
    } catch (const Error &e) {
        say(errorLine(u"error"_s, e));
        return 1;
    }
    return 0;
}

int runProbe(const QStringList &args)
{
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: aduan_test_worker probe PATH USER_ID\n");
        return 2;
    }
#if defined(Q_OS_UNIX)
    if (geteuid() == 0) {
        if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0) {
            say(u"skip cannot become the unprivileged user 65534"_s);
            return 0;
        }
    }
#endif
    const QFileInfo testFolder(QFileInfo(QFileInfo(args.at(2)).absolutePath()).absolutePath());
    if (!QFileInfo(testFolder.absoluteFilePath()).isDir()) {
        say(u"skip the test folder %1 cannot be reached by this user: a folder above it is "
            "closed to other users"_s.arg(testFolder.absoluteFilePath()));
        return 0;
    }
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()));
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(args.at(2));
    } catch (const Error &e) {
        say(errorLine(u"open-error"_s, e));
        return 0;
    }
    say(u"open %1 %2"_s.arg(db->isReadOnly() ? 1 : 0).arg(oneLine(db->readOnlyReason())));
    try {
        const Registration r =
            Workflow(*db, clock).registerComplaint(args.at(3).toLongLong(), draft(u"Uji"_s),
                                                   clock.now());
        say(u"write-ok %1"_s.arg(r.complaintId));
    } catch (const Error &e) {
        say(errorLine(u"write-error"_s, e));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As the test process that started it (catch_main.cpp): through the coalescing VFS, and
    // at the end of a run its counts on stderr ("coalesced: asked N, passed on M").
    const bool coalesce = !qEnvironmentVariableIsEmpty("ADUAN_TEST_COALESCE_WRITES");
    if (coalesce && !CoalescingVfs::install())
        return 3;
    const auto report = qScopeGuard([coalesce] {
        if (coalesce) {
            const CoalescingVfs::Counts n = CoalescingVfs::counts();
            std::fprintf(stderr, "coalesced: asked %lld, passed on %lld\n", n.asked, n.passedOn);
        }
    });
    const QStringList args = app.arguments();
    const QString mode = args.size() > 1 ? args.at(1) : QString();
    if (mode == u"register"_s)
        return runRegister(args);
    if (mode == u"mixed"_s)
        return runMixed(args);
    if (mode == u"hold-lock"_s)
        return runHoldLock(args);
    if (mode == u"probe"_s)
        return runProbe(args);
    if (mode == u"hang-in-registration"_s)
        return runHangInRegistration(args);
    std::fprintf(stderr,
                 "usage: aduan_test_worker register|mixed|hold-lock|hang-in-registration|probe ...\n");
    return 2;
}
