// Issue 19: website / Google Form exports (CSV from Excel or Google Sheets in an Indonesian
// locale) land in SMS masuk, once, with bad rows named by line.
#include "catch_qt.h"
#include "testoffice.h"

#include "import/websiteimport.h"
#include "storage/messageinbox.h"
#include "util/error.h"

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

/// An export as Excel saves "CSV UTF-8" in an Indonesian locale: BOM, semicolons, CRLF,
/// dd/mm/yyyy times, a quoted text with a semicolon, a quote and a line break.
QByteArray formExport()
{
    return "\xEF\xBB\xBF"
           "Stempel waktu;Nama Lengkap;NIK;No. HP / WhatsApp;Alamat;Isi Pengaduan\r\n"
           "02/03/2026 07:15:02;Siti Aminah;3572024107800002;0812 3456 7805;Jl. Kenari 3;"
           "\"Bantuan PKH belum cair; sudah \"\"dua\"\" bulan.\r\nMohon dibantu.\"\r\n"
           "1/3/2026 20:05;Joko;;081234567806;;Lampu jalan mati\r\n"
           "\r\n"
           "31/02/2026 08:00;Rudi;;;;Tanggal salah\r\n"
           "02/03/2026 07:30;Tono;;+621;;Nomor salah\r\n"
           "02/03/2026 07:40;Ani;;;;\r\n"_ba;
}

} // namespace

TEST_CASE("An Indonesian-locale CSV export is read as the spreadsheet wrote it", "[import]")
{
    const CsvTable t = readCsv(formExport());
    CHECK(t.separator == u';');
    REQUIRE(t.header.size() == 6);
    CHECK(t.header.at(0) == u"Stempel waktu"_s);
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows.at(0).at(5) == u"Bantuan PKH belum cair; sudah \"dua\" bulan.\nMohon dibantu."_s);
    CHECK(t.lines == QList<int>{2, 4, 6, 7, 8});
    CHECK(readCsv("a,b\n1,2\n"_ba).separator == u',');
    CHECK_THROWS_AS(readCsv("a;b\n\"open;2\n"_ba), Error);

    const ImportMapping guessed = ImportMapping::guess(t.header);
    CHECK(guessed.columns.value(ImportField::Time) == u"Stempel waktu"_s);
    CHECK(guessed.columns.value(ImportField::Name) == u"Nama Lengkap"_s);
    CHECK(guessed.columns.value(ImportField::Nik) == u"NIK"_s);
    CHECK(guessed.columns.value(ImportField::Phone) == u"No. HP / WhatsApp"_s);
    CHECK(guessed.columns.value(ImportField::Address) == u"Alamat"_s);
    CHECK(guessed.columns.value(ImportField::Text) == u"Isi Pengaduan"_s);

    const QTimeZone wib(7 * 3600);
    CHECK(parseImportTime(u"02/03/2026 07:15:02"_s, wib) == test::wib(2026, 3, 2, 7, 15, 2));
    CHECK(parseImportTime(u"1/3/2026"_s, wib) == test::wib(2026, 3, 1, 0, 0));
    CHECK(parseImportTime(u"2026-03-02 07:15:02"_s, wib) == test::wib(2026, 3, 2, 7, 15, 2));
    CHECK_FALSE(parseImportTime(u"31/02/2026"_s, wib).isValid());
    CHECK_FALSE(parseImportTime(u"kemarin"_s, wib).isValid());
}

TEST_CASE("Imported rows wait in SMS masuk once; bad rows are named by line", "[import]")
{
    test::TestOffice office;
    const CsvTable t = readCsv(formExport());
    const ImportMapping mapping = ImportMapping::guess(t.header);
    const ImportReport first = importWebsiteRows(*office.db, office.clock, office.rina, t, mapping);
    CHECK(first.added == 2);
    CHECK(first.duplicates == 0);
    REQUIRE(first.problems.size() == 3);
    CHECK(first.problems.at(0).line == 6);
    CHECK(first.problems.at(0).reason.contains(u"31/02/2026"_s));
    CHECK(first.problems.at(1).line == 7);
    CHECK(first.problems.at(2).line == 8);

    const QList<IncomingMessage> waiting = MessageInboxStore(*office.db).waiting();
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(0).channel == Channel::Website);
    CHECK(waiting.at(0).senderName == u"Joko"_s);
    CHECK(waiting.at(1).sender == u"+6281234567805"_s);
    CHECK(waiting.at(1).senderNik == u"3572024107800002"_s);
    CHECK(waiting.at(1).receivedAt == test::wib(2026, 3, 2, 7, 15, 2));

    const ImportReport again = importWebsiteRows(*office.db, office.clock, office.rina, t, mapping);
    CHECK(again.added == 0);
    CHECK(again.duplicates == 2);
    CHECK(MessageInboxStore(*office.db).waiting().size() == 2);

    // The mapping is remembered for the next import.
    const auto remembered = rememberedMapping(*office.db);
    REQUIRE(remembered);
    CHECK(remembered->columns == mapping.columns);

    ImportMapping wrong = mapping;
    wrong.columns.insert(ImportField::Text, u"Tidak ada"_s);
    CHECK_THROWS_AS(importWebsiteRows(*office.db, office.clock, office.rina, t, wrong), Error);
    CHECK_THROWS_AS(importWebsiteRows(*office.db, office.clock, office.hendra, t, mapping), Error);
}
