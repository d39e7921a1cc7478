#include "resolutionreport/resolutionreportwidget.h"

#include "ui_resolutionreportwidget.h"

#include "workflow/outputcheck.h"

#include <QKeyEvent>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan::forms {

QList<ConveyMethod> conveyMethods()
{
    return {{u"langsung"_s, u"Langsung"_s},
            {u"telepon"_s, u"Telepon"_s},
            {u"surat"_s, u"Surat"_s},
            {u"sms"_s, u"SMS"_s},
            {u"whatsapp"_s, u"WhatsApp"_s},
            {u"email"_s, u"E-mail"_s}};
}

QString conveyMethodLabel(const QString &code)
{
    for (const ConveyMethod &m : conveyMethods()) {
        if (m.code == code)
            return m.label;
    }
    return code;
}

ResolutionReportWidget::ResolutionReportWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResolutionReportWidget>())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);

    for (const ConveyMethod &m : conveyMethods())
        m_ui->methodCombo->addItem(m.label, m.code);
    m_ui->methodCombo->setPlaceholderText(tr("Choose how"));

    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this,
            &ResolutionReportWidget::edited);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this,
            &ResolutionReportWidget::edited);
    connect(m_ui->responseEdit, &QPlainTextEdit::textChanged, this,
            &ResolutionReportWidget::edited);
    clear();
}

ResolutionReportWidget::~ResolutionReportWidget() = default;

QString ResolutionReportWidget::proposedSummary(const ComplaintRecord &complaint)
{
    if (complaint.referral) {
        QString text = u"Disalurkan ke "_s;
        text.append(complaint.referral->agencyName);
        const QString letter = complaint.referral->input.letterNumber.trimmed();
        if (!letter.isEmpty()) {
            text.append(u" dengan surat nomor "_s);
            text.append(letter);
        }
        text.append(u'.');
        return text;
    }
    if (complaint.decision)
        return complaint.decision->input.decision.trimmed();
    return {};
}

void ResolutionReportWidget::setComplaint(const ComplaintRecord &complaint,
                                          const QTimeZone &officeZone)
{
    m_ui->header->setComplaint(complaint, officeZone);
    const QString current = m_ui->summaryEdit->toPlainText();
    if (current.trimmed().isEmpty() || current == m_proposed) {
        ++m_loading;
        m_proposed = proposedSummary(complaint);
        m_ui->summaryEdit->setPlainText(m_proposed);
        --m_loading;
    }
}

ResolutionReportInput ResolutionReportWidget::input() const
{
    ResolutionReportInput in;
    in.method = m_ui->methodCombo->currentData().toString();
    in.summary = m_ui->summaryEdit->toPlainText();
    in.complainantResponse = m_ui->responseEdit->toPlainText();
    return in;
}

void ResolutionReportWidget::setInput(const ResolutionReportInput &in)
{
    ++m_loading;
    int index = in.method.isEmpty() ? -1 : m_ui->methodCombo->findData(in.method);
    if (index < 0 && !in.method.isEmpty()) {
        m_ui->methodCombo->addItem(conveyMethodLabel(in.method), in.method);
        index = m_ui->methodCombo->count() - 1;
    }
    m_ui->methodCombo->setCurrentIndex(index);
    m_ui->summaryEdit->setPlainText(in.summary);
    m_ui->responseEdit->setPlainText(in.complainantResponse);
    m_proposed.clear();
    --m_loading;
}

void ResolutionReportWidget::clear()
{
    setInput(ResolutionReportInput{});
    m_ui->header->clear();
}

Findings ResolutionReportWidget::check() const
{
    return checkResolutionReport(input()).findings;
}

void ResolutionReportWidget::edited()
{
    if (!m_loading)
        emit changed();
}

void ResolutionReportWidget::keyPressEvent(QKeyEvent *event)
{
    // Return/Enter left unused by an editor never reaches a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ResolutionReportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->methodCombo->setPlaceholderText(tr("Choose how"));
    }
    QWidget::changeEvent(event);
}

} // namespace aduan::forms
