#include "common/handoverview.h"

#include "common/palette.h"
#include "document/complaintview.h"
#include "domain/complaint.h"

#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr int kMaxLines = 7; // then it scrolls

QString paragraph(const QString &label, const QString &value, const QString &none)
{
    const QString text = value.trimmed();
    QString html = u"<p style='margin:0 0 4px 0'><b>"_s + label.toHtmlEscaped() + u"</b> "_s;
    if (text.isEmpty())
        html += u"<i>"_s + none.toHtmlEscaped() + u"</i>"_s;
    else
        html += text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    return html + u"</p>"_s;
}

} // namespace

HandoverView::HandoverView(StepAction step, QWidget *parent)
    : QFrame(parent)
    , m_step(step)
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"handoverView"_s);
    setStyleSheet(u"#handoverView{background:%1;border-radius:3px}"_s.arg(
        palette::css(palette::noteFill)));
    m_text->setObjectName(u"handoverText"_s);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setStyleSheet(u"background:transparent"_s);
    m_text->setOpenLinks(false);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Read, not typed into: Tab goes from the list to the form without stopping here.
    m_text->setFocusPolicy(Qt::ClickFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clear();
}

HandoverView::~HandoverView() = default;

void HandoverView::setComplaint(const ComplaintRecord &c)
{
    const QString none = tr("(none)");
    QString html;
    switch (m_step) {
    case StepAction::Dispose: {
        const StepState *reported = stepByAction(c, StepAction::Report);
        const QString note = reported ? reported->note : QString();
        html += paragraph(tr("Description:"), c.description, none);
        html += paragraph(tr("Secretary's note for the head:"), note, tr("(no note)"));
        break;
    }
    case StepAction::Decide: {
        html += paragraph(tr("Description:"), c.description, none);
        if (c.disposition) {
            const DispositionInput &d = c.disposition->input;
            html += paragraph(tr("Head's instructions (%1):").arg(urgencyLabel(d.urgency)),
                              d.instructions.join(u"; "_s), none);
            html += paragraph(tr("Head's note:"), d.note, tr("(no note)"));
        }
        break;
    }
    case StepAction::Convey:
        if (c.referral) {
            const ReferralRecord &r = *c.referral;
            QString to = r.agencyName;
            if (!r.input.letterNumber.trimmed().isEmpty())
                to += u" — "_s + tr("letter %1").arg(r.input.letterNumber.trimmed());
            html += paragraph(tr("Referred to:"), to, none);
            html += paragraph(tr("Reason for the referral:"), r.input.reason, none);
        } else if (c.decision) {
            html += paragraph(tr("Team's decision:"), c.decision->input.decision, none);
        }
        break;
    case StepAction::Register:
    case StepAction::Report:
        html += paragraph(tr("Description:"), c.description, none);
        break;
    }
    m_text->setHtml(html);
    setVisible(!html.isEmpty());
    fitHeight();
}

void HandoverView::clear()
{
    m_text->clear();
    hide();
}

QString HandoverView::text() const
{
    return m_text->toPlainText();
}

void HandoverView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void HandoverView::fitHeight()
{
    // As tall as the text at this width, at most kMaxLines lines; beyond that it scrolls.
    QTextDocument *doc = m_text->document();
    doc->setTextWidth(m_text->viewport()->width());
    const int lines = fontMetrics().lineSpacing();
    const int wanted = int(doc->size().height()) + 2 * m_text->frameWidth();
    const int height = qBound(lines * 2, wanted, lines * kMaxLines);
    if (m_text->height() != height) {
        m_text->setFixedHeight(height);
        const QMargins m = contentsMargins() + layout()->contentsMargins();
        setFixedHeight(height + m.top() + m.bottom());
    }
}

} // namespace aduan::forms
