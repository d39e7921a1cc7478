#include "export/complaintexport.h"

#include "export/csvwriter.h"
#include "export/recaptable.h"
#include "queries/intakebook.h"
#include "recap/recap.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "util/error.h"
#include "validation/plaintext.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QStringList kHeadings = {
    u"No. Agenda"_s, u"Diterima"_s,  u"Dicatat"_s,  u"Saluran"_s,    u"Pengadu"_s,
    u"NIK"_s,        u"Telepon"_s,   u"Alamat"_s,   u"Perihal"_s,    u"Uraian"_s,
    u"Lokasi"_s,     u"Kategori"_s,  u"Kelas"_s,    u"Status"_s,     u"Langkah"_s,
    u"Batas waktu"_s};

// The most characters an XLSX cell holds (Excel's specifications and limits; libxlsxwriter
// refuses longer strings with LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED).
constexpr int kXlsxCellCharacters = 32767;

QString officeTime(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QStringList fields(const ExportRow &r, const QTimeZone &zone)
{
    return {r.line.agendaNumber,
            officeTime(r.line.receivedAt, zone),
            officeTime(r.line.registeredAt, zone),
            channelLabel(r.line.channel),
            r.line.complainantName,
            r.nik,
            r.phone,
            r.address,
            r.line.subject,
            r.description,
            r.location,
            r.line.category,
            r.classCode,
            statusLabel(r.line.status),
            r.line.currentStep > 0 ? QString::number(r.line.currentStep) : QString(),
            officeTime(r.deadlineAt, zone)};
}

[[noreturn]] void cannotWrite(const QString &path, const QString &why)
{
    throw Error(Error::Code::ReadOnly,
                QCoreApplication::translate("aduan::Export",
                                            "The file %1 cannot be written: %2. Choose another "
                                            "folder.")
                    .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

qint64 exportComplaintsCsv(Database &db, const Clock &clock, qint64 viewerId,
                           const IntakeBookFilter &filter, const QString &path)
{
    IntakeBook book(db, clock);
    const User viewer = book.viewer(viewerId);
    const QTimeZone zone = book.calendar().timeZone();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    CsvWriter csv(file);
    csv.writeRecord(kHeadings);
    qint64 count = 0;
    db.read([&] {
        ComplaintStore(db, zone).exportRows(filter, viewer.canSeeConfidential,
                                            [&](const QList<ExportRow> &rows) {
                                                for (const ExportRow &r : rows) {
                                                    QStringList f = fields(r, zone);
                                                    f[5] = CsvWriter::digitsAsText(r.nik);
                                                    csv.writeRecord(f);
                                                }
                                                count += rows.size();
                                            });
    });
    if (!file.commit())
        cannotWrite(path, file.errorString());
    return count;
}

qint64 exportComplaintsXlsx(Database &db, const Clock &clock, qint64 viewerId,
                            const IntakeBookFilter &filter, const QString &path,
                            const MonthlyRecap *recap)
{
    IntakeBook book(db, clock);
    const User viewer = book.viewer(viewerId);
    const QTimeZone zone = book.calendar().timeZone();
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        cannotWrite(path, u"libxlsxwriter could not create it"_s);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Aduan");
    auto text = [&](lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &value,
                    lxw_format *format = nullptr) {
        // Every cell is written as a string: a NIK or phone stays text, a formula stays text.
        // Hidden characters are written out visibly (a C string would end at a NUL); a text
        // longer than a cell holds is refused, never cut.
        const QString shown = revealHiddenCharacters(value);
        const lxw_error result =
            worksheet_write_string(ws, row, col, shown.toUtf8().constData(), format);
        if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
            workbook_close(workbook);
            QFile::remove(path);
            throw Error(Error::Code::Invalid,
                        QCoreApplication::translate(
                            "aduan::Export",
                            "Row %1, column \"%2\" holds %3 characters, more than a cell of an "
                            "XLSX workbook can hold (%4). Nothing was exported: export as CSV, "
                            "which keeps every character.")
                            .arg(row + 1)
                            .arg(col < kHeadings.size() ? kHeadings.at(col) : QString())
                            .arg(shown.size())
                            .arg(kXlsxCellCharacters));
        }
        if (result != LXW_NO_ERROR)
            cannotWrite(path, QString::fromUtf8(lxw_strerror(result)));
    };
    for (int c = 0; c < kHeadings.size(); ++c)
        text(sheet, 0, lxw_col_t(c), kHeadings.at(c), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    qint64 count = 0;
    db.read([&] {
        ComplaintStore(db, zone).exportRows(filter, viewer.canSeeConfidential,
                                            [&](const QList<ExportRow> &rows) {
                                                for (const ExportRow &r : rows) {
                                                    const QStringList f = fields(r, zone);
                                                    ++count;
                                                    for (int c = 0; c < f.size(); ++c)
                                                        text(sheet, lxw_row_t(count), lxw_col_t(c), f.at(c));
                                                }
                                            });
    });
    if (recap) {
        lxw_worksheet *summary = workbook_add_worksheet(workbook, "Rekap");
        const QList<QStringList> table = recapTable(*recap);
        for (int r = 0; r < table.size(); ++r) {
            for (int c = 0; c < table.at(r).size(); ++c)
                text(summary, lxw_row_t(r), lxw_col_t(c), table.at(r).at(c), r == 0 ? bold : nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        cannotWrite(path, QString::fromUtf8(lxw_strerror(error)));
    return count;
}

void exportRecapCsv(const MonthlyRecap &recap, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    CsvWriter csv(file);
    for (const QStringList &row : recapTable(recap))
        csv.writeRecord(row);
    if (!file.commit())
        cannotWrite(path, file.errorString());
}

} // namespace aduan
