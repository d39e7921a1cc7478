#include "recap/recapprint.h"

#include "document/complaintview.h"
#include "document/formbuilder.h"
#include "export/recaptable.h"
#include "recap/recap.h"
#include "util/indonesian.h"
#include "workflow/stepclock.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

QString periodText(const PeriodRecap &p)
{
    if (p.from.day() == 1 && p.to == p.from.addMonths(1).addDays(-1))
        return u"%1 %2"_s.arg(monthName(p.from.month())).arg(p.from.year());
    return u"%1 s.d. %2"_s.arg(dateOnly(p.from), dateOnly(p.to));
}

} // namespace

FormDocument recapDocument(const MonthlyRecap &recap, const PrintContext &context)
{
    const QString period = periodText(recap.current);
    FormDocument document(context.portrait(), u"Rekapitulasi Pengaduan "_s + period,
                          {u"Rekapitulasi Pengaduan "_s + period, context.printedLine(), true});
    FormBuilder form(document.text(), document.pageSetup());
    form.letterhead(context.office);
    form.title(u"REKAPITULASI PENGADUAN MASYARAKAT"_s, u"Periode: "_s + period);

    // The figures, with the previous period side by side (deviations are listed below).
    QList<QStringList> rows;
    for (const QStringList &row : recapTable(recap).mid(1)) {
        if (row.at(0) != u"Penyimpangan"_s && row.at(0) != u"Jejak audit"_s)
            rows << row;
    }
    QTextTable *table = form.grid({u"Bagian"_s, u"Uraian"_s, period, periodText(recap.previous)},
                                  {QTextLength(QTextLength::PercentageLength, 30),
                                   QTextLength(QTextLength::PercentageLength, 40),
                                   QTextLength(QTextLength::PercentageLength, 15),
                                   QTextLength(QTextLength::PercentageLength, 15)},
                                  int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const bool sameSection = r > 0 && rows.at(r - 1).at(0) == row.at(0);
        FormBuilder::setCell(table, r + 1, 0, sameSection ? QString() : row.at(0));
        FormBuilder::setCell(table, r + 1, 1, row.at(1));
        FormBuilder::setCell(table, r + 1, 2, row.at(2), false, Qt::AlignRight);
        FormBuilder::setCell(table, r + 1, 3, row.at(3), false, Qt::AlignRight);
    }
    form.finishGrid();

    form.heading(u"Penyimpangan dari mutu baku waktu dan alasannya"_s);
    const QList<DeviationLine> &deviations = recap.current.deviations;
    if (deviations.isEmpty()) {
        form.paragraph(u"Tidak ada penyimpangan."_s);
    } else {
        QStringList numbers;
        for (const DeviationLine &d : deviations)
            numbers << d.agendaNumber;
        QTextTable *dev = form.grid({u"No. Aduan"_s, u"Langkah"_s, u"Waktu / target"_s,
                                     u"Alasan penyimpangan"_s, u"Pelaksana"_s},
                                    form.columnWidths({{22, numbers},
                                                       {9, {u"Langkah"_s}, true},
                                                       {19, {}},
                                                       {32, {}},
                                                       {18, {}}}),
                                    int(deviations.size()));
        for (int i = 0; i < deviations.size(); ++i) {
            const DeviationLine &d = deviations.at(i);
            FormBuilder::setCell(dev, i + 1, 0, d.agendaNumber);
            FormBuilder::setCell(dev, i + 1, 1, QString::number(d.stepNumber), false, Qt::AlignHCenter);
            FormBuilder::setCell(dev, i + 1, 2, u"%1 / %2 mnt"_s.arg(formatWorkingDuration(d.workedSeconds)).arg(d.targetMinutes));
            FormBuilder::setCell(dev, i + 1, 3, d.reason);
            FormBuilder::setCell(dev, i + 1, 4, d.completedBy);
        }
        form.finishGrid();
    }

    form.paragraph(u"Kepala rantai jejak audit saat rekapitulasi dibuat: "_s + recap.auditHead,
                   Qt::AlignLeft);
    form.signatures({
        Signature{},
        Signature{placeAndDate(context.office, recap.generatedAt, context.zone),
                  {context.office.headTitle + u','},
                  context.office.headName,
                  context.office.headNip},
    });
    return document;
}

} // namespace aduan::forms
