#include "support/resultbanner.h"

#include "common/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace aduan::gui {

ResultBanner::ResultBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"resultBanner"_s);
    setStyleSheet(u"#resultBanner{background:%1;border:1px solid %2;border-radius:4px}"_s
                      .arg(palette::css(palette::successFill), palette::css(palette::successBorder)));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_text = new QLabel;
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_text, 1);
    m_close = new QPushButton(tr("Close"));
    m_layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ResultBanner::showMessage(const QString &html)
{
    m_text->setText(html);
    show();
}

QString ResultBanner::text() const
{
    return m_text->text();
}

QPushButton *ResultBanner::addButton(const QIcon &icon, const QString &text)
{
    auto *button = new QPushButton(icon, text);
    m_layout->insertWidget(m_layout->indexOf(m_close), button);
    return button;
}

} // namespace aduan::gui
