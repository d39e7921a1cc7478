#include "util/indonesian.h"

#include "catch_qt.h"

#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

const QTimeZone wibZone(7 * 3600);

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST_CASE("Day and month names are Indonesian whatever the locale", "[print][indonesian]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(dayName(QDate(2026, 3, 2)) == u"Senin"_s);
    CHECK(dayName(QDate(2026, 3, 3)) == u"Selasa"_s);
    CHECK(dayName(QDate(2026, 3, 4)) == u"Rabu"_s);
    CHECK(dayName(QDate(2026, 3, 5)) == u"Kamis"_s);
    CHECK(dayName(QDate(2026, 3, 6)) == u"Jumat"_s);
    CHECK(dayName(QDate(2026, 3, 7)) == u"Sabtu"_s);
    CHECK(dayName(QDate(2026, 3, 8)) == u"Minggu"_s);
    CHECK(dayName(QDate()).isEmpty());
    const QStringList months{u"Januari"_s, u"Februari"_s, u"Maret"_s,     u"April"_s,
                             u"Mei"_s,     u"Juni"_s,     u"Juli"_s,      u"Agustus"_s,
                             u"September"_s, u"Oktober"_s, u"November"_s, u"Desember"_s};
    for (int m = 1; m <= 12; ++m)
        CHECK(monthName(m) == months.at(m - 1));
    CHECK(monthName(0).isEmpty());
    CHECK(monthName(13).isEmpty());
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Long and short dates", "[print][indonesian]")
{
    CHECK(longDate(QDate(2026, 3, 2)) == u"Senin, 2 Maret 2026"_s);
    CHECK(longDate(QDate(2024, 1, 19)) == u"Jumat, 19 Januari 2024"_s);
    CHECK(dateOnly(QDate(2026, 3, 2)) == u"2 Maret 2026"_s);
    CHECK(dateOnly(QDate(2026, 12, 31)) == u"31 Desember 2026"_s);
    CHECK(longDate(QDate()).isEmpty());
    CHECK(dateOnly(QDate()).isEmpty());
}

TEST_CASE("Date and time in the office zone", "[print][indonesian]")
{
    // 02:04:10 UTC is 09:04:10 WIB.
    CHECK(dateTime(utc(2026, 3, 2, 2, 4, 10), wibZone) == u"Senin, 2 Maret 2026 09.04 WIB"_s);
    CHECK(dateTime(utc(2026, 3, 2, 2, 4, 10), wibZone, true)
          == u"Senin, 2 Maret 2026 09.04.10 WIB"_s);
    // 23:30 UTC on 1 March is 06:30 WIB on 2 March: the office date.
    CHECK(dateTime(utc(2026, 3, 1, 23, 30), wibZone) == u"Senin, 2 Maret 2026 06.30 WIB"_s);
    CHECK(officeDate(utc(2026, 3, 1, 23, 30), wibZone) == QDate(2026, 3, 2));
    CHECK(timeOfDay(utc(2026, 3, 18, 14, 14), wibZone) == u"21.14 WIB"_s);
    const QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    if (jakarta.isValid())
        CHECK(dateTime(utc(2026, 3, 18, 14, 14), jakarta) == u"Rabu, 18 Maret 2026 21.14 WIB"_s);
    CHECK(dateTime(utc(2026, 3, 2, 1, 0), QTimeZone(8 * 3600)) == u"Senin, 2 Maret 2026 09.00 WITA"_s);
    CHECK(dateTime(utc(2026, 3, 2, 0, 0), QTimeZone(9 * 3600)) == u"Senin, 2 Maret 2026 09.00 WIT"_s);
    CHECK(dateTime(utc(2026, 3, 2, 9, 0), QTimeZone::utc()) == u"Senin, 2 Maret 2026 09.00 UTC"_s);
    CHECK(zoneAbbreviation(5 * 3600 + 1800) == u"UTC+05.30"_s);
    CHECK(zoneAbbreviation(-3 * 3600) == u"UTC-03.00"_s);
    CHECK(dateTime(QDateTime(), wibZone).isEmpty());
}

TEST_CASE("Numbers in words", "[print][indonesian]")
{
    CHECK(numberInWords(0) == u"nol"_s);
    CHECK(numberInWords(1) == u"satu"_s);
    CHECK(numberInWords(2) == u"dua"_s);
    CHECK(numberInWords(10) == u"sepuluh"_s);
    CHECK(numberInWords(11) == u"sebelas"_s);
    CHECK(numberInWords(12) == u"dua belas"_s);
    CHECK(numberInWords(19) == u"sembilan belas"_s);
    CHECK(numberInWords(20) == u"dua puluh"_s);
    CHECK(numberInWords(21) == u"dua puluh satu"_s);
    CHECK(numberInWords(99) == u"sembilan puluh sembilan"_s);
    CHECK(numberInWords(100) == u"seratus"_s);
    CHECK(numberInWords(101) == u"seratus satu"_s);
    CHECK(numberInWords(111) == u"seratus sebelas"_s);
    CHECK(numberInWords(250) == u"dua ratus lima puluh"_s);
    CHECK(numberInWords(1000) == u"seribu"_s);
    CHECK(numberInWords(1001) == u"seribu satu"_s);
    CHECK(numberInWords(1100) == u"seribu seratus"_s);
    CHECK(numberInWords(2000) == u"dua ribu"_s);
    CHECK(numberInWords(2024) == u"dua ribu dua puluh empat"_s);
    CHECK(numberInWords(2026) == u"dua ribu dua puluh enam"_s);
    CHECK(numberInWords(11000) == u"sebelas ribu"_s);
    CHECK(numberInWords(100000) == u"seratus ribu"_s);
    CHECK(numberInWords(101000) == u"seratus satu ribu"_s);
    CHECK(numberInWords(1000000) == u"satu juta"_s);
    CHECK(numberInWords(1001000) == u"satu juta seribu"_s);
    CHECK(numberInWords(1250000) == u"satu juta dua ratus lima puluh ribu"_s);
    CHECK(numberInWords(1000000000) == u"satu miliar"_s);
    CHECK(numberInWords(1000000000000) == u"satu triliun"_s);
    CHECK(numberInWords(-5) == u"minus lima"_s);
    CHECK(numberInWords(std::numeric_limits<qint64>::max())
          == u"sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua "
             u"triliun tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus "
             u"tujuh puluh lima ribu delapan ratus tujuh"_s);
    CHECK(numberInWords(std::numeric_limits<qint64>::min()).startsWith(u"minus sembilan kuintiliun"_s));
    CHECK(numberInWords(std::numeric_limits<qint64>::min()).endsWith(u"delapan ratus delapan"_s));
}

TEST_CASE("Dates in words, as a Berita Acara opens", "[print][indonesian]")
{
    CHECK(dateInWords(QDate(2026, 3, 2))
          == u"hari Senin tanggal dua bulan Maret tahun dua ribu dua puluh enam"_s);
    CHECK(dateInWords(QDate(2024, 1, 19))
          == u"hari Jumat tanggal sembilan belas bulan Januari tahun dua ribu dua puluh empat"_s);
    CHECK(dateInWords(QDate(2026, 4, 11))
          == u"hari Sabtu tanggal sebelas bulan April tahun dua ribu dua puluh enam"_s);
    CHECK(dateInWords(QDate(2026, 3, 31))
          == u"hari Selasa tanggal tiga puluh satu bulan Maret tahun dua ribu dua puluh enam"_s);
    CHECK(dateInWords(QDate()).isEmpty());
}

TEST_CASE("Grouped numbers", "[print][indonesian]")
{
    CHECK(formatNumber(0) == u"0"_s);
    CHECK(formatNumber(7) == u"7"_s);
    CHECK(formatNumber(999) == u"999"_s);
    CHECK(formatNumber(1250) == u"1.250"_s);
    CHECK(formatNumber(20000) == u"20.000"_s);
    CHECK(formatNumber(1234567) == u"1.234.567"_s);
    CHECK(formatNumber(-20000) == u"-20.000"_s);
    CHECK(formatNumber(std::numeric_limits<qint64>::min()) == u"-9.223.372.036.854.775.808"_s);
}

TEST_CASE("Roman months of agenda numbers", "[print][indonesian]")
{
    const QStringList roman{u"I"_s,   u"II"_s,  u"III"_s, u"IV"_s, u"V"_s,  u"VI"_s,
                            u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s,  u"XI"_s, u"XII"_s};
    for (int m = 1; m <= 12; ++m)
        CHECK(romanMonth(m) == roman.at(m - 1));
    CHECK(romanMonth(0).isEmpty());
    CHECK(romanMonth(13).isEmpty());
}

TEST_CASE("Short durations of working time", "[print][indonesian]")
{
    CHECK(durationShort(250) == u"4 mnt 10 dtk"_s);
    CHECK(durationShort(480) == u"8 mnt"_s);
    CHECK(durationShort(1290) == u"21 mnt 30 dtk"_s);
    CHECK(durationShort(30) == u"30 dtk"_s);
    CHECK(durationShort(3900) == u"1 jam 5 mnt"_s);
    CHECK(durationShort(3600) == u"1 jam"_s);
    CHECK(durationShort(0) == u"0 mnt"_s);
    CHECK(durationShort(-90) == u"-1 mnt 30 dtk"_s);
}
