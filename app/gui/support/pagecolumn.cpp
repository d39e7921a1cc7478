#include "support/pagecolumn.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace aduan::gui {

QVBoxLayout *pageColumn(QWidget *page)
{
    auto *outer = new QHBoxLayout(page);
    auto *content = new QWidget;
    content->setMaximumWidth(820);
    outer->addWidget(content, 1);
    outer->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace aduan::gui
