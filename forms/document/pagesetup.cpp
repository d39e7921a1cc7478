#include "document/pagesetup.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

QPageSize PageSetup::pageSize() const
{
    switch (paper) {
    case PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case PaperSize::F4:
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, u"F4"_s,
                         QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QSizeF PageSetup::paperSizeMm() const
{
    const QSizeF portrait = pageSize().size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

QSizeF PageSetup::paperSizePt() const
{
    const QSizeF mm = paperSizeMm();
    return {mmToPt(mm.width()), mmToPt(mm.height())};
}

QMarginsF PageSetup::marginsPt() const
{
    return {mmToPt(marginsMm.left()), mmToPt(marginsMm.top()), mmToPt(marginsMm.right()),
            mmToPt(marginsMm.bottom())};
}

QSizeF PageSetup::contentSizePt() const
{
    const QSizeF paper = paperSizePt();
    const QMarginsF m = marginsPt();
    return {paper.width() - m.left() - m.right(), paper.height() - m.top() - m.bottom()};
}

QPageLayout PageSetup::fullPageLayout() const
{
    return QPageLayout(pageSize(), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace aduan::forms
