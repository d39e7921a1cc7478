#include "export/csvwriter.h"

#include "validation/plaintext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_device.write("\xEF\xBB\xBF");
}

QString CsvWriter::neutralize(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t'
        && first != u'\r')
        return field;
    static const QRegularExpression number(u"^[+-]?\\d+([.,]\\d+)?$"_s);
    static const QRegularExpression phone(u"^\\+\\d{7,15}$"_s);
    if (number.match(field).hasMatch() || phone.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString CsvWriter::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r') && !field.contains(u';'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::digitsAsText(const QString &digits)
{
    if (digits.isEmpty())
        return digits;
    return u"=\""_s + digits + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString f = revealHiddenCharacters(fields.at(i));
        // Cells made by digitsAsText() are ours, not user input: keep them as they are.
        const bool ours = f.startsWith(u"=\""_s) && f.endsWith(u'"')
                          && QStringView(f).mid(2, f.size() - 3).toString().toULongLong() > 0;
        line += quote(ours ? f : neutralize(f));
    }
    line += u"\r\n"_s;
    m_device.write(line.toUtf8());
}

} // namespace aduan
