// The forms' face: Arial or a font with its metrics, and a layout that holds with a fallback.
#include "document/formbuilder.h"
#include "document/documentrenderer.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"

#include "catch_qt.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::forms;

TEST_CASE("The forms print in Arial's metrics: Arial or Liberation Sans is installed",
          "[print][font]")
{
    // ADUAN_EXPECT_PRINT_FONT names the family a run expects instead (the fallback-font run of
    // the print tests hides Arial's twins from fontconfig, see tests/print/fallback-fonts.conf).
    const QString family = QFontInfo(printFont(11.0)).family();
    INFO(family.toStdString());
    const QString expected = qEnvironmentVariable("ADUAN_EXPECT_PRINT_FONT");
    if (!expected.isEmpty())
        CHECK(family == expected);
    else
        CHECK(QStringList{u"Arial"_s, u"Liberation Sans"_s, u"Nimbus Sans"_s}.contains(family));
}

TEST_CASE("A grid column widens to hold its one-line texts in the font this PC has",
          "[print][font]")
{
    QTextDocument document;
    const PageSetup page;
    DocumentRenderer::prepare(document, page);
    FormBuilder form(document, page);
    const QString number = u"0123/ADUAN/VIII/2026"_s;
    const qreal total = form.contentWidthPt();
    const qreal needed = QFontMetricsF(printFont(11.0), pointDevice()).horizontalAdvance(number)
                         + 2 * FormBuilder::kGridPaddingPt;

    SECTION("shares alone when everything fits")
    {
        const auto widths = form.columnWidths({{1, {}}, {1, {u"Nr"_s}}, {2, {}}});
        REQUIRE(widths.size() == 3);
        CHECK(widths.at(0).rawValue() == Approx(25.0));
        CHECK(widths.at(1).rawValue() == Approx(25.0));
        CHECK(widths.at(2).rawValue() == Approx(50.0));
    }
    SECTION("a column too narrow for its text widens; the others give up width by share")
    {
        // Five equal columns: a fifth of the width is less than the number needs.
        REQUIRE(total / 5 < needed);
        const auto widths = form.columnWidths({{1, {}}, {1, {number}}, {1, {}}, {1, {}}, {2, {}}});
        REQUIRE(widths.size() == 5);
        CHECK(widths.at(1).rawValue() * total / 100 >= needed);
        CHECK(widths.at(0).rawValue() == Approx(widths.at(2).rawValue()));
        CHECK(widths.at(4).rawValue() == Approx(2 * widths.at(3).rawValue()));
        qreal sum = 0;
        for (const QTextLength &w : widths)
            sum += w.rawValue();
        CHECK(sum == Approx(100.0));
    }
    SECTION("bold texts are measured bold")
    {
        const QString label = u"Cara penyampaian"_s;
        const auto plain = form.columnWidths({{1, {label}}, {20, {}}});
        const auto bold = form.columnWidths({{1, {label}, true}, {20, {}}});
        CHECK(bold.at(0).rawValue() > plain.at(0).rawValue());
    }
}
