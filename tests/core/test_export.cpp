// Exports: CSV (UTF-8 with BOM, RFC 4180, one record per complaint, formulas neutralised, NIK
// as text) read back by an independent CSV parser (Python's csv module), XLSX with NIK and phone
// as text cells, and whole months (not a lazy model's first rows).
#include "catch_qt.h"
#include "testoffice.h"

#include "export/complaintexport.h"
#include "export/csvwriter.h"
#include "recap/recap.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "validation/plaintext.h"
#include "workflow/workflow.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

ComplaintDraft draft(const QString &subject, const QString &description, const QString &phone,
                     const QString &nik = {})
{
    ComplaintDraft d;
    d.channel = Channel::Website;
    d.complainant = Complainant{u"Dwi Ayu Kusumaningrum Wulandari Puspitasari"_s, nik,
                                Gender::Female, phone, {}};
    d.requirements.insert(u"identity_card"_s, {false, u"Aduan lewat website"_s});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.evidence = {u"berkas.pdf"_s};
    d.subject = subject;
    d.description = description;
    return d;
}

QString strangeDescription()
{
    const QString paragraph = u"Baris pertama\nBaris kedua dengan \"kutip\" dan 'apostrof'; titik "
                              "koma, koma\nEmoji 🙏🏽 dan aksara ꦗꦮ\n<b>bukan tag</b> & ampersand"_s;
    QString out = paragraph;
    while (out.size() < 6000)
        out += u'\n' + paragraph;
    return out;
}

/// Parses a CSV file with Python's csv module; returns the records as JSON arrays.
QJsonArray parseWithPython(const QString &path)
{
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s, u"import csv,json,sys\n"
                           "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                           "    print(json.dumps(list(csv.reader(f))))"_s,
                  path});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QString unzipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, zip, member});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

TEST_CASE("CSV cells are neutralised unless numbers or phone numbers", "[export][csv]")
{
    CHECK(CsvWriter::neutralize(u"=HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s)
          == u"'=HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s);
    CHECK(CsvWriter::neutralize(u"+6281234567890"_s) == u"+6281234567890"_s);
    CHECK(CsvWriter::neutralize(u"-50000"_s) == u"-50000"_s);
    CHECK(CsvWriter::neutralize(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(CsvWriter::neutralize(u"+ cmd"_s) == u"'+ cmd"_s);
    CHECK(CsvWriter::neutralize(u"-1+2"_s) == u"'-1+2"_s);
    CHECK(CsvWriter::neutralize(u"Biasa"_s) == u"Biasa"_s);
    CHECK(CsvWriter::quote(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvWriter::quote(u"kata \"kutip\""_s) == u"\"kata \"\"kutip\"\"\""_s);
    CHECK(CsvWriter::quote(u"baris\nbaru"_s) == u"\"baris\nbaru\""_s);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRecord({u"a"_s, CsvWriter::digitsAsText(u"3572021208750004"_s)});
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF" "a,\"=\"\"3572021208750004\"\"\"\r\n"));
}

TEST_CASE("The long and strange text survives a CSV round trip", "[export][csv]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    const QString subject =
        u"Robert'); DROP TABLE complaints;-- dan =HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s;
    const QString description = strangeDescription();
    wf.registerComplaint(office.rina, draft(subject, description, u"081234567810"_s),
                         office.clock.now());
    wf.registerComplaint(office.rina,
                         draft(u"=HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s, u"-50000"_s,
                               u"+6281234567890"_s, u"3572021208750004"_s),
                         office.clock.now());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aduan.csv"_s);
    CHECK(exportComplaintsCsv(*office.db, office.clock, office.agus, {}, path) == 2);
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.read(3) == QByteArray("\xEF\xBB\xBF"));

    const QJsonArray records = parseWithPython(path);
    REQUIRE(records.size() == 3); // the heading and one record per complaint
    const QJsonArray heading = records.at(0).toArray();
    CHECK(heading.at(0).toString() == u"No. Agenda"_s);
    const QJsonArray first = records.at(1).toArray();
    CHECK(first.at(8).toString() == subject);
    CHECK(first.at(9).toString() == description);
    CHECK(first.at(4).toString() == u"Dwi Ayu Kusumaningrum Wulandari Puspitasari"_s);
    const QJsonArray second = records.at(2).toArray();
    CHECK(second.at(8).toString() == u"'=HYPERLINK(\"http://contoh.invalid\",\"klik\")"_s);
    CHECK(second.at(9).toString() == u"-50000"_s);
    CHECK(second.at(6).toString() == u"+6281234567890"_s);
    CHECK(second.at(5).toString() == u"=\"3572021208750004\""_s);
}

TEST_CASE("In the XLSX the NIK is a text cell with all 16 digits", "[export][xlsx]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    wf.registerComplaint(office.rina,
                         draft(u"Bantuan PKH"_s, u"=1+1"_s, u"081234567801"_s,
                               u"3572021208750004"_s),
                         office.clock.now());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aduan.xlsx"_s);
    const MonthlyRecap recap = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    CHECK(exportComplaintsXlsx(*office.db, office.clock, office.agus, {}, path, &recap) == 1);
    const QString sheet = unzipMember(path, u"xl/worksheets/sheet1.xml"_s);
    const QString strings = unzipMember(path, u"xl/sharedStrings.xml"_s);
    // F2 (NIK) and G2 (phone) are shared-string cells (t="s"), not numbers.
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"F2\"[^>]*t=\"s\""_s)));
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"G2\"[^>]*t=\"s\""_s)));
    CHECK(strings.contains(u">3572021208750004<"_s));
    CHECK(strings.contains(u">+6281234567801<"_s));
    CHECK(strings.contains(u">=1+1<"_s)); // text, never a formula
    CHECK_FALSE(sheet.contains(u"<f>"_s));
    CHECK(unzipMember(path, u"xl/workbook.xml"_s).contains(u"name=\"Rekap\""_s));
}

TEST_CASE("A month of 1,000 complaints: recap, CSV and XLSX count all 1,000", "[export][recap]")
{
    test::TestOffice office(wib(2026, 3, 2, 7, 30));
    Workflow wf(*office.db, office.clock);
    for (int i = 0; i < 1000; ++i) {
        office.clock.advanceSeconds(60);
        wf.registerComplaint(office.rina,
                             draft(u"Aduan %1"_s.arg(i), u"Isi aduan"_s, u"081234567801"_s),
                             office.clock.now());
    }
    const MonthlyRecap recap = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    CHECK(recap.current.received == 1000);
    IntakeBookFilter march;
    march.fromDate = QDate(2026, 3, 1);
    march.toDate = QDate(2026, 3, 31);
    QTemporaryDir dir;
    CHECK(exportComplaintsCsv(*office.db, office.clock, office.dewi, march, dir.filePath(u"m.csv"_s)) == 1000);
    CHECK(parseWithPython(dir.filePath(u"m.csv"_s)).size() == 1001);
    CHECK(exportComplaintsXlsx(*office.db, office.clock, office.dewi, march, dir.filePath(u"m.xlsx"_s)) == 1000);
    CHECK(unzipMember(dir.filePath(u"m.xlsx"_s), u"xl/worksheets/sheet1.xml"_s).contains(u"<row r=\"1001\""_s));
}

TEST_CASE("Exports blank confidential identities for a user without the right", "[export][confidential]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    ComplaintDraft d = draft(u"Pungutan liar"_s, u"Isi"_s, u"081234567808"_s, u"3572015203880002"_s);
    d.complainant->name = u"Hartini"_s;
    d.confidentiality = Confidentiality::Confidential;
    wf.registerComplaint(office.rina, d, office.clock.now());
    QTemporaryDir dir;
    const QString lina = dir.filePath(u"lina.csv"_s);
    exportComplaintsCsv(*office.db, office.clock, office.lina, {}, lina);
    QFile f(lina);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(u"Dirahasiakan"_s));
    CHECK_FALSE(text.contains(u"Hartini"_s));
    CHECK_FALSE(text.contains(u"3572015203880002"_s));
    CHECK_FALSE(text.contains(u"81234567808"_s));
    const QString agus = dir.filePath(u"agus.csv"_s);
    exportComplaintsCsv(*office.db, office.clock, office.agus, {}, agus);
    QFile g(agus);
    REQUIRE(g.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(g.readAll()).contains(u"Hartini"_s));
}

TEST_CASE("Exports write hidden characters out visibly and drop none", "[export][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    const qint64 id = wf.registerComplaint(office.rina, draft(u"Perihal"_s, u"Uraian"_s,
                                                               u"081234567810"_s),
                                           office.clock.now())
                          .complaintId;
    // Text stored before typed text was checked, or by another program: a NUL, an escape, a
    // right-to-left override; line breaks and a tab as a multi-line field may hold them.
    // PostgreSQL's text cannot hold a NUL at all
    // (https://www.postgresql.org/docs/15/datatype-character.html): there, no NUL.
    const QString nul = test::onPostgres() ? QString() : u"\u0000"_s;
    const QString subject = u"Sebelum"_s + nul + u"sesudah \u001B[31m merah \u202Eexe.txt"_s;
    const QString description = u"Baris satu\r\nBaris\tdua"_s;
    SqlQuery(*office.db, u"UPDATE complaint SET subject = :s, description = :d WHERE id = :id"_s)
        .bind(u":s"_s, subject)
        .bind(u":d"_s, description)
        .bind(u":id"_s, id)
        .exec();
    const QString shown = u"Sebelum"_s + (nul.isEmpty() ? QString() : u"[U+0000]"_s)
                          + u"sesudah [U+001B][31m merah [U+202E]exe.txt"_s;
    CHECK(revealHiddenCharacters(subject) == shown);
    CHECK(revealHiddenCharacters(description) == description);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"aduan.csv"_s);
    REQUIRE(exportComplaintsCsv(*office.db, office.clock, office.agus, {}, csvPath) == 1);
    QFile raw(csvPath);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK_FALSE(bytes.contains('\0'));
    CHECK_FALSE(bytes.contains('\x1B'));
    CHECK_FALSE(bytes.contains(QString(QChar(0x202E)).toUtf8()));
    const QJsonArray records = parseWithPython(csvPath);
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).toArray().at(8).toString() == shown);
    CHECK(records.at(1).toArray().at(9).toString() == description);

    const QString xlsxPath = dir.filePath(u"aduan.xlsx"_s);
    REQUIRE(exportComplaintsXlsx(*office.db, office.clock, office.agus, {}, xlsxPath) == 1);
    const QString strings = unzipMember(xlsxPath, u"xl/sharedStrings.xml"_s);
    CHECK(strings.contains(shown));
}

TEST_CASE("An XLSX export refuses a text longer than a cell instead of cutting it",
          "[export][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    wf.registerComplaint(office.rina, draft(u"Panjang"_s, QString(40000, u'x'), u"081234567810"_s),
                         office.clock.now());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aduan.xlsx"_s);
    try {
        exportComplaintsXlsx(*office.db, office.clock, office.agus, {}, path);
        FAIL("a 40,000-character text was exported to XLSX");
    } catch (const Error &e) {
        CHECK(e.message().contains(u"Uraian"_s));
        CHECK(e.message().contains(u"CSV"_s));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(exportComplaintsCsv(*office.db, office.clock, office.agus, {}, dir.filePath(u"a.csv"_s))
          == 1);
}
