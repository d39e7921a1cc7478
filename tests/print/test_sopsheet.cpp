// The SOP sheet (issue 21): the seed's revision printed as the office files it — every text
// field of the seed in the PDF's text, landscape A4 and F4, and the flowchart's symbols with
// their off-page connectors where the procedure runs onto the next page.
#include "sop/sopsheetprint.h"
#include "pdftext.h"
#include "printfixtures.h"

#include "sop/sopdefinition.h"
#include "util/indonesian.h"
#include "validation/nip.h"

#include "catch_qt.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

/// pdfinfo's "Page size: W x H pts" of the first page.
QSizeF firstPageSize(const QString &pdf)
{
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    info.waitForFinished();
    for (const QString &line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
        if (!line.startsWith(u"Page size:"_s))
            continue;
        const QStringList parts = line.simplified().split(u' ');
        return QSizeF(parts.value(2).toDouble(), parts.value(4).toDouble());
    }
    return {};
}

/// The text compared without case and with runs of white space as one space.
QString folded(const QString &text)
{
    return printtest::simplified(text).toCaseFolded();
}

} // namespace

TEST_CASE("The SOP sheet prints every text field of the seed", "[print][sop-sheet]")
{
    const SopDefinition sop = SopDefinition::builtIn();
    printtest::PdfFolder folder;
    for (const forms::PaperSize paper : {forms::PaperSize::A4, forms::PaperSize::F4}) {
        forms::SopSheetPrint print(sop, printtest::context(paper));
        const QString pdf = folder.write(print, u"sop-"_s + forms::paperName(paper));
        const QSizeF size = firstPageSize(pdf);
        CHECK(size.width() > size.height()); // landscape
        const QString text = folded(printtest::pdfFlatText(pdf));

        QStringList fields{sop.office, sop.number, sop.name, sop.approverTitle, sop.approverName,
                           formatNip(sop.approverNip), dateOnly(sop.createdOn),
                           dateOnly(sop.revisedOn), dateOnly(sop.approvedOn)};
        fields << sop.legalBasis << sop.qualifications << sop.related << sop.equipment
               << sop.warnings << sop.recording;
        for (const SopStep &s : sop.steps) {
            fields << s.activity << u"%1 menit"_s.arg(s.targetMinutes);
            for (const SopRequirement &r : s.requirements)
                fields << r.name;
            for (const SopOutput &o : s.outputs)
                fields << o.name;
        }
        fields << u"Petugas Pengaduan"_s << u"Tim Pengelola Pengaduan"_s << u"Sekretaris"_s
               << u"Kepala Dinas"_s << u"Persyaratan/ Kelengkapan"_s << u"Keterangan"_s
               << u"Dasar Hukum"_s << u"Kualifikasi Pelaksana"_s << u"Keterkaitan"_s
               << u"Peralatan / Perlengkapan"_s << u"Peringatan"_s
               << u"Pencatatan dan Pendataan"_s;
        for (const QString &field : fields) {
            INFO(field.toStdString());
            CHECK(text.contains(folded(field)));
        }
        // The flowchart's terminators and the decision's two branches.
        CHECK(text.contains(u"mulai"_s));
        CHECK(text.contains(u"selesai"_s));
        CHECK(text.contains(u"tidak (bukan kewenangan)"_s));
    }
}

TEST_CASE("The procedure carries on to the next page through off-page connectors",
          "[print][sop-sheet]")
{
    SopDefinition sop = SopDefinition::builtIn();
    // Long activities push the table over a page.
    for (SopStep &s : sop.steps)
        s.activity = QString(s.activity + u" "_s).repeated(4).trimmed();
    forms::SopSheetPrint print(sop, printtest::context(forms::PaperSize::A4));
    const QList<QList<int>> pages = print.pageRows();
    REQUIRE(pages.size() >= 2);
    printtest::PdfFolder folder;
    const QString pdf = folder.write(print, u"sop-long"_s);
    REQUIRE(printtest::pdfPageCount(pdf) == pages.size());
    // A page whose table goes on ends with a connector, and the next page starts with the
    // same letter: A, then B ...
    int steps = 0;
    char letter = 'A';
    for (qsizetype page = 0; page < pages.size(); ++page) {
        steps += int(pages.at(page).size());
        if (page + 1 == pages.size() || pages.at(page).isEmpty())
            continue;
        const QString mark = QString(QChar::fromLatin1(letter));
        for (int shown : {int(page) + 1, int(page) + 2}) {
            INFO("page " << shown << ", connector " << letter);
            CHECK(printtest::words(printtest::pdfText(pdf, printtest::TextOrder::Raw, shown, shown))
                      .contains(mark));
        }
        ++letter;
    }
    CHECK(steps == sop.steps.size());
}
