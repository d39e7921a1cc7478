#include "plaintext.h"

#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isRefusedControl(char32_t c, TextShape shape)
{
    if (shape == TextShape::MultiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
        return false;
    return QChar::category(c) == QChar::Other_Control || c == 0x2028 || c == 0x2029;
}

QString codePoint(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

Findings checkPlainText(const QString &text, const QString &field, const QString &label,
                        TextShape shape)
{
    Findings findings;
    bool control = false;
    bool bidi = false;
    qsizetype position = 0;
    for (char32_t c : text.toUcs4()) {
        ++position;
        if (!control && isRefusedControl(c, shape)) {
            control = true;
            const QString message =
                shape == TextShape::SingleLine
                    ? QCoreApplication::translate(
                          "aduan::Validation",
                          "The field \"%1\" holds an invisible control character (%2, character "
                          "%3), which does not show on screen and breaks prints and exports. "
                          "This field takes a single line: remove the character, for example "
                          "by typing the text again.")
                    : QCoreApplication::translate(
                          "aduan::Validation",
                          "The field \"%1\" holds an invisible control character (%2, character "
                          "%3), which does not show on screen and breaks prints and exports. "
                          "Line breaks and tabs are fine; remove this character, for example by "
                          "typing the text again.");
            findings << Finding{Finding::Severity::Error, field + u".control"_s,
                                message.arg(label, codePoint(c)).arg(position), field};
        }
        if (!bidi && isBidiControl(c)) {
            bidi = true;
            findings << Finding{
                Finding::Severity::Error, field + u".bidi"_s,
                QCoreApplication::translate(
                    "aduan::Validation",
                    "The field \"%1\" holds a hidden character that reverses the direction of "
                    "the text (%2, character %3): the text would show and print differently "
                    "from what is stored. Remove it, for example by typing the text again.")
                    .arg(label, codePoint(c))
                    .arg(position),
                field};
        }
    }
    return findings;
}

QString revealHiddenCharacters(const QString &text)
{
    bool any = false;
    for (QChar c : text)
        any = any || c.category() == QChar::Other_Control || c.isSurrogate()
              || isBidiControl(c.unicode()) || c.unicode() == 0x2028 || c.unicode() == 0x2029;
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (char32_t c : text.toUcs4()) {
        if (isRefusedControl(c, TextShape::MultiLine) || isBidiControl(c))
            out += u'[' + codePoint(c) + u']';
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

void requirePlainText(const QString &text, const QString &label, TextShape shape)
{
    const Findings findings = checkPlainText(text, u"text"_s, label, shape);
    if (!findings.isEmpty())
        throw Error(Error::Code::Invalid, findings.constFirst().message, {}, findings);
}

void requirePlainTexts(const QStringList &texts, const QString &label)
{
    for (const QString &text : texts)
        requirePlainText(text, label, TextShape::SingleLine);
}

} // namespace aduan
