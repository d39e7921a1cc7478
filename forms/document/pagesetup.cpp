#include "document/pagesetup.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

QString paperName(PaperSize paper)
{
    return paper == PaperSize::F4 ? u"F4"_s : u"A4"_s;
}

std::optional<PaperSize> paperFromName(const QString &name)
{
    const QString n = name.trimmed();
    for (PaperSize paper : {PaperSize::A4, PaperSize::F4}) {
        if (n.compare(paperName(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

QPageSize paperPageSize(PaperSize paper)
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

std::optional<PaperSize> paperOf(const QPageSize &size)
{
    if (!size.isValid())
        return std::nullopt;
    constexpr qreal kToleranceMm = 3.0;
    QSizeF mm = size.size(QPageSize::Millimeter);
    if (mm.width() > mm.height())
        mm.transpose();
    for (PaperSize paper : {PaperSize::A4, PaperSize::F4}) {
        const QSizeF want = paperPageSize(paper).size(QPageSize::Millimeter);
        if (qAbs(mm.width() - want.width()) <= kToleranceMm
            && qAbs(mm.height() - want.height()) <= kToleranceMm)
            return paper;
    }
    return std::nullopt;
}

QPageSize PageSetup::pageSize() const
{
    return paperPageSize(paper);
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
