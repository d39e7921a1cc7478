// A separate process that writes to a test database, for the multi-process tests:
//   aduan_test_worker register PATH USER_ID COUNT START_EPOCH_MS CLOCK_ISO
// waits until START_EPOCH_MS (wall clock) so that all workers start together, then registers
// COUNT complaints as USER_ID with a clock fixed at CLOCK_ISO, printing "ok ID NUMBER" after
// each registration has returned (so a parent knows what was committed), or "error CODE".
#include "storage/database.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace aduan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7 || args.at(1) != u"register"_s) {
        std::fprintf(stderr, "usage: aduan_test_worker register PATH USER_ID COUNT START_MS CLOCK_ISO\n");
        return 2;
    }
    const QString path = args.at(2);
    const qint64 userId = args.at(3).toLongLong();
    const int count = args.at(4).toInt();
    const qint64 startMs = args.at(5).toLongLong();
    ManualClock clock(QDateTime::fromString(args.at(6), Qt::ISODate));
    while (QDateTime::currentMSecsSinceEpoch() < startMs)
        QThread::msleep(1);
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
