// The proposed file names of printed documents ("Cetak ke berkas", issue 18): an agenda number's
// slashes must not make the name a folder path.

#include "catch_qt.h"

#include "util/filenames.h"

using namespace Qt::StringLiterals;
using namespace aduan;

TEST_CASE("A document title with an agenda number becomes one file name", "[filenames]")
{
    CHECK(safeFileName(u"Formulir Aduan 0001/ADUAN/III/2026"_s)
          == u"Formulir Aduan 0001-ADUAN-III-2026"_s);
    CHECK(safeFileName(u"Lembar Disposisi 0243/ADUAN/XI/2026"_s).count(u'/') == 0);
    CHECK(safeFileName(u"a\\b:c*d?e\"f<g>h|i"_s) == u"a-b-c-d-e-f-g-h-i"_s);
    CHECK(safeFileName(u"baris\npertama\tkedua"_s) == u"baris-pertama-kedua"_s);
    // Letters of Indonesian and other scripts, spaces, dots inside and dashes stay.
    CHECK(safeFileName(u"Riwayat Pengaduan Plh. Kepala – ꦗꦮ"_s)
          == u"Riwayat Pengaduan Plh. Kepala – ꦗꦮ"_s);
}

TEST_CASE("A safe file name has no leading or trailing dots or spaces, and a fallback",
          "[filenames]")
{
    CHECK(safeFileName(u"  ..rahasia.. "_s) == u"rahasia"_s);
    CHECK(safeFileName(u"../../etc/passwd"_s) == u"-..-etc-passwd"_s);
    CHECK(safeFileName(u" . "_s) == u"dokumen"_s);
    CHECK(safeFileName(QString(), u"cetak"_s) == u"cetak"_s);
    CHECK(safeFileName(QString(300, u'x')).size() == 120);
}
