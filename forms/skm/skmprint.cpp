#include "skm/skmprint.h"

#include "document/complaintview.h"
#include "document/formbuilder.h"
#include "skm/questionnaire.h"
#include "skm/skmreport.h"
#include "util/indonesian.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

/// A box to tick, its spaces unbreakable so that it never wraps away from its answer.
const QString kBox = u"[\u00A0\u00A0\u00A0]"_s;

/// "[   ] option" choices for a profile question, each kept on one line.
QString boxes(const QStringList &options)
{
    QStringList choices;
    for (const QString &option : options)
        choices << kBox + QChar(0x00A0) + QString(option).replace(u' ', QChar(0x00A0));
    return choices.join(u"    "_s);
}

void profileGrid(FormBuilder &form, const QString &heading, const SkmProfileCounts &counts,
                 int respondents)
{
    QTextTable *table = form.grid({heading, u"Jumlah"_s, u"Persen"_s},
                                  {QTextLength(QTextLength::PercentageLength, 60),
                                   QTextLength(QTextLength::PercentageLength, 20),
                                   QTextLength(QTextLength::PercentageLength, 20)},
                                  int(counts.size()));
    for (int i = 0; i < counts.size(); ++i) {
        const auto &[option, n] = counts.at(i);
        FormBuilder::setCell(table, i + 1, 0, option);
        FormBuilder::setCell(table, i + 1, 1, QString::number(n), false, Qt::AlignRight);
        FormBuilder::setCell(table, i + 1, 2,
                             respondents > 0 ? skmDecimal(100.0 * n / respondents, 1) + u" %"_s
                                             : u"-"_s,
                             false, Qt::AlignRight);
    }
    form.finishGrid();
}

} // namespace

FormDocument skmQuestionnaireDocument(const SkmQuestionnaire &questionnaire,
                                      const QString &agendaNumber, const PrintContext &context)
{
    const QString title = u"Kuesioner Survei Kepuasan Masyarakat "_s + agendaNumber;
    FormDocument document(context.portrait(), title, {title, context.printedLine(), true});
    FormBuilder form(document.text(), document.pageSetup());
    form.letterhead(context.office);
    form.title(u"KUESIONER SURVEI KEPUASAN MASYARAKAT"_s, u"Nomor Aduan: "_s + agendaNumber);
    form.paragraph(u"Layanan: "_s + (questionnaire.service.isEmpty() ? u"Penyaluran Pengaduan "
                                                                       "Masyarakat"_s
                                                                     : questionnaire.service),
                   Qt::AlignLeft);
    form.paragraph(u"Mohon Saudara memberi tanda pada satu jawaban untuk setiap pertanyaan. "
                   "Jangan menulis nama atau identitas. Jawaban Saudara dicatat tanpa nama dan "
                   "tidak dihubungkan dengan pengaduan Saudara; laporan hanya memuat jumlah dan "
                   "rata-rata."_s);
    form.heading(u"Profil responden"_s);
    form.fields({{u"Umur"_s, boxes(questionnaire.ageGroups)},
                 {u"Jenis kelamin"_s, boxes(questionnaire.sexes)},
                 {u"Pendidikan"_s, boxes(questionnaire.educations)},
                 {u"Pekerjaan"_s, boxes(questionnaire.occupations)}},
                30.0);
    form.heading(u"Pendapat responden tentang pelayanan"_s);
    QTextTable *table = form.grid({u"No."_s, u"Pertanyaan"_s, u"Jawaban"_s},
                                  {QTextLength(QTextLength::PercentageLength, 7),
                                   QTextLength(QTextLength::PercentageLength, 53),
                                   QTextLength(QTextLength::PercentageLength, 40)},
                                  int(questionnaire.elements.size()));
    for (int i = 0; i < questionnaire.elements.size(); ++i) {
        const SkmElement &e = questionnaire.elements.at(i);
        FormBuilder::setCell(table, i + 1, 0, QString::number(i + 1), false, Qt::AlignHCenter);
        FormBuilder::setCell(table, i + 1, 1, e.name, true);
        FormBuilder::appendToCell(table, i + 1, 1, e.question);
        QStringList answers;
        for (int a = 0; a < e.answers.size(); ++a)
            answers << u"%1 %2. %3"_s.arg(kBox, QChar(u'a' + a), e.answers.at(a));
        FormBuilder::setCell(table, i + 1, 2, answers.join(u'\n'));
    }
    form.finishGrid();
    form.paragraph(u"Terima kasih atas kesediaan Saudara mengisi kuesioner ini. Kuesioner versi "_s
                       + questionnaire.version + u"; "_s + questionnaire.source + u'.',
                   Qt::AlignLeft, false, 8);
    return document;
}

FormDocument skmReportDocument(const SkmReport &report, const PrintContext &context)
{
    const QString period = report.periodText();
    const QString title = u"Laporan Survei Kepuasan Masyarakat "_s + period;
    FormDocument document(context.portrait(), title, {title, context.printedLine(), true});
    FormBuilder form(document.text(), document.pageSetup());
    form.letterhead(context.office);
    form.title(u"LAPORAN SURVEI KEPUASAN MASYARAKAT"_s, u"Periode: "_s + period);
    form.fields({{u"Layanan"_s, u"Penyaluran Pengaduan Masyarakat"_s},
                 {u"Pengaduan selesai disampaikan"_s, formatNumber(report.served)},
                 {u"Sampel minimal (Krejcie-Morgan)"_s, formatNumber(report.recommendedSample)},
                 {u"Responden"_s,
                  formatNumber(report.respondents)
                      + (report.respondents < report.recommendedSample
                             ? u" (kurang dari sampel minimal)"_s
                             : QString())},
                 {u"Menolak mengisi"_s, formatNumber(report.declined)}},
                70.0); // "Sampel minimal (Krejcie-Morgan)" on one line in every sans font

    if (report.sections.isEmpty())
        form.paragraph(u"Belum ada responden pada periode ini."_s);
    for (const SkmSection &section : report.sections) {
        const SkmResult &r = section.result;
        if (report.sections.size() > 1)
            form.heading(u"Kuesioner versi "_s + section.questionnaire.version);
        form.heading(u"Nilai per unsur pelayanan"_s);
        QTextTable *table = form.grid({u"Kode"_s, u"Unsur pelayanan"_s, u"NRR"_s,
                                       u"NRR tertimbang"_s, u"Mutu"_s},
                                      form.columnWidths({{9, {u"Kode"_s}, true},
                                                         {49, {}},
                                                         {13, {u"NRR"_s}, true},
                                                         {18, {u"tertimbang"_s}, true},
                                                         {11, {u"Mutu"_s}, true}}),
                                      int(r.elements.size()));
        for (int i = 0; i < r.elements.size(); ++i) {
            const SkmElementResult &e = r.elements.at(i);
            FormBuilder::setCell(table, i + 1, 0, e.code);
            FormBuilder::setCell(table, i + 1, 1, e.name);
            FormBuilder::setCell(table, i + 1, 2, skmDecimal(e.nrr, 2), false, Qt::AlignRight);
            FormBuilder::setCell(table, i + 1, 3, skmDecimal(e.weightedNrr, 3), false,
                                 Qt::AlignRight);
            FormBuilder::setCell(table, i + 1, 4, skmGradeLetter(e.grade), false, Qt::AlignHCenter);
        }
        form.finishGrid();
        QStringList weakest;
        for (const QString &code : r.weakest) {
            if (const SkmElement *e = section.questionnaire.element(code))
                weakest << code + u' ' + e->name;
        }
        form.fields({{u"Responden"_s, formatNumber(r.respondents)},
                     {u"IKM (indeks 1-4)"_s, skmDecimal(r.index, 2)},
                     {u"Nilai SKM (IKM x 25)"_s, skmDecimal(r.valueHundredths)},
                     {u"Mutu pelayanan"_s,
                      skmGradeLetter(r.grade) + u" ("_s + skmGradeMeaning(r.grade) + u')'},
                     {u"Unsur terendah"_s, weakest.join(u"; "_s)}},
                    60.0);
        form.heading(u"Profil responden"_s);
        profileGrid(form, u"Umur"_s, section.ageGroups, r.respondents);
        profileGrid(form, u"Jenis kelamin"_s, section.sexes, r.respondents);
        profileGrid(form, u"Pendidikan"_s, section.educations, r.respondents);
        profileGrid(form, u"Pekerjaan"_s, section.occupations, r.respondents);
    }
    form.paragraph(u"Metode: Peraturan Menteri PANRB Nomor 14 Tahun 2017; NRR tiap unsur dikali "
                   "bobot 1/jumlah unsur, dijumlahkan menjadi IKM; nilai SKM = IKM x 25, "
                   "dibulatkan dua desimal; mutu menurut tabel konversi (A 88,31-100,00; "
                   "B 76,61-88,30; C 65,00-76,60; D 25,00-64,99)."_s,
                   Qt::AlignLeft, false, 8);
    form.signatures({
        Signature{},
        Signature{placeAndDate(context.office, report.generatedAt, context.zone),
                  {context.office.headTitle + u','},
                  context.office.headName,
                  context.office.headNip},
    });
    return document;
}

} // namespace aduan::forms
