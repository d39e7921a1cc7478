#include "complaintform/complaintformprint.h"
#include "pdftext.h"
#include "printfixtures.h"

#include "catch_qt.h"

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QPainterPath>
#include <QRawFont>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::printtest;

namespace {

QList<SopRequirement> registerRequirements()
{
    return {{u"identity_card"_s, u"Kartu Identitas"_s, u"complainant"_s},
            {u"evidence"_s, u"Bukti pengaduan"_s, u"complainant"_s}};
}

/// Drops characters outside Unicode's Basic Multilingual Plane: Qt 6.4's PDF writer maps only
/// BMP characters back to text (QFontSubset's ToUnicode map), so an emoji is drawn but cannot be
/// copied out of the PDF.
QString bmpOnly(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSurrogate())
            continue;
        out += text.at(i);
    }
    return out;
}

/// Whether every expected word appears in `actual`, in order, each within a few words of the
/// previous one (page footers and headers may come between).
qsizetype matchedInOrder(const QStringList &expected, const QStringList &actual)
{
    qsizetype at = 0;
    qsizetype matched = 0;
    for (const QString &word : expected) {
        qsizetype found = -1;
        const qsizetype window = matched == 0 ? actual.size() : at + 40;
        for (qsizetype i = at; i < actual.size() && i < window; ++i) {
            if (actual.at(i) == word) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            UNSCOPED_INFO("missing word #" << matched << ": " << word.toStdString());
            return matched;
        }
        ++matched;
        at = found + 1;
    }
    return matched;
}

} // namespace

TEST_CASE("Formulir Aduan of walkthrough A", "[print]")
{
    PdfFolder folder;
    auto document = forms::complaintFormDocument(walkthroughA(), context(), registerRequirements());
    const QString text = pdfFlatText(folder.write(document, u"A-formulir-aduan"_s));
    CHECK(text.contains(u"PEMERINTAH KOTA BLITAR"_s));
    CHECK(text.contains(u"DINAS SOSIAL"_s));
    CHECK(text.contains(u"Jl. contoh No. 1, Blitar"_s));
    CHECK(text.contains(u"FORMULIR ADUAN"_s));
    CHECK(text.contains(u"Nomor: 0001/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Senin, 2 Maret 2026 09.00 WIB"_s));
    CHECK(text.contains(u"Senin, 2 Maret 2026 09.04 WIB"_s));
    CHECK(text.contains(u"Budi Santoso"_s));
    CHECK(text.contains(u"3572021208750004"_s));
    CHECK(text.contains(u"Laki-laki"_s));
    CHECK(text.contains(u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s));
    CHECK(text.contains(u"Bantuan PKH tahap 3 dan 4 tidak cair"_s));
    CHECK(text.contains(u"fotokopi KKS; fotokopi buku tabungan"_s));
    CHECK(text.contains(u"Kartu Identitas Dipenuhi"_s));
    CHECK(text.contains(u"Blitar, 2 Maret 2026"_s));
    CHECK(text.contains(u"Petugas Pengaduan"_s));
    CHECK(text.contains(u"Rina Puspitasari"_s));
    CHECK(document.pageCount() == 1);
}

TEST_CASE("Formulir Aduan of walkthrough B prints the waiver reasons", "[print]")
{
    PdfFolder folder;
    auto document = forms::complaintFormDocument(walkthroughB(), context(), registerRequirements());
    const QString text = pdfFlatText(folder.write(document, u"B-formulir-aduan"_s));
    CHECK(text.contains(u"0002/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Rabu, 18 Maret 2026 21.14 WIB"_s));
    CHECK(text.contains(u"Kamis, 19 Maret 2026 15.53 WIB"_s));
    CHECK(text.contains(u"Tidak langsung (SMS)"_s));
    CHECK(text.contains(u"Ibu Lestari"_s));
    CHECK(text.contains(u"Kartu Identitas Tidak dipenuhi Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s));
    CHECK(text.contains(u"Bukti pengaduan Tidak dipenuhi Bukti akan dikirim menyusul"_s));
}

TEST_CASE("Formulir Aduan of confidential C: Lina sees Dirahasiakan, Agus the name", "[print]")
{
    PdfFolder folder;
    auto hidden = forms::complaintFormDocument(walkthroughCHidden(), context(), registerRequirements());
    const QString text = pdfFlatText(folder.write(hidden, u"C-formulir-aduan-lina"_s));
    CHECK(text.contains(u"0003/ADUAN/IV/2026"_s));
    CHECK(text.contains(u"Nama : Dirahasiakan"_s));
    CHECK(text.contains(u"NIK : Dirahasiakan"_s));
    CHECK(text.contains(u"Sifat identitas : Rahasia"_s));
    for (const QString &secret : {u"Hartini"_s, u"3572015203880002"_s, u"81234567808"_s, u"Mawar"_s})
        CHECK_FALSE(text.contains(secret));

    auto shown = forms::complaintFormDocument(walkthroughC(), context(), registerRequirements());
    const QString agus = pdfFlatText(folder.write(shown, u"C-formulir-aduan-agus"_s));
    CHECK(agus.contains(u"Hartini"_s));
    CHECK(agus.contains(u"3572015203880002"_s));
}

TEST_CASE("Formulir Aduan of an anonymous complaint reads Anonim", "[print]")
{
    PdfFolder folder;
    const ComplaintRecord anonymous = fromCase(u"anonymous"_s, u"0004/ADUAN/IV/2026"_s,
                                               wib(2026, 4, 7, 8, 0));
    auto document = forms::complaintFormDocument(anonymous, context(), registerRequirements());
    const QString text = pdfFlatText(folder.write(document, u"anonim-formulir-aduan"_s));
    CHECK(text.contains(u"Nama : Anonim"_s));
    CHECK(text.contains(u"Pengadu anonim"_s)); // the waiver reason of the identity card
    CHECK(text.contains(u"Pungutan oleh oknum pendamping"_s));
    CHECK_FALSE(text.contains(u"Dirahasiakan"_s));
}

TEST_CASE("Long and strange text prints verbatim across pages", "[print]")
{
    PdfFolder folder;
    const ComplaintRecord strange = fromCase(u"long-and-strange-text"_s, u"0005/ADUAN/IV/2026"_s,
                                             wib(2026, 4, 7, 9, 0));
    REQUIRE(strange.description.size() >= 6000);
    auto document = forms::complaintFormDocument(strange, context(), registerRequirements());
    const QString path = folder.write(document, u"long-and-strange-text"_s);
    CHECK(pdfPageCount(path) >= 2);
    CHECK(pdfPageCount(path) == document.pageCount());
    const QString raw = pdfText(path);
    const QString flat = raw.simplified();

    // Markup is text, not markup; quotes, apostrophes and ampersands are kept.
    CHECK(flat.contains(u"<b>bukan tag</b> & ampersand"_s));
    CHECK(flat.contains(u"Baris kedua dengan \"kutip\" dan 'apostrof'; titik koma, koma"_s));
    CHECK(flat.contains(u"aksara \uA997\uA9AE"_s)); // ꦗꦮ
    // The subject may wrap after "http://"; compare it without white space.
    QString compact = flat;
    compact.remove(u' ');
    CHECK(compact.contains(u"Robert');DROPTABLEcomplaints;--dan=HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s));
    CHECK(flat.contains(u"Dwi Ayu Kusumaningrum Wulandari Puspitasari"_s));

    // Nothing cut: every word of the description, in order.
    const QStringList expected = words(bmpOnly(strange.description));
    const QStringList actual = words(raw);
    CHECK(matchedInOrder(expected, actual) == expected.size());
    const qsizetype occurrences = strange.description.count(u"<b>bukan tag</b>"_s);
    CHECK(raw.count(u"<b>bukan tag</b>"_s) == occurrences);

    // The emoji is drawn with a font that has outlines (a colour-bitmap font prints blank).
    const QString emoji = u"\U0001F64F"_s;
    bool seen = false;
    for (QTextBlock block = document.text().begin(); block.isValid(); block = block.next()) {
        const qsizetype at = block.text().indexOf(emoji);
        if (at < 0)
            continue;
        seen = true;
        const QList<QGlyphRun> runs = block.layout()->glyphRuns(int(at), 2);
        REQUIRE_FALSE(runs.isEmpty());
        for (const QGlyphRun &run : runs) {
            INFO("emoji font: " << run.rawFont().familyName().toStdString());
            for (quint32 glyph : run.glyphIndexes())
                CHECK_FALSE(run.rawFont().pathForGlyph(glyph).isEmpty());
        }
        break;
    }
    CHECK(seen);
}
