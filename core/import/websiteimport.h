#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace aduan {

class Clock;
class Database;

/// A CSV file as read: the header's column names and the data rows with their line numbers in
/// the file (1 = the header line).
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
    QChar separator = u';';
};

/// Reads a CSV export (RFC 4180 quoting: fields in double quotes may hold the separator, line
/// breaks and "" for a quote) as saved by Excel or Google Sheets in an Indonesian locale:
/// semicolon separators (a comma when the header line has no semicolon), UTF-8 with or without
/// a byte-order mark, CRLF or LF line ends. Blank lines are skipped. Throws aduan::Error(Invalid)
/// for an empty file or a quote left open (the message names its line).
CsvTable readCsv(const QByteArray &bytes);

/// The fields of a website or Google Form row (issue 19) that a CSV column can fill.
enum class ImportField { Name, Nik, Phone, Address, Text, Time };
QList<ImportField> importFields();
/// "name", "nik", "phone", "address", "text", "time" (the mapping's JSON keys, aduan-cli import).
QString importFieldCode(ImportField field);
std::optional<ImportField> importFieldFromCode(const QString &code);
/// The field's name as the import screen shows it, in the screens' language (context
/// aduan::WebsiteImport; in Indonesian "Nama", "NIK", "Nomor HP", "Alamat", "Isi aduan", "Waktu").
QString importFieldLabel(ImportField field);

/// Which column (by its header name) fills which field. Text and Time are required.
struct ImportMapping {
    QHash<ImportField, QString> columns;
    bool complete() const;
    /// A mapping guessed from the header's names (Indonesian and English words such as "Nama",
    /// "No. HP", "Isi Pengaduan", "Timestamp"/"Stempel waktu").
    static ImportMapping guess(const QStringList &header);
};

/// The mapping remembered for the next import (setting import.website_mapping, JSON);
/// std::nullopt when none is stored.
std::optional<ImportMapping> rememberedMapping(Database &db);

/// A row that was not imported: its line number in the file and why.
struct ImportProblem {
    int line = 0;
    QString reason;
};

/// What an import did.
struct ImportReport {
    int added = 0;
    int duplicates = 0; ///< rows imported before (same time, phone, name and text)
    QList<ImportProblem> problems;
};

/// Parses a time as the export writes it, in office time (`zone`): dd/mm/yyyy or d/m/yyyy with
/// an optional HH:mm or HH:mm:ss (Indonesian locale), or yyyy-mm-dd HH:mm:ss (Google Sheets'
/// raw form). Returns UTC; an invalid QDateTime when the text is none of these.
QDateTime parseImportTime(const QString &text, const QTimeZone &zone);

/// Imports the rows of `table` into the inbox (channel Website) through MessageIntake: each row
/// waits in SMS masuk until the officer registers it. A row imported twice is counted as a
/// duplicate, a bad row (no text, no or unreadable time, a phone or NIK that is no phone or NIK)
/// is reported with its line number and reason and the rest still imports. Remembers `mapping`
/// (history entry "setting.import-mapping" by `actorId`, an officer or administrator).
/// Throws Error(Invalid) when the mapping lacks the text or time column or names a column the
/// file does not have (nothing imported), Error(Forbidden) for another user.
ImportReport importWebsiteRows(Database &db, const Clock &clock, qint64 actorId,
                               const CsvTable &table, const ImportMapping &mapping);

} // namespace aduan
