// The Survei Kepuasan Masyarakat (issue 20, PermenPANRB 14/2017): the method computed by hand in
// the tests and compared with the program's, the grade on both sides of each boundary of the
// conversion table, the sample table, one survey per complaint, declining, anonymity and
// questionnaire versions kept apart in a period's report.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "export/skmworkbook.h"
#include "skm/skmreport.h"
#include "skm/skmsurvey.h"
#include "storage/skmstore.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

/// Answers for the nine elements U1..U9 from a row of nine scores.
SkmAnswers answersOf(const QList<int> &scores)
{
    SkmAnswers a;
    for (int i = 0; i < scores.size(); ++i)
        a.insert(u"U%1"_s.arg(i + 1), scores.at(i));
    return a;
}

/// The regulation's method written out plainly, in double precision: NRR per element = its
/// total / respondents; IKM = Σ NRR × (1/9); SKM value = IKM × 25, to two decimals.
struct ByHand {
    QList<double> nrr;
    double ikm = 0;
    double value = 0;
    int hundredths = 0;
};

ByHand byHand(const QList<QList<int>> &rows)
{
    ByHand h;
    for (int e = 0; e < 9; ++e) {
        double total = 0;
        for (const QList<int> &row : rows)
            total += row.at(e);
        h.nrr << total / rows.size();
    }
    for (double n : std::as_const(h.nrr))
        h.ikm += n * (1.0 / 9.0);
    h.value = h.ikm * 25;
    h.hundredths = int(std::lround(h.value * 100));
    return h;
}

/// The table's letter for a value in hundredths, written from the table itself.
QString tableGrade(int hundredths)
{
    if (hundredths <= 6499)
        return u"D"_s;
    if (hundredths <= 7660)
        return u"C"_s;
    if (hundredths <= 8830)
        return u"B"_s;
    return u"A"_s;
}

SkmResponseInput desk(const QList<int> &scores)
{
    SkmResponseInput in;
    in.answers = answersOf(scores);
    in.profile = {u"30-39 tahun"_s, u"Perempuan"_s, u"SLTA"_s, u"Wirausaha"_s};
    return in;
}

} // namespace

TEST_CASE("SKM: a hand-computed set of answers gives each NRR, the IKM, the value and the grade",
          "[skm]")
{
    const SkmQuestionnaire q = SkmQuestionnaire::builtIn();
    REQUIRE(q.elements.size() == 9);
    CHECK(q.elements.at(0).name == u"Persyaratan"_s);
    CHECK(q.elements.at(7).name == u"Penanganan pengaduan, saran dan masukan"_s);
    CHECK(q.elements.at(8).name == u"Sarana dan prasarana"_s);

    const QList<QList<int>> rows = {
        {4, 3, 3, 4, 3, 4, 4, 2, 3}, {3, 3, 2, 4, 3, 3, 4, 3, 3}, {4, 4, 3, 4, 4, 4, 4, 3, 2},
        {3, 2, 2, 4, 3, 3, 3, 2, 3}, {4, 3, 3, 4, 3, 4, 4, 3, 3}, {3, 3, 3, 3, 3, 3, 4, 2, 2},
        {4, 4, 4, 4, 4, 4, 4, 3, 3}};
    QList<SkmAnswers> answers;
    for (const QList<int> &row : rows)
        answers << answersOf(row);
    const SkmResult r = computeSkm(q, answers);
    const ByHand h = byHand(rows);

    CHECK(r.respondents == 7);
    REQUIRE(r.elements.size() == 9);
    for (int e = 0; e < 9; ++e) {
        INFO("element U" << e + 1);
        CHECK(r.elements.at(e).nrr == Approx(h.nrr.at(e)).epsilon(1e-12));
        CHECK(r.elements.at(e).weightedNrr == Approx(h.nrr.at(e) / 9).epsilon(1e-12));
    }
    CHECK(r.index == Approx(h.ikm).epsilon(1e-12));
    CHECK(r.valueHundredths == h.hundredths);
    CHECK(skmGradeLetter(r.grade) == tableGrade(h.hundredths));
    // The weakest elements: the lowest hand-computed NRRs, lowest first.
    QList<int> order = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return h.nrr.at(a) < h.nrr.at(b); });
    REQUIRE(r.weakest.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(r.weakest.at(i) == u"U%1"_s.arg(order.at(i) + 1));
    CHECK(skmDecimal(r.valueHundredths)
          == QString::number(h.hundredths / 100.0, 'f', 2).replace(u'.', u','));
}

TEST_CASE("SKM: values on both sides of each grade boundary grade as the conversion table says",
          "[skm]")
{
    // The table: D 25,00–64,99, C 65,00–76,60, B 76,61–88,30, A 88,31–100,00.
    CHECK(skmGradeForValue(2500) == SkmGrade::D);
    CHECK(skmGradeForValue(6499) == SkmGrade::D);
    CHECK(skmGradeForValue(6500) == SkmGrade::C);
    CHECK(skmGradeForValue(7660) == SkmGrade::C);
    CHECK(skmGradeForValue(7661) == SkmGrade::B);
    CHECK(skmGradeForValue(8830) == SkmGrade::B);
    CHECK(skmGradeForValue(8831) == SkmGrade::A);
    CHECK(skmGradeForValue(10000) == SkmGrade::A);
    CHECK(skmGradeMeaning(SkmGrade::A) == u"Sangat baik"_s);
    CHECK(skmGradeMeaning(SkmGrade::D) == u"Tidak baik"_s);

    // Sets of answers whose hand-computed value falls on each side of each boundary: every
    // respondent count up to 60 and every total of scores, spread over the nine elements.
    const SkmQuestionnaire q = SkmQuestionnaire::builtIn();
    const int targets[] = {6499, 6500, 7660, 7661, 8830, 8831};
    for (int target : targets) {
        bool found = false;
        for (int n = 1; n <= 60 && !found; ++n) {
            for (int total = 9 * n; total <= 36 * n && !found; ++total) {
                // total spread as evenly as it goes over n × 9 answers of 1–4
                QList<QList<int>> rows(n, QList<int>(9, 1));
                int left = total - 9 * n;
                for (int round = 0; round < 3 && left > 0; ++round) {
                    for (int i = 0; i < n && left > 0; ++i) {
                        for (int e = 0; e < 9 && left > 0; ++e) {
                            ++rows[i][e];
                            --left;
                        }
                    }
                }
                const ByHand h = byHand(rows);
                if (h.hundredths != target)
                    continue;
                found = true;
                QList<SkmAnswers> answers;
                for (const QList<int> &row : std::as_const(rows))
                    answers << answersOf(row);
                const SkmResult r = computeSkm(q, answers);
                INFO("value " << target << ": " << n << " respondents, total " << total);
                CHECK(r.valueHundredths == target);
                CHECK(skmGradeLetter(r.grade) == tableGrade(target));
            }
        }
        INFO("no answers found for " << target);
        CHECK(found);
    }
}

TEST_CASE("SKM: the regulation's sample table (Krejcie-Morgan)", "[skm]")
{
    CHECK(krejcieMorganSample(0) == 0);
    CHECK(krejcieMorganSample(7) == 7);     // fewer than the table's first row: all of them
    CHECK(krejcieMorganSample(12) == 12);   // row 15 → 14, never more than the population
    CHECK(krejcieMorganSample(100) == 80);
    CHECK(krejcieMorganSample(101) == 86);  // the next row up (110)
    CHECK(krejcieMorganSample(1000) == 278);
    CHECK(krejcieMorganSample(2000000) == 384);
}

TEST_CASE("SKM at the desk: after step 5 only, once per complaint, declining recorded, answers "
          "not linked to the complaint",
          "[skm][walkthrough]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    const test::WalkthroughIds ids = test::runWalkthroughs(office);
    SkmSurvey survey(*office.db, office.clock);

    CHECK(survey.status(ids.a) == SkmStatus::Open);
    // Not an officer: refused, nothing written.
    try {
        survey.record(office.agus, ids.a, desk({4, 4, 4, 4, 4, 4, 4, 4, 4}));
        FAIL("recorded by a team member");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
    }
    // An element left unanswered: Invalid, naming it; nothing written.
    SkmResponseInput incomplete = desk({4, 4, 4, 4, 4, 4, 4, 4, 4});
    incomplete.answers.remove(u"U3"_s);
    try {
        survey.record(office.rina, ids.a, incomplete);
        FAIL("an incomplete questionnaire was saved");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        REQUIRE(e.findings().size() == 1);
        CHECK(e.findings().at(0).field == u"U3"_s);
    }
    CHECK(survey.status(ids.a) == SkmStatus::Open);

    survey.record(office.rina, ids.a, desk({4, 3, 3, 4, 3, 4, 4, 2, 3}));
    CHECK(survey.status(ids.a) == SkmStatus::Answered);
    try {
        survey.record(office.rina, ids.a, desk({1, 1, 1, 1, 1, 1, 1, 1, 1}));
        FAIL("a second survey for one complaint");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Conflict);
    }
    survey.decline(office.rina, ids.b);
    CHECK(survey.status(ids.b) == SkmStatus::Declined);
    try {
        survey.record(office.rina, ids.b, desk({4, 4, 4, 4, 4, 4, 4, 4, 4}));
        FAIL("answers after a refusal");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Conflict);
    }

    // The response's row carries nothing of the complaint or the officer.
    SqlQuery columns(*office.db, u"SELECT * FROM skm_response"_s);
    columns.exec();
    REQUIRE(columns.next());
    const QStringList names = columns.columnNames();
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(name.contains(u"complaint"_s));
        CHECK_FALSE(name.contains(u"user"_s));
        CHECK_FALSE(name.endsWith(u"_by"_s));
        CHECK_FALSE(name.endsWith(u"_at"_s));
    }
    CHECK(columns.text(u"id"_s).size() == 32);
    CHECK_FALSE(columns.next());

    const SkmReport april = buildSkmReport(*office.db, QDate(2026, 4, 1), QDate(2026, 4, 30),
                                           office.clock.now());
    CHECK(april.respondents == 1);
    CHECK(april.declined == 1);
    CHECK(april.served == 1); // C was conveyed on 6 April; A and B in March
    CHECK(april.recommendedSample == 1);
}

TEST_CASE("SKM: responses of another questionnaire version stay with theirs", "[skm][walkthrough]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    const test::WalkthroughIds ids = test::runWalkthroughs(office);
    SkmSurvey survey(*office.db, office.clock);
    // On Monday 6 April the built-in version is in force.
    survey.record(office.rina, ids.a, desk({4, 3, 3, 4, 3, 4, 4, 2, 3}));
    survey.record(office.rina, ids.b, desk({3, 3, 2, 4, 3, 3, 4, 3, 3}));

    // The office words its own version, in force from Tuesday 7 April, with four elements.
    QByteArray json = R"({"version": "Kantor-2026", "title": "SKM", "effective_from": "2026-04-07",
        "elements": [
          {"code": "K1", "name": "Kemudahan", "question": "Mudahkah?", "answers": ["a","b","c","d"]},
          {"code": "K2", "name": "Kecepatan", "question": "Cepatkah?", "answers": ["a","b","c","d"]},
          {"code": "K3", "name": "Keramahan", "question": "Ramahkah?", "answers": ["a","b","c","d"]},
          {"code": "K4", "name": "Kejelasan", "question": "Jelaskah?", "answers": ["a","b","c","d"]}],
        "profile": {"sex": ["Laki-laki", "Perempuan"]}})";
    const SkmQuestionnaire office2026 = SkmQuestionnaire::fromJson(json);
    office.db->write([&] { SkmStore(*office.db).storeQuestionnaire(office2026, office.clock.now()); });
    office.clock.set(wib(2026, 4, 7, 9, 0));
    CHECK(survey.currentQuestionnaire().version == u"Kantor-2026"_s);
    SkmResponseInput c;
    c.answers = {{u"K1"_s, 2}, {u"K2"_s, 3}, {u"K3"_s, 4}, {u"K4"_s, 4}};
    c.profile.sex = u"Laki-laki"_s;
    // The old version's answers no longer fit today's questionnaire.
    try {
        survey.record(office.rina, ids.c, desk({4, 4, 4, 4, 4, 4, 4, 4, 4}));
        FAIL("old version's answers accepted");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
    }
    survey.record(office.rina, ids.c, c);

    const SkmReport report = buildSkmReport(*office.db, QDate(2026, 4, 1), QDate(2026, 4, 30),
                                            office.clock.now());
    CHECK(report.respondents == 3);
    REQUIRE(report.sections.size() == 2);
    const SkmSection &old = report.sections.at(0);
    const SkmSection &now = report.sections.at(1);
    CHECK(old.questionnaire.version == u"PermenPANRB-14-2017"_s);
    CHECK(now.questionnaire.version == u"Kantor-2026"_s);
    CHECK(old.result.respondents == 2);
    CHECK(now.result.respondents == 1);
    const ByHand h = byHand({{4, 3, 3, 4, 3, 4, 4, 2, 3}, {3, 3, 2, 4, 3, 3, 4, 3, 3}});
    CHECK(old.result.valueHundredths == h.hundredths);
    REQUIRE(now.result.elements.size() == 4);
    CHECK(now.result.index == Approx((2 + 3 + 4 + 4) / 4.0));
    CHECK(now.result.valueHundredths == 8125); // (13/4) × 25 = 81,25
    CHECK(report.main() == &old);
    // Profile counted on the section's own options.
    CHECK(now.sexes.at(0) == std::pair<QString, int>(u"Laki-laki"_s, 1));
    CHECK(old.sexes.at(1) == std::pair<QString, int>(u"Perempuan"_s, 2));

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"skm.xlsx"_s);
    exportSkmXlsx(report, xlsx);
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK"); // a zip container, as every XLSX
}
