// Agenda numbers: the office's pattern, restarting each January, unique across processes
// writing at once, never reused.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "workflow/agendanumber.h"
#include "workflow/workflow.h"

#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

TEST_CASE("The agenda number pattern", "[numbers]")
{
    const QString pattern = u"{seq:04}/ADUAN/{month_roman}/{year}"_s;
    CHECK(agendanumber::format(pattern, 1, QDate(2026, 3, 2)) == u"0001/ADUAN/III/2026"_s);
    CHECK(agendanumber::format(pattern, 12, QDate(2026, 12, 31)) == u"0012/ADUAN/XII/2026"_s);
    CHECK(agendanumber::format(pattern, 12345, QDate(2026, 4, 1)) == u"12345/ADUAN/IV/2026"_s);
    CHECK(agendanumber::format(u"ADU-{year}-{month:02}-{seq}"_s, 7, QDate(2026, 9, 1))
          == u"ADU-2026-09-7"_s);
    CHECK_THROWS_AS(agendanumber::checkPattern(u"ADUAN/{year}"_s), Error);
    CHECK_THROWS_AS(agendanumber::checkPattern(u"{seq}/{bulan}"_s), Error);
}

TEST_CASE("The sequence restarts each January, in office time", "[numbers]")
{
    test::TestOffice office(wib(2026, 12, 31, 15, 0));
    Workflow wf(*office.db, office.clock);
    ComplaintDraft d;
    d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, {}, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Bantuan"_s;
    d.description = u"-"_s;
    CHECK(wf.registerComplaint(office.rina, d, office.clock.now()).agendaNumber
          == u"0001/ADUAN/XII/2026"_s);
    // 2026-12-31T17:30Z is already 1 January 2027 00:30 in Blitar.
    office.clock.set(QDateTime(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc()));
    CHECK(wf.registerComplaint(office.rina, d, office.clock.now()).agendaNumber
          == u"0001/ADUAN/I/2027"_s);
}

TEST_CASE("4 processes registering 100 complaints each at the same moment", "[numbers][multiprocess]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Administration admin(*office.db, office.clock);
    QList<qint64> officers;
    for (int i = 1; i <= 4; ++i) {
        User u;
        u.username = u"petugas%1"_s.arg(i);
        u.fullName = u"Petugas %1"_s.arg(i);
        u.roles = {Role::Officer};
        officers << admin.createUser(office.admin, u, u"rahasia123"_s);
    }
    office.db.reset();

    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1500;
    QList<QProcess *> workers;
    for (qint64 officer : officers) {
        auto *p = new QProcess;
        p->start(QStringLiteral(ADUAN_TEST_WORKER),
                 {u"register"_s, office.path, QString::number(officer), u"100"_s,
                  QString::number(start), u"2026-03-02T02:00:00Z"_s});
        workers << p;
    }
    QMap<qint64, QString> reported; // complaint id -> number, from the workers' output
    QMap<qint64, qint64> reporter;  // complaint id -> the worker's user
    for (int i = 0; i < workers.size(); ++i) {
        QProcess *p = workers[i];
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 0);
        const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            INFO(line.toStdString());
            REQUIRE(line.startsWith(u"ok "_s)); // no busy error ever reached a caller
            const QStringList parts = line.split(u' ');
            reported.insert(parts.at(1).toLongLong(), parts.at(2));
            reporter.insert(parts.at(1).toLongLong(), officers.at(i));
        }
        delete p;
    }
    REQUIRE(reported.size() == 400);

    Database db(office.path);
    SqlQuery q(db, u"SELECT id, agenda_number, agenda_seq, created_by FROM complaint ORDER BY agenda_seq"_s);
    q.exec();
    int expectedSeq = 1;
    while (q.next()) {
        const qint64 id = q.integer(u"id"_s);
        CHECK(q.integer(u"agenda_seq"_s) == expectedSeq);
        CHECK(q.text(u"agenda_number"_s) == u"%1/ADUAN/III/2026"_s.arg(expectedSeq, 4, 10, QChar(u'0')));
        CHECK(reported.value(id) == q.text(u"agenda_number"_s));
        CHECK(reporter.value(id) == q.integer(u"created_by"_s));
        ++expectedSeq;
    }
    CHECK(expectedSeq == 401);
    // The store's own full check (SQLite: integrity_check and foreign_key_check).
    CHECK(db.dialect().fullCheck(db).ok);
}
