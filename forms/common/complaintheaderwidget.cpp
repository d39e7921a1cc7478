#include "common/complaintheaderwidget.h"

#include "domain/complaint.h"
#include "util/indonesian.h"

#include <QFormLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

ComplaintHeaderWidget::ComplaintHeaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_number(valueLabel(u"numberValue"_s, this))
    , m_received(valueLabel(u"receivedValue"_s, this))
    , m_from(valueLabel(u"fromValue"_s, this))
    , m_subject(valueLabel(u"subjectValue"_s, this))
{
    // The agenda number and the date are read on one line ("0243/ADUAN/XI/2026" never broken
    // at a slash); the name and the subject wrap.
    m_number->setWordWrap(false);
    m_received->setWordWrap(false);
    QFont bold = m_number->font();
    bold.setBold(true);
    m_number->setFont(bold);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Agenda number:"), m_number);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Subject:"), m_subject);
}

ComplaintHeaderWidget::~ComplaintHeaderWidget() = default;

bool ComplaintHeaderWidget::hasHeightForWidth() const
{
    return false;
}

QSize ComplaintHeaderWidget::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    if (width() > 0)
        size.setHeight(layout()->heightForWidth(width()));
    return size;
}

QSize ComplaintHeaderWidget::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (width() > 0)
        size.setHeight(layout()->heightForWidth(width()));
    return size;
}

void ComplaintHeaderWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the wrapped subject may need more or fewer lines now
}

void ComplaintHeaderWidget::setComplaint(const ComplaintRecord &complaint,
                                         const QTimeZone &officeZone)
{
    m_number->setText(complaint.agendaNumber);
    m_received->setText(dateTime(complaint.receivedAt, officeZone));
    m_from->setText(complaint.complainantDisplayName());
    m_subject->setText(complaint.subject);
}

void ComplaintHeaderWidget::clear()
{
    m_number->clear();
    m_received->clear();
    m_from->clear();
    m_subject->clear();
}

} // namespace aduan::forms
