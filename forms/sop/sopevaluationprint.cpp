#include "sop/sopevaluationprint.h"

#include "document/formbuilder.h"
#include "recap/sopevaluation.h"
#include "util/indonesian.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

FormDocument sopEvaluationDocument(const SopEvaluation &evaluation, const PrintContext &context)
{
    const QString period = u"%1 s.d. %2"_s.arg(dateOnly(evaluation.from), dateOnly(evaluation.to));
    FormDocument document(context.landscape(), u"Evaluasi SOP "_s + period,
                          {u"Evaluasi SOP "_s + period, context.printedLine(), true});
    FormBuilder form(document.text(), document.pageSetup());
    form.letterhead(context.office);
    form.title(u"EVALUASI SOP PENYALURAN PENGADUAN MASYARAKAT"_s, u"Periode: "_s + period);

    const QList<QStringList> table = sopEvaluationTable(evaluation);
    QList<QStringList> steps, reasons;
    for (const QStringList &row : table.mid(1))
        (row.at(0) == u"Alasan penyimpangan"_s ? reasons : steps) << row;
    const QList<int> widths{7, 33, 9, 8, 13, 9, 10, 11};
    QList<QTextLength> lengths;
    for (int w : widths)
        lengths << QTextLength(QTextLength::PercentageLength, w);
    QTextTable *grid = form.grid(table.at(0), lengths, int(steps.size()));
    for (int r = 0; r < steps.size(); ++r) {
        for (int c = 0; c < steps.at(r).size(); ++c) {
            FormBuilder::setCell(grid, r + 1, c, steps.at(r).at(c), false,
                                 c == 1 ? Qt::AlignLeft : Qt::AlignRight);
        }
    }
    form.finishGrid();

    form.heading(u"Penyimpangan menurut alasannya"_s);
    if (reasons.isEmpty()) {
        form.paragraph(u"Tidak ada penyimpangan dalam periode ini."_s);
    } else {
        QTextTable *byReason = form.grid(
            {u"Alasan"_s, u"Jumlah"_s, u"Langkah"_s, u"No. Aduan"_s},
            {QTextLength(QTextLength::PercentageLength, 45),
             QTextLength(QTextLength::PercentageLength, 10),
             QTextLength(QTextLength::PercentageLength, 15),
             QTextLength(QTextLength::PercentageLength, 30)},
            int(reasons.size()));
        for (int r = 0; r < reasons.size(); ++r) {
            const QStringList &row = reasons.at(r);
            FormBuilder::setCell(byReason, r + 1, 0, row.at(1));
            FormBuilder::setCell(byReason, r + 1, 1, row.at(3), false, Qt::AlignRight);
            FormBuilder::setCell(byReason, r + 1, 2, row.at(6));
            FormBuilder::setCell(byReason, r + 1, 3, row.at(7));
        }
        form.finishGrid();
    }
    QStringList late;
    for (int n : evaluation.lateMostOften)
        late << QString::number(n);
    form.paragraph(u"Langkah yang paling sering terlambat: "_s
                   + (late.isEmpty() ? u"tidak ada"_s : late.join(u", "_s)) + u'.');
    return document;
}

} // namespace aduan::forms
