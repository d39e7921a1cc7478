#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace aduan {

/// CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel detects UTF-8), fields
/// quoted per RFC 4180 (a field with a comma, quote, CR or LF is enclosed in double quotes and
/// its quotes doubled, so a line break inside a text stays inside one record), CRLF between
/// records, and formula injection neutralised (OWASP "CSV Injection"): a cell that starts with
/// =, +, -, @, TAB or CR gets a leading apostrophe, unless it is a plain number ("-50000",
/// "12,5") or a phone number ("+6281234567890"). Hidden characters (control characters other
/// than CR, LF and TAB; bidirectional controls) are written out as "[U+XXXX]"
/// (revealHiddenCharacters()): a spreadsheet shows every character, none silently.
class CsvWriter
{
public:
    /// Writes the byte-order mark at once. The device must be open for writing.
    explicit CsvWriter(QIODevice &device);

    void writeRecord(const QStringList &fields);
    /// A cell that must stay text in a spreadsheet although it is all digits (a 16-digit NIK
    /// would lose its last digits as a number): written as ="3572021208750004", Excel's and
    /// LibreOffice's way to say "this text". Only for values the program checked to be digits.
    static QString digitsAsText(const QString &digits);

    static QString quote(const QString &field);
    static QString neutralize(const QString &field);

private:
    QIODevice &m_device;
};

} // namespace aduan
