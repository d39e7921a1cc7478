#include "common/fieldmessage.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace aduan::forms {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFixedHeight(reservedHeight());
}

void FieldMessage::setLines(int lines)
{
    m_lines = std::max(1, lines);
    setFixedHeight(reservedHeight());
    fit();
}

void FieldMessage::setMessage(const QString &text)
{
    m_message = text;
    fit();
}

QSize FieldMessage::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, reservedHeight()};
}

QSize FieldMessage::minimumSizeHint() const
{
    return {0, reservedHeight()};
}

int FieldMessage::reservedHeight() const
{
    const QMargins m = contentsMargins();
    return m_lines * fontMetrics().lineSpacing() + m.top() + m.bottom() + 2;
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        setFixedHeight(reservedHeight());
        fit();
    }
}

void FieldMessage::fit()
{
    const int width = contentsRect().width();
    QString shown = m_message;
    m_cut = false;
    if (!m_message.isEmpty() && width > 0) {
        // Lay the text out as the label wraps it (at word boundaries); keep the reserved lines.
        const QFontMetrics fm = fontMetrics();
        QTextLayout layout(m_message, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width - 2);
            lines << m_message.mid(line.textStart(), line.textLength());
        }
        layout.endLayout();
        // A hard line break starts a line of its own in the label too.
        QStringList split;
        for (const QString &l : std::as_const(lines)) {
            const QStringList parts = l.split(u'\n');
            for (const QString &p : parts)
                split << p;
        }
        if (split.size() > m_lines) {
            m_cut = true;
            QStringList kept = split.mid(0, m_lines);
            QString last = kept.takeLast().trimmed() + u" …"_s;
            last = fm.elidedText(last, Qt::ElideRight, width - 2 - fm.horizontalAdvance(u"…"_s));
            if (!last.endsWith(u"…"_s))
                last += u"…"_s;
            for (QString &k : kept)
                k = k.trimmed();
            kept << last;
            shown = kept.join(u'\n');
        }
    }
    QLabel::setText(shown);
    setToolTip(m_cut ? m_message : QString());
}

} // namespace aduan::forms
