// The SKM's paper (issue 20): the blank questionnaire carries the complaint's number, every
// element's question and its four answers, on A4 and F4; the report prints the core's figures,
// the grade in words and the head's signature block.
#include "catch_qt.h"
#include "pdftext.h"
#include "printfixtures.h"

#include "skm/questionnaire.h"
#include "skm/skmprint.h"
#include "skm/skmreport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::printtest;

TEST_CASE("The blank SKM questionnaire: the complaint's number, each question and its answers",
          "[print][skm]")
{
    const SkmQuestionnaire q = SkmQuestionnaire::builtIn();
    for (forms::PaperSize paper : {forms::PaperSize::A4, forms::PaperSize::F4}) {
        PdfFolder folder;
        forms::FormDocument sheet =
            forms::skmQuestionnaireDocument(q, u"0001/ADUAN/III/2026"_s, context(paper));
        const QString text = pdfFlatText(folder.write(sheet, u"kuesioner"_s));
        CHECK(text.contains(u"KUESIONER SURVEI KEPUASAN MASYARAKAT"_s));
        CHECK(text.contains(u"Nomor Aduan: 0001/ADUAN/III/2026"_s));
        CHECK(text.contains(office().officeName));
        for (const SkmElement &e : q.elements) {
            INFO(e.code.toStdString());
            CHECK(text.contains(e.name));
            for (const QString &answer : e.answers)
                CHECK(text.contains(answer));
        }
        CHECK(text.contains(u"Laki-laki"_s));
    }
}

TEST_CASE("The printed SKM report: the core's figures, the grade in words, the head's signature",
          "[print][skm]")
{
    SkmReport report;
    report.from = QDate(2026, 1, 1);
    report.to = QDate(2026, 6, 30);
    report.generatedAt = wib(2026, 7, 1, 9, 0);
    report.served = 120;
    report.recommendedSample = krejcieMorganSample(120);
    const SkmQuestionnaire q = SkmQuestionnaire::builtIn();
    QList<SkmAnswers> answers;
    for (const QList<int> &row : QList<QList<int>>{{4, 4, 3, 4, 4, 4, 4, 3, 3},
                                                   {4, 3, 3, 4, 4, 4, 4, 4, 3}}) {
        SkmAnswers a;
        for (int e = 0; e < row.size(); ++e)
            a.insert(u"U%1"_s.arg(e + 1), row.at(e));
        answers << a;
    }
    SkmSection section{q, computeSkm(q, answers), {}, {}, {}, {}};
    report.respondents = section.result.respondents;
    report.sections << section;
    PdfFolder folder;
    forms::FormDocument doc = forms::skmReportDocument(report, context());
    const QString text = pdfFlatText(folder.write(doc, u"laporan-skm"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"LAPORAN SURVEI KEPUASAN MASYARAKAT"_s));
    CHECK(text.contains(u"Periode: Januari–Juni 2026"_s));
    // A label and its value as pdftotext lays them out: the space before ':' depends on the
    // font (print_tests_fallback_font prints with another one); the label stays on one line.
    const auto labelled = [&](const QString &label, const QString &value) {
        const QString pattern = QRegularExpression::escape(label);
        return text.contains(QRegularExpression(pattern + u"\\s*:\\s*"_s
                                                + QRegularExpression::escape(value)));
    };
    CHECK(labelled(u"Sampel minimal (Krejcie-Morgan)"_s, u"92"_s));
    CHECK(text.contains(u"(kurang dari sampel minimal)"_s));
    CHECK(labelled(u"Nilai SKM (IKM x 25)"_s, skmDecimal(section.result.valueHundredths)));
    CHECK(text.contains(skmGradeLetter(section.result.grade) + u" ("_s
                        + skmGradeMeaning(section.result.grade) + u')'));
    CHECK(text.contains(office().headName));
}
