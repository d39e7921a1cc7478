#include "workflow/agendanumber.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan::agendanumber {

namespace {

QString roman(int month)
{
    static const char *const numerals[] = {"I",   "II", "III", "IV", "V",  "VI",
                                           "VII", "VIII", "IX", "X", "XI", "XII"};
    return QString::fromLatin1(numerals[(month - 1) % 12]);
}

[[noreturn]] void invalid(const QString &pattern, const QString &why)
{
    throw Error(Error::Code::Invalid,
                QCoreApplication::translate("aduan::AgendaNumber",
                                            "The agenda number pattern \"%1\" cannot be used: %2")
                    .arg(pattern, why));
}

} // namespace

QString format(const QString &pattern, int sequence, QDate officeDate)
{
    static const QRegularExpression token(u"\\{([a-z_]+)(?::0(\\d))?\\}"_s);
    QString out;
    qsizetype last = 0;
    bool hasSequence = false;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        const int width = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (name == u"seq"_s) {
            hasSequence = true;
            out += QString::number(sequence).rightJustified(width, u'0');
        } else if (name == u"month"_s) {
            out += QString::number(officeDate.month()).rightJustified(width, u'0');
        } else if (name == u"month_roman"_s) {
            out += roman(officeDate.month());
        } else if (name == u"year"_s) {
            out += QString::number(officeDate.year());
        } else {
            invalid(pattern, u"unknown token {%1}"_s.arg(name));
        }
    }
    out += pattern.mid(last);
    if (!hasSequence)
        invalid(pattern, u"it has no {seq}, so numbers would repeat"_s);
    return out;
}

void checkPattern(const QString &pattern)
{
    format(pattern, 1, QDate(2024, 1, 1));
}

} // namespace aduan::agendanumber
