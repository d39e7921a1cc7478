#include "document/printcontext.h"

#include "util/indonesian.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

QTimeZone defaultOfficeZone()
{
    const QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    return jakarta.isValid() ? jakarta : QTimeZone(7 * 3600);
}

PageSetup PrintContext::portrait() const
{
    PageSetup page;
    page.paper = paper;
    page.orientation = QPageLayout::Portrait;
    page.marginsMm = marginsMm;
    return page;
}

PageSetup PrintContext::landscape() const
{
    PageSetup page;
    page.paper = paper;
    page.orientation = QPageLayout::Landscape;
    page.marginsMm = QMarginsF(20.0, 15.0, 15.0, 15.0);
    return page;
}

QString PrintContext::printedLine() const
{
    if (preparedBy.isEmpty() && !printedAt.isValid())
        return {};
    QString text = u"Dicetak"_s;
    if (!preparedBy.isEmpty()) {
        text += u" oleh "_s;
        text += preparedBy;
    }
    if (printedAt.isValid()) {
        text += preparedBy.isEmpty() ? u" "_s : u", "_s;
        text += dateTime(printedAt, zone);
    }
    return text;
}

} // namespace aduan::forms
