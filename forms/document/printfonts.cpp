#include "document/printfonts.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

QStringList printFontFamilies()
{
    return {u"Arial"_s,          u"Liberation Sans"_s, u"Nimbus Sans"_s,
            u"Noto Sans"_s,      u"DejaVu Sans"_s,     u"Noto Sans Javanese"_s,
            u"Javanese Text"_s,  u"Segoe UI Emoji"_s,  u"Segoe UI Symbol"_s,
            u"Symbola"_s,        u"Noto Emoji"_s};
}

QFont printFont(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(printFontFamilies());
    font.setPointSizeF(pointSize);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setStyleHint(QFont::SansSerif);
    // Positions come from the fonts' design metrics (no hinting): what prints matches the layout.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

} // namespace aduan::forms
