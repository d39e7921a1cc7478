// The documents of walkthroughs A, B and C (shared/cases/walkthrough.md), rendered to PDF and
// read back as text.

#include "decision/decisionprint.h"
#include "disposition/dispositionprint.h"
#include "history/historyprint.h"
#include "pdftext.h"
#include "printfixtures.h"
#include "receipt/receiptprint.h"
#include "referral/referralprint.h"
#include "resolutionreport/resolutionreportprint.h"

#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::printtest;

TEST_CASE("Formulir Penerimaan Pengaduan: number, date, how to ask", "[print]")
{
    PdfFolder folder;
    auto receipt = forms::receiptDocument(walkthroughA(), context());
    const QString text = pdfFlatText(folder.write(receipt, u"A-penerimaan"_s));
    CHECK(text.contains(u"FORMULIR PENERIMAAN PENGADUAN"_s));
    CHECK(text.contains(u"Nomor Pengaduan: 0001/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Senin, 2 Maret 2026 09.00 WIB"_s));
    CHECK(text.contains(u"Budi Santoso"_s));
    CHECK(text.contains(u"Sejak Juli bantuan PKH tidak masuk ke rekening"_s));
    CHECK(text.contains(u"Senin, 9 Maret 2026 16.00 WIB"_s)); // the deadline
    CHECK(text.contains(u"melalui telepon atau dengan datang langsung ke Dinas Sosial Kota Blitar"_s));
    CHECK(text.contains(u"dengan menyebutkan Nomor Pengaduan 0001/ADUAN/III/2026"_s));

    auto receiptB = forms::receiptDocument(walkthroughB(), context());
    const QString b = pdfFlatText(folder.write(receiptB, u"B-penerimaan"_s));
    CHECK(b.contains(u"Rabu, 18 Maret 2026 21.14 WIB"_s));
    CHECK(b.contains(u"Blitar, 19 Maret 2026"_s));
}

TEST_CASE("Lembar Disposisi of A: Segera ticked, signed by the head with his NIP", "[print]")
{
    PdfFolder folder;
    auto sheet = forms::dispositionDocument(walkthroughA(), context());
    const QString text = pdfFlatText(folder.write(sheet, u"A-disposisi"_s));
    CHECK(text.contains(u"LEMBAR DISPOSISI"_s));
    CHECK(text.contains(u"0001/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Tanggal diterima 2 Maret 2026"_s));
    CHECK(text.contains(u"Dari Budi Santoso"_s));
    CHECK(text.contains(u"Perihal Bantuan PKH tahap 3 dan 4 tidak cair"_s));
    CHECK(text.contains(u"\u2610 Biasa \u2611 Segera \u2610 Sangat Segera \u2610 Rahasia"_s));
    CHECK(text.contains(u"\u2611 Rapatkan segera \u2610 Tindak lanjuti"_s));
    CHECK(text.contains(u"Diteruskan kepada Tim Pengelola Pengaduan"_s));
    CHECK(text.contains(u"Catatan rapatkan segera"_s));
    CHECK(text.contains(u"Kepala Dinas Sosial Kota Blitar,"_s));
    CHECK(text.contains(u"Drs. Hendra Wijaya, M.Si."_s));
    CHECK(text.contains(u"NIP. 19700312 199503 1 004"_s));
    CHECK_FALSE(text.contains(u"Plh."_s));
}

TEST_CASE("Lembar Disposisi of C: Rahasia, signed by Dewi as Plh.", "[print]")
{
    PdfFolder folder;
    auto sheet = forms::dispositionDocument(walkthroughCHidden(), context());
    const QString text = pdfFlatText(folder.write(sheet, u"C-disposisi"_s));
    CHECK(text.contains(u"0003/ADUAN/IV/2026"_s));
    CHECK(text.contains(u"Dari Dirahasiakan"_s));
    CHECK(text.contains(u"\u2611 Rahasia"_s));
    CHECK(text.contains(u"Plh. Kepala Dinas Sosial"_s));
    CHECK(text.contains(u"Dewi Kartika Sari"_s));
    CHECK(text.contains(u"NIP. 19810422 200604 2 007"_s));
    CHECK_FALSE(text.contains(u"Hartini"_s));
    CHECK_FALSE(text.contains(u"Hendra"_s));
}

TEST_CASE("A blank Lembar Disposisi before the head has disposed", "[print]")
{
    PdfFolder folder;
    ComplaintRecord open = walkthroughA();
    open.disposition.reset();
    auto sheet = forms::dispositionDocument(open, context());
    const QString text = pdfFlatText(folder.write(sheet, u"A-disposisi-kosong"_s));
    CHECK(text.contains(u"\u2610 Biasa \u2610 Segera \u2610 Sangat Segera \u2610 Rahasia"_s));
    CHECK(text.contains(u"Drs. Hendra Wijaya, M.Si."_s)); // the head of the office profile
    CHECK_FALSE(text.contains(u"\u2611"_s));
}

TEST_CASE("Hasil Keputusan Penyelesaian Pengaduan of A and B", "[print]")
{
    PdfFolder folder;
    auto a = forms::decisionDocument(walkthroughA(), context());
    const QString text = pdfFlatText(folder.write(a, u"A-keputusan"_s));
    CHECK(text.contains(u"HASIL KEPUTUSAN PENYELESAIAN PENGADUAN"_s));
    CHECK(text.contains(u"Nomor Aduan: 0001/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Senin, 2 Maret 2026 09.25 WIB"_s));
    CHECK(text.contains(u"Kewenangan Dinas Sosial Kota Blitar"_s));
    CHECK(text.contains(u"Dinas Sosial mengajukan aktivasi rekening pengadu"_s));
    CHECK(text.contains(u"1 Agus Setiawan"_s));
    CHECK(text.contains(u"2 Lina Marlina"_s));
    CHECK(text.contains(u"Tim Pengelola Pengaduan,"_s));

    auto b = forms::decisionDocument(walkthroughB(), context());
    const QString textB = pdfFlatText(folder.write(b, u"B-keputusan"_s));
    CHECK(textB.contains(u"Bukan kewenangan Dinas Sosial Kota Blitar; disalurkan kepada Dinas Kesehatan Kota Blitar"_s));
}

TEST_CASE("Formulir Penyaluran Pengaduan Bukan Kewenangan of B, to Dinas Kesehatan", "[print]")
{
    PdfFolder folder;
    auto letter = forms::referralDocument(walkthroughB(), context());
    const QString text = pdfFlatText(folder.write(letter, u"B-penyaluran"_s));
    CHECK(text.contains(u"FORMULIR PENYALURAN PENGADUAN BUKAN KEWENANGAN"_s));
    CHECK(text.contains(u"Nomor: 400.9/123/410.105/2026"_s));
    CHECK(text.contains(u"Blitar, 23 Maret 2026"_s));
    CHECK(text.contains(u"Kepada Yth. Dinas Kesehatan Kota Blitar Jl. contoh No. 2, Blitar di tempat"_s));
    CHECK(text.contains(u"0002/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Ibu Lestari"_s));
    CHECK(text.contains(u"Penanganan medis ODGJ dan kepesertaan jaminan kesehatan adalah kewenangan Dinas Kesehatan"_s));
    CHECK(text.contains(u"Drs. Hendra Wijaya, M.Si."_s));
    CHECK(text.contains(u"NIP. 19700312 199503 1 004"_s));
}

TEST_CASE("Berita Acara Penyelesaian Aduan of A opens with the date in words", "[print]")
{
    PdfFolder folder;
    auto report = forms::resolutionReportDocument(walkthroughA(), context());
    const QString text = pdfFlatText(folder.write(report, u"A-berita-acara"_s));
    CHECK(text.contains(u"BERITA ACARA PENYELESAIAN ADUAN"_s));
    CHECK(text.contains(u"Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh enam"_s));
    CHECK(text.contains(u"Rina Puspitasari"_s));
    CHECK(text.contains(u"NIP : 19900315 201503 2 001"_s));
    CHECK(text.contains(u"PIHAK PERTAMA"_s));
    CHECK(text.contains(u"Nama : Budi Santoso"_s));
    CHECK(text.contains(u"PIHAK KEDUA"_s));
    CHECK(text.contains(u"Nomor 0001/ADUAN/III/2026"_s));
    CHECK(text.contains(u"melalui telepon"_s));
    CHECK(text.contains(u"Rekening pengadu telah diajukan untuk diaktifkan kembali"_s));
    CHECK(text.contains(u"Pengadu menerima penjelasan dan akan datang ke bank penyalur."_s));
    CHECK(text.contains(u"Demikian Berita Acara ini dibuat dengan sebenarnya"_s));
    CHECK(text.contains(u"NIP. 19900315 201503 2 001"_s));
}

TEST_CASE("Berita Acara of C for a viewer without the right", "[print]")
{
    PdfFolder folder;
    auto report = forms::resolutionReportDocument(walkthroughCHidden(), context());
    const QString text = pdfFlatText(folder.write(report, u"C-berita-acara"_s));
    CHECK(text.contains(u"Pada hari ini Senin tanggal enam bulan April tahun dua ribu dua puluh enam"_s));
    CHECK(text.contains(u"Nama : Dirahasiakan"_s));
    CHECK(text.contains(u"secara langsung"_s));
    for (const QString &secret : {u"Hartini"_s, u"3572015203880002"_s, u"Mawar"_s, u"NIK"_s})
        CHECK_FALSE(text.contains(secret));
}

TEST_CASE("Riwayat Aduan of B: late steps, reasons, the pause, the audit", "[print]")
{
    PdfFolder folder;
    const SopDefinition sop = SopDefinition::builtIn();
    const ComplaintRecord b = walkthroughB();
    auto history = forms::historyDocument(b, context(), auditFor(b), &sop);
    const QString text = pdfFlatText(folder.write(history, u"B-riwayat"_s));
    CHECK(text.contains(u"RIWAYAT ADUAN"_s));
    CHECK(text.contains(u"0002/ADUAN/III/2026"_s));
    CHECK(text.contains(u"Menerima dan mengagendakan pengaduan"_s));
    CHECK(text.contains(u"Kamis, 19 Maret 2026 15.50.00 WIB"_s));
    CHECK(text.contains(u"Kamis, 19 Maret 2026 15.53.30 WIB"_s));
    CHECK(text.contains(u"3 mnt 30 dtk 5 mnt Tepat waktu"_s));
    CHECK(text.contains(u"21 mnt 30 dtk 10 mnt Terlambat 11 mnt 30 dtk"_s));
    CHECK(text.contains(u"Terlambat 11 mnt 30 dtk"_s));
    CHECK(text.contains(u"Alasan penyimpangan: Aduan masuk menjelang jam pulang; Jumat libur, dilaporkan Senin pagi"_s));
    CHECK(text.contains(u"15 mnt 10 mnt Terlambat 5 mnt"_s));
    CHECK(text.contains(u"Terlambat 5 mnt"_s));
    CHECK(text.contains(u"Alasan penyimpangan: Kepala Dinas memimpin apel pagi"_s));
    CHECK(text.contains(u"25 mnt 30 mnt Tepat waktu"_s));
    CHECK(text.contains(u"menunggu data kepesertaan dari BPJS Kesehatan"_s));
    CHECK(text.contains(u"Senin, 23 Maret 2026 08.10.00 WIB"_s));
    CHECK(text.contains(u"Senin, 23 Maret 2026 10.10.00 WIB"_s));
    CHECK(text.contains(u"2 langkah terlambat"_s));
    CHECK(text.contains(u"Disalurkan kepada : Dinas Kesehatan Kota Blitar"_s));
    CHECK(text.contains(u"Mengagendakan"_s));
    CHECK(text.contains(u"Nomor agenda: 0002/ADUAN/III/2026"_s));
}

TEST_CASE("Riwayat Aduan of A and C", "[print]")
{
    PdfFolder folder;
    const SopDefinition sop = SopDefinition::builtIn();
    const ComplaintRecord a = walkthroughA();
    auto history = forms::historyDocument(a, context(), auditFor(a), &sop);
    const QString text = pdfFlatText(folder.write(history, u"A-riwayat"_s));
    CHECK(text.contains(u"4 mnt 10 dtk 5 mnt Tepat waktu"_s));
    CHECK(text.contains(u"7 mnt 50 dtk 10 mnt Tepat waktu"_s));
    CHECK(text.contains(u"53 mnt dari target 1 jam 5 mnt"_s));
    CHECK(text.contains(u"0 langkah terlambat"_s));

    // Printed without the SOP revision at hand, the steps still read in the office's words.
    auto bareHistory = forms::historyDocument(a, context(), auditFor(a));
    const QString bare = pdfFlatText(folder.write(bareHistory, u"A-riwayat-bare"_s));
    CHECK(bare.contains(u"Mengagendakan"_s));
    CHECK(bare.contains(u"Penyampaian hasil"_s));
    for (const QString &code : {u"register"_s, u"report"_s, u"dispose"_s, u"decide"_s, u"convey"_s})
        CHECK_FALSE(bare.contains(code));

    const ComplaintRecord c = walkthroughCHidden();
    QList<AuditEntry> audit = auditFor(c);
    audit.first().newValue.insert(u"complainant_name"_s, u"Hartini"_s);
    audit.first().newValue.insert(u"complainant_nik"_s, u"3572015203880002"_s);
    auto historyC = forms::historyDocument(c, context(), audit, &sop);
    const QString textC = pdfFlatText(folder.write(historyC, u"C-riwayat"_s));
    CHECK(textC.contains(u"Plh. Kepala Dinas"_s));
    CHECK(textC.contains(u"6 mnt 5 mnt Terlambat 1 mnt"_s));
    CHECK(textC.contains(u"35 mnt 30 mnt Terlambat 5 mnt"_s));
    CHECK(textC.contains(u"10 mnt 10 mnt Tepat waktu"_s));
    CHECK(textC.contains(u"Nama pengadu: Dirahasiakan"_s));
    CHECK_FALSE(textC.contains(u"Hartini"_s));
    CHECK_FALSE(textC.contains(u"3572015203880002"_s));
}

TEST_CASE("Riwayat Aduan reads as an Indonesian document in office time", "[print][issue18]")
{
    PdfFolder folder;
    const SopDefinition sop = SopDefinition::builtIn();
    const ComplaintRecord b = walkthroughB();
    // The audit entries as the engine writes them (Workflow::finishStep, corrections).
    AuditEntry registered;
    registered.at = QDateTime(QDate(2026, 3, 18), QTime(14, 14), Qt::UTC);
    registered.userId = 1;
    registered.userName = u"Rina"_s;
    registered.action = u"register"_s;
    registered.entity = u"complaint"_s;
    registered.newValue = QJsonObject{
        {u"agendaNumber"_s, b.agendaNumber},
        {u"channel"_s, u"sms"_s},
        {u"receivedAt"_s, u"2026-03-18T14:14:00.000Z"_s},
        {u"confidentiality"_s, u"biasa"_s},
        {u"sopRevision"_s, 1},
        {u"step"_s, QJsonObject{{u"step"_s, 1}, {u"workedSeconds"_s, 250},
                                {u"targetSeconds"_s, 300}, {u"late"_s, false}}}};
    AuditEntry disposed = registered;
    disposed.action = u"dispose"_s;
    disposed.newValue = QJsonObject{
        {u"urgency"_s, u"sangat_segera"_s},
        {u"instructions"_s, QJsonArray{u"Tindak lanjuti"_s, u"Koordinasikan"_s}},
        {u"step"_s, QJsonObject{{u"step"_s, 3}, {u"workedSeconds"_s, 900},
                                {u"targetSeconds"_s, 600}, {u"late"_s, true},
                                {u"deviationReason"_s, u"Apel pagi"_s},
                                {u"actingHead"_s, true}}}};
    auto history = forms::historyDocument(b, context(), {registered, disposed}, &sop);
    const QString text = pdfFlatText(folder.write(history, u"B-riwayat-kata"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"Mengagendakan"_s));
    CHECK(text.contains(u"Disposisi"_s));
    CHECK(text.contains(u"Diterima: Rabu, 18 Maret 2026 21.14 WIB"_s));
    CHECK(text.contains(u"Cara penyampaian: Tidak langsung"_s));
    CHECK(text.contains(u"Langkah: 1: waktu kerja 4 mnt 10 dtk dari target 5 mnt, tepat waktu"_s));
    CHECK(text.contains(u"Sifat: Sangat Segera"_s));
    CHECK(text.contains(u"Instruksi: Tindak lanjuti; Koordinasikan"_s));
    CHECK(text.contains(u"terlambat; alasan penyimpangan: Apel pagi; oleh Plh. Kepala Dinas"_s));
    for (const QString &internal :
         {u"register"_s, u"dispose"_s, u"receivedAt"_s, u"workedSeconds"_s, u"agendaNumber"_s,
          u"sopRevision"_s, u"2026-03-18T"_s, u".000Z"_s, u"{"_s, u"sangat_segera"_s}) {
        CAPTURE(internal);
        CHECK_FALSE(text.contains(internal));
    }
}
