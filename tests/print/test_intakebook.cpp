#include "intakebook/intakebookprint.h"
#include "pdftext.h"
#include "printfixtures.h"

#include "util/indonesian.h"

#include "catch_qt.h"

#include <QElapsedTimer>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::printtest;

namespace {

QString agenda(int sequence)
{
    QString text = QString::number(sequence).rightJustified(4, u'0');
    text += u"/ADUAN/"_s;
    text += romanMonth(qMin(12, 1 + (sequence - 1) * 12 / 20000));
    text += u"/2026"_s;
    return text;
}

QList<IntakeBookRow> syntheticRows(int count)
{
    QList<IntakeBookRow> rows;
    rows.reserve(count);
    const QDateTime start = wib(2026, 1, 2, 7, 30);
    for (int i = 1; i <= count; ++i) {
        IntakeBookRow row;
        row.complaintId = i;
        row.agendaNumber = agenda(i);
        row.receivedAt = start.addSecs(qint64(i) * 1500);
        row.registeredAt = row.receivedAt.addSecs(240);
        QString name = u"Pengadu "_s;
        name += QString::number(i);
        row.complainantName = i % 97 == 0 ? u"Dirahasiakan"_s : name;
        row.channel = allChannels().at(i % allChannels().size());
        QString subject = u"Bantuan sosial belum diterima, aduan ke-"_s;
        subject += QString::number(i);
        row.subject = subject;
        row.category = u"Bantuan sosial"_s;
        row.status = i % 10 == 0 ? ComplaintStatus::InProgress : ComplaintStatus::Completed;
        row.currentStep = i % 10 == 0 ? 2 : 0;
        row.currentActor = Role::Secretary;
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("Buku Penerimaan Pengaduan of March 2026 (A and B), A4 and F4 landscape", "[print]")
{
    PdfFolder folder;
    const QList<IntakeBookRow> rows{intakeRow(walkthroughA()), intakeRow(walkthroughB())};
    for (forms::PaperSize paper : {forms::PaperSize::A4, forms::PaperSize::F4}) {
        const bool a4 = paper == forms::PaperSize::A4;
        forms::IntakeBookPrint book(rows, QDate(2026, 3, 1), QDate(2026, 3, 31), context(paper));
        const QString path = folder.write(book, a4 ? u"buku-maret-a4"_s : u"buku-maret-f4"_s);
        CHECK(book.pageCount() == 1);
        CHECK(pdfPageCount(path) == 1);
        const QString text = pdfFlatText(path);
        CHECK(text.contains(u"BUKU PENERIMAAN PENGADUAN"_s));
        CHECK(text.contains(u"Periode 1 Maret 2026 s.d. 31 Maret 2026"_s));
        CHECK(text.contains(u"1 0001/ADUAN/III/2026 2 Maret 2026 09.00 WIB Budi Santoso Langsung"_s));
        CHECK(text.contains(u"2 0002/ADUAN/III/2026 18 Maret 2026 21.14 WIB Ibu Lestari SMS"_s));
        CHECK(text.contains(u"Disalurkan"_s));
        CHECK(text.contains(u"Jumlah aduan : 2 aduan"_s));
        CHECK(text.contains(u"Langsung 1, SMS 1"_s));
        CHECK(text.contains(u"Selesai 1, Disalurkan 1"_s));
    }
}

TEST_CASE("Buku Penerimaan Pengaduan shows a confidential complainant as Dirahasiakan", "[print]")
{
    PdfFolder folder;
    forms::IntakeBookPrint book(intakeRows(), QDate(2026, 3, 1), QDate(2026, 4, 30), context());
    const QString text = pdfFlatText(folder.write(book, u"buku-maret-april"_s));
    CHECK(text.contains(u"0003/ADUAN/IV/2026 6 April 2026 10.00 WIB Dirahasiakan"_s));
    CHECK_FALSE(text.contains(u"Hartini"_s));
}

TEST_CASE("Buku Penerimaan Pengaduan shows a voided complaint with its reason", "[print][void]")
{
    PdfFolder folder;
    IntakeBookRow voided = intakeRow(walkthroughA());
    voided.status = ComplaintStatus::Voided;
    voided.currentStep = 0;
    voided.voidReason = u"Tercatat dua kali"_s;
    const QList<IntakeBookRow> rows{voided, intakeRow(walkthroughB())};
    forms::IntakeBookPrint book(rows, QDate(2026, 3, 1), QDate(2026, 3, 31), context());
    const QString text = pdfFlatText(folder.write(book, u"buku-dibatalkan"_s));
    CHECK(text.contains(u"Dibatalkan: Tercatat dua kali"_s));
    CHECK(text.contains(u"Disalurkan"_s));
}

TEST_CASE("An empty Buku Penerimaan Pengaduan still prints its page", "[print]")
{
    PdfFolder folder;
    forms::IntakeBookPrint book({}, QDate(2026, 5, 1), QDate(2026, 5, 31), context());
    const QString text = pdfFlatText(folder.write(book, u"buku-kosong"_s));
    CHECK(book.pageCount() == 1);
    CHECK(text.contains(u"Tidak ada aduan pada periode ini."_s));
    CHECK(text.contains(u"Jumlah aduan : 0 aduan"_s));
}

TEST_CASE("A register line taller than a page continues on the next page, nothing cut", "[print]")
{
    PdfFolder folder;
    QList<IntakeBookRow> rows{intakeRow(walkthroughA()), intakeRow(walkthroughB())};
    QString subject;
    for (int i = 1; i <= 900; ++i) {
        subject += u"kata"_s;
        subject += QString::number(i);
        subject += u' ';
    }
    rows[0].subject = subject.trimmed();
    forms::IntakeBookPrint book(rows, QDate(2026, 3, 1), QDate(2026, 3, 31), context());
    const QString path = folder.write(book, u"buku-baris-panjang"_s);
    REQUIRE(book.pageCount() >= 2);
    CHECK(pdfPageCount(path) == book.pageCount());
    CHECK(book.pages().first().rowCount == 1);
    const QStringList actual = words(pdfText(path));
    qsizetype at = 0;
    for (int i = 1; i <= 900; ++i) {
        QString word = u"kata"_s;
        word += QString::number(i);
        const qsizetype found = actual.indexOf(word, at);
        INFO(word.toStdString());
        REQUIRE(found >= 0);
        at = found + 1;
    }
    CHECK(pdfFlatText(path).contains(u"0002/ADUAN/III/2026"_s));
}

TEST_CASE("A register of 20,000 lines prints whole, the header on every page", "[print][big]")
{
    // ADUAN_REGISTER_ROWS changes the size, e.g. to time a larger register; the checks below
    // assume at least a few thousand lines.
    const int total = qEnvironmentVariableIsSet("ADUAN_REGISTER_ROWS")
                          ? qEnvironmentVariableIntValue("ADUAN_REGISTER_ROWS")
                          : 20000;
    PdfFolder folder;
    const QList<IntakeBookRow> rows = syntheticRows(total);
    forms::IntakeBookPrint book(rows, QDate(2026, 1, 1), QDate(2026, 12, 31), context());

    QElapsedTimer timer;
    timer.start();
    const QList<forms::RegisterPage> pages = book.pages();
    const qint64 paginateMs = timer.restart();
    const QString path = folder.write(book, u"buku-20000"_s);
    const qint64 pdfMs = timer.elapsed();
    std::cout << "register of " << total << " lines: " << pages.size() << " pages; paginated in "
              << paginateMs << " ms, PDF written in " << pdfMs << " ms" << std::endl;

    // The pages hold every line once, in order.
    REQUIRE(pages.size() > 2);
    int next = 0;
    for (const forms::RegisterPage &page : pages) {
        REQUIRE(page.firstRow == next);
        next += page.rowCount;
    }
    CHECK(next == total);

    // Every full page after the first (letterhead) holds the same number of lines, so the count
    // is the lines after the first page over the lines per page, rounded up (the totals may take
    // one more page).
    const int first = pages.first().rowCount;
    const int perPage = pages.at(1).rowCount;
    REQUIRE(perPage > first);
    for (qsizetype i = 1; i + 1 < pages.size(); ++i) {
        INFO("page " << i + 1 << " starts at line " << pages.at(i).firstRow + 1);
        if (pages.at(i + 1).rowCount > 0) // a page followed by more lines is full
            REQUIRE(pages.at(i).rowCount == perPage);
    }
    const int withLines = 1 + (total - first + perPage - 1) / perPage;
    const bool totalsAlone = pages.last().rowCount == 0;
    CHECK(pages.size() == withLines + (totalsAlone ? 1 : 0));
    CHECK(book.pageCount() == pages.size());
    CHECK(pdfPageCount(path) == pages.size());

    // The last line is on the page the plan says, and the totals follow it.
    const int lastWithLines = withLines; // 1-based
    const QString lastPage = pdfFlatText(path, lastWithLines, lastWithLines);
    QString lastLine = formatNumber(total);
    lastLine += u' ';
    lastLine += agenda(total);
    CHECK(lastPage.contains(lastLine));
    QString pageLine = u"Halaman "_s;
    pageLine += QString::number(lastWithLines);
    pageLine += u" dari "_s;
    pageLine += QString::number(pages.size());
    CHECK(lastPage.contains(pageLine));
    const QString finalPage = pdfFlatText(path, int(pages.size()), int(pages.size()));
    QString totalLine = u"Jumlah aduan : "_s;
    totalLine += formatNumber(total);
    totalLine += u" aduan"_s;
    CHECK(finalPage.contains(totalLine));

    // Pages across chunk boundaries start and end where the plan says, under the header row.
    for (int index : {1, 2, 17, 18, 19, 20, int(pages.size() / 2), lastWithLines - 2}) {
        const forms::RegisterPage &page = pages.at(index);
        const QString text = pdfFlatText(path, index + 1, index + 1);
        INFO("page " << index + 1);
        CHECK(text.contains(u"No. Nomor Agenda Diterima Pengadu Saluran Pokok Aduan Kategori Status"_s));
        QString firstLine = formatNumber(page.firstRow + 1);
        firstLine += u' ';
        firstLine += agenda(page.firstRow + 1);
        CHECK(text.contains(firstLine));
        QString lastLine = formatNumber(page.firstRow + page.rowCount);
        lastLine += u' ';
        lastLine += agenda(page.firstRow + page.rowCount);
        CHECK(text.contains(lastLine));
        CHECK_FALSE(text.contains(agenda(page.firstRow + page.rowCount + 1)));
        CHECK_FALSE(text.contains(agenda(page.firstRow)));
    }
}
