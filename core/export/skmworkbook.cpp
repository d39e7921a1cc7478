#include "export/skmworkbook.h"

#include "skm/skmreport.h"
#include "util/error.h"
#include "util/indonesian.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

[[noreturn]] void cannotWrite(const QString &path, const QString &why)
{
    throw Error(Error::Code::ReadOnly,
                QCoreApplication::translate("aduan::Export",
                                            "The file %1 cannot be written: %2. Choose another "
                                            "folder.")
                    .arg(QDir::toNativeSeparators(path), why));
}

/// A sheet written row by row.
struct Sheet {
    lxw_worksheet *ws;
    lxw_format *bold;
    lxw_format *decimals;
    lxw_row_t row = 0;

    void text(lxw_col_t col, const QString &value, bool heading = false)
    {
        worksheet_write_string(ws, row, col, value.toUtf8().constData(), heading ? bold : nullptr);
    }
    void number(lxw_col_t col, double value, bool fraction = false)
    {
        worksheet_write_number(ws, row, col, value, fraction ? decimals : nullptr);
    }
    void next(int rows = 1) { row += lxw_row_t(rows); }
};

void writeProfile(Sheet &s, const QString &heading, const SkmProfileCounts &counts)
{
    s.text(0, heading, true);
    s.next();
    for (const auto &[option, n] : counts) {
        s.text(0, option);
        s.number(1, n);
        s.next();
    }
    s.next();
}

} // namespace

void exportSkmXlsx(const SkmReport &report, const QString &path)
{
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        cannotWrite(path, u"libxlsxwriter could not create it"_s);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *decimals = workbook_add_format(workbook);
    format_set_num_format(decimals, "0.0000");
    lxw_format *twoDecimals = workbook_add_format(workbook);
    format_set_num_format(twoDecimals, "0.00");

    Sheet s{workbook_add_worksheet(workbook, "SKM"), bold, decimals};
    worksheet_set_column(s.ws, 0, 0, 42, nullptr);
    worksheet_set_column(s.ws, 1, 6, 14, nullptr);
    s.text(0, u"Survei Kepuasan Masyarakat"_s, true);
    s.next();
    s.text(0, u"Periode"_s);
    s.text(1, report.periodText());
    s.next();
    s.text(0, u"Pengaduan selesai disampaikan (populasi)"_s);
    s.number(1, report.served);
    s.next();
    s.text(0, u"Sampel minimal (Krejcie-Morgan)"_s);
    s.number(1, report.recommendedSample);
    s.next();
    s.text(0, u"Responden"_s);
    s.number(1, report.respondents);
    s.next();
    s.text(0, u"Menolak mengisi"_s);
    s.number(1, report.declined);
    s.next(2);
    for (const SkmSection &section : report.sections) {
        const SkmResult &r = section.result;
        s.text(0, u"Kuesioner versi %1"_s.arg(section.questionnaire.version), true);
        s.next();
        s.text(0, u"Unsur"_s, true);
        s.text(1, u"Kode"_s, true);
        s.text(2, u"Jumlah nilai"_s, true);
        s.text(3, u"Responden"_s, true);
        s.text(4, u"NRR"_s, true);
        s.text(5, u"NRR tertimbang"_s, true);
        s.text(6, u"Mutu"_s, true);
        s.next();
        for (const SkmElementResult &e : r.elements) {
            s.text(0, e.name);
            s.text(1, e.code);
            s.number(2, double(e.total));
            s.number(3, e.answered);
            s.number(4, e.nrr, true);
            s.number(5, e.weightedNrr, true);
            s.text(6, skmGradeLetter(e.grade));
            s.next();
        }
        s.text(0, u"IKM (indeks, 1-4)"_s, true);
        s.number(1, r.index, true);
        s.next();
        s.text(0, u"Nilai SKM (IKM x 25)"_s, true);
        worksheet_write_number(s.ws, s.row, 1, r.valueHundredths / 100.0, twoDecimals);
        s.next();
        s.text(0, u"Mutu pelayanan"_s, true);
        s.text(1, skmGradeLetter(r.grade) + u" ("_s + skmGradeMeaning(r.grade) + u')');
        s.next();
        QStringList weakest;
        for (const QString &code : r.weakest) {
            if (const SkmElement *e = section.questionnaire.element(code))
                weakest << code + u' ' + e->name;
        }
        s.text(0, u"Unsur terendah"_s, true);
        s.text(1, weakest.join(u"; "_s));
        s.next(2);
    }

    Sheet p{workbook_add_worksheet(workbook, "Profil"), bold, decimals};
    worksheet_set_column(p.ws, 0, 0, 30, nullptr);
    for (const SkmSection &section : report.sections) {
        p.text(0, u"Kuesioner versi %1"_s.arg(section.questionnaire.version), true);
        p.next(2);
        writeProfile(p, u"Umur"_s, section.ageGroups);
        writeProfile(p, u"Jenis kelamin"_s, section.sexes);
        writeProfile(p, u"Pendidikan"_s, section.educations);
        writeProfile(p, u"Pekerjaan"_s, section.occupations);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        cannotWrite(path, QString::fromUtf8(lxw_strerror(error)));
}

} // namespace aduan
