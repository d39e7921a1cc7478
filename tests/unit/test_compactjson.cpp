// The history's row seals are digests of JSON text that earlier versions wrote through
// QJsonDocument; util/compactjson writes the same text directly. Any byte of difference would
// make every stored seal read as "changed outside Aduan", so the two are compared on every
// UTF-16 code unit, on surrogate pairs and lone surrogates, and on whole rows.

#include "catch_qt.h"

#include "util/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

QByteArray byQt(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the array's brackets
}

QByteArray byAduan(const QString &text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

} // namespace

TEST_CASE("Every UTF-16 code unit is written as QJsonDocument writes it", "[compactjson]")
{
    int differing = 0;
    for (char32_t unit = 0; unit <= 0xffff; ++unit) {
        // Alone, and between letters (a lone surrogate between others stays lone).
        const QString alone{QChar(char16_t(unit))};
        const QString framed = u"a"_s + alone + u"b"_s;
        if (byAduan(alone) != byQt(alone) || byAduan(framed) != byQt(framed)) {
            if (++differing <= 5)
                UNSCOPED_INFO("differs at U+" << QString::number(unit, 16).toStdString());
        }
    }
    CHECK(differing == 0);
}

TEST_CASE("Surrogate pairs, broken pairs and mixed text are written as QJsonDocument writes them",
          "[compactjson]")
{
    const QList<QString> texts = {
        QString(),
        u"Siti Aminah, Jl. Merdeka 12\nRT 01/RW 02\t\"rahasia\" \\ C:\\x"_s,
        u"😀 emoji, ꦗꦮ Javanese script, Ä, €, 中文"_s,
        QString::fromUtf16(u"\xd83d\xde00\xd83d"),      // a pair, then a lone high surrogate
        QString::fromUtf16(u"\xde00\xd83d\x0041"),      // lone low, high followed by a letter
        QString::fromUtf16(u"\xdbff\xdfff\xd800\xdc00"), // the last and the first pair
        QString(u'\x7f') + QChar(0x80) + QChar(0x7ff) + QChar(0x800) + QChar(0xfffe),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(byAduan(text) == byQt(text));
    }
    // Every pair's range: the first and last low surrogate of each high one.
    for (char16_t high = 0xd800; high <= 0xdbff; ++high) {
        for (char16_t low : {char16_t(0xdc00), char16_t(0xdfff)}) {
            const char16_t pair[] = {high, low, 0};
            const QString text = QString::fromUtf16(pair);
            REQUIRE(byAduan(text) == byQt(text));
        }
    }
}
