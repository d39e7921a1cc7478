// The derivations written once in the core, as the storage paths use them (issue 15): the gender
// code of the complaint row (engine and bulk writer), the status of a register row against the
// loaded complaint, and the phone search in the stored form.

#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "demo/demogenerator.h"
#include "domain/gender.h"
#include "storage/complaintstore.h"
#include "storage/sqlquery.h"
#include "validation/phone.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

QString storedGender(Database &db, qint64 id)
{
    SqlQuery q(db, u"SELECT complainant_gender FROM complaint WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.scalar().toString();
}

} // namespace

TEST_CASE("The engine and the bulk writer store the gender as genderCode()",
          "[derivation][gender]")
{
    TestOffice office;
    const WalkthroughIds ids = runWalkthroughs(office);
    const ComplaintStore store(*office.db, QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    // Walkthrough A's complainant is a man, B's gender is not stated, C's is a woman.
    const QList<std::pair<qint64, Gender>> expected = {
        {ids.a, Gender::Male}, {ids.b, Gender::Unknown}, {ids.c, Gender::Female}};
    for (const auto &[id, gender] : expected) {
        CHECK(storedGender(*office.db, id) == genderCode(gender));
        const auto loaded = store.load(id, true);
        REQUIRE(loaded);
        REQUIRE(loaded->complainant);
        CHECK(loaded->complainant->gender == gender);
    }


    // The bulk writer, in a database of its own (the generator numbers from 1).
    TestOffice demo;
    DemoOptions options;
    options.complaints = 60;
    options.seed = 15;
    REQUIRE(generateDemoComplaints(*demo.db, options, demo.clock) == 60);
    SqlQuery q(*demo.db, u"SELECT DISTINCT complainant_gender FROM complaint "
                         "WHERE complainant_gender IS NOT NULL ORDER BY complainant_gender"_s);
    q.exec();
    QStringList codes;
    while (q.next())
        codes << q.text(u"complainant_gender"_s);
    CHECK(codes == QStringList{genderCode(Gender::Male), genderCode(Gender::Female)});
}

TEST_CASE("A register row's status is the loaded complaint's status", "[derivation][status]")
{
    TestOffice office;
    DemoOptions options;
    options.complaints = 120;
    options.seed = 15;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) == 120);
    const ComplaintStore store(*office.db, QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    const QList<IntakeBookRow> rows = store.list({}, true, IntakeBookSort::ReceivedAt, true, 0, 500);
    REQUIRE(rows.size() == 120);
    QSet<ComplaintStatus> seen;
    for (const IntakeBookRow &row : rows) {
        const auto loaded = store.load(row.complaintId, true);
        REQUIRE(loaded);
        INFO(row.agendaNumber.toStdString());
        CHECK(row.status == loaded->status());
        CHECK(row.currentStep == (loaded->currentStep() ? loaded->currentStep()->number : 0));
        seen.insert(row.status);
    }
    // Every status occurs, so that each branch of the derivation was compared.
    CHECK(seen.size() == 5);
}

TEST_CASE("A phone search typed as dialled finds the stored number", "[derivation][phone]")
{
    TestOffice office;
    const WalkthroughIds ids = runWalkthroughs(office);
    const ComplaintStore store(*office.db, QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    // Walkthrough B's complainant gave 085712340001, stored as normalizePhone() wrote it.
    const auto b = store.load(ids.b, true);
    REQUIRE(b);
    REQUIRE(b->complainant);
    CHECK(b->complainant->phone == normalizePhone(u"085712340001"_s).normalized);
    for (const QString &typed : {u"0857 1234"_s, u"0857-1234-0001"_s, u"62857123"_s,
                                u"+62 857 1234"_s}) {
        INFO(typed.toStdString());
        IntakeBookFilter filter;
        filter.search = typed;
        QList<qint64> found;
        for (const IntakeBookRow &row : store.list(filter, true))
            found << row.complaintId;
        CHECK(found.contains(ids.b));
    }
}
