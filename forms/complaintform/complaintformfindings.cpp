// The Formulir Aduan's findings shown beside the fields they name.
#include "complaintform/complaintformwidget.h"

#include "common/fieldmessage.h"
#include "ui_complaintformwidget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace aduan::forms {

QList<FieldMessage *> ComplaintFormWidget::messageLabels() const
{
    return {m_ui->formMessage,          m_ui->receivedAtMessage,  m_ui->nameMessage,
            m_ui->nikMessage,           m_ui->phoneMessage,       m_ui->complainantMessage,
            m_ui->subjectMessage,       m_ui->descriptionMessage, m_ui->requirementsMessage,
            m_ui->evidenceMessage,      m_ui->attachmentsMessage};
}

void ComplaintFormWidget::clearMessages()
{
    for (FieldMessage *label : messageLabels())
        clearMessage(label);
    updateReceivedAt();
    updateNik();
    updatePhone();
}

FieldMessage *ComplaintFormWidget::messageLabelFor(const QString &field) const
{
    const QString f = field.section(u'.', 0, 0);
    if (f == u"name"_s)
        return m_ui->nameMessage;
    if (f == u"nik"_s)
        return m_ui->nikMessage;
    if (f == u"phone"_s)
        return m_ui->phoneMessage;
    if (f == u"complainant"_s || f == u"address"_s || f == u"gender"_s)
        return m_ui->complainantMessage;
    if (f == u"subject"_s)
        return m_ui->subjectMessage;
    if (f == u"description"_s)
        return m_ui->descriptionMessage;
    if (f == u"receivedAt"_s || f == u"received_at"_s)
        return m_ui->receivedAtMessage;
    if (f == u"evidence"_s && !field.contains(u'.'))
        return m_ui->evidenceMessage;
    if (f == u"attachments"_s || f == u"attachment"_s)
        return m_ui->attachmentsMessage;
    if (f == u"requirements"_s || f == u"requirement"_s)
        return m_ui->requirementsMessage;
    for (const RequirementRow &row : m_requirements) {
        if (row.requirement.code == field)
            return m_ui->requirementsMessage;
    }
    return m_ui->formMessage;
}

QWidget *ComplaintFormWidget::editorFor(const QString &field) const
{
    FieldMessage *label = messageLabelFor(field);
    if (label == m_ui->nameMessage || label == m_ui->complainantMessage)
        return m_ui->nameEdit;
    if (label == m_ui->nikMessage)
        return m_ui->nikEdit;
    if (label == m_ui->phoneMessage)
        return m_ui->phoneEdit;
    if (label == m_ui->subjectMessage)
        return m_ui->subjectEdit;
    if (label == m_ui->descriptionMessage)
        return m_ui->descriptionEdit;
    if (label == m_ui->receivedAtMessage)
        return m_ui->receivedAtEdit;
    if (label == m_ui->evidenceMessage)
        return m_ui->evidenceEdit;
    if (label == m_ui->attachmentsMessage)
        return m_ui->addFileButton;
    if (label == m_ui->requirementsMessage) {
        for (const RequirementRow &row : m_requirements) {
            if (!row.shown->isChecked() && row.waiver->text().trimmed().isEmpty())
                return row.shown;
        }
        return m_requirements.isEmpty() ? nullptr : m_requirements.constFirst().shown;
    }
    return nullptr;
}

void ComplaintFormWidget::showFindings(const Findings &findings)
{
    clearMessages();
    // One label may collect several findings; errors colour it red, warnings amber.
    QList<FieldMessage *> order;
    QHash<FieldMessage *, QStringList> texts;
    QHash<FieldMessage *, bool> errors;
    QWidget *firstError = nullptr;
    for (const Finding &f : findings) {
        FieldMessage *label = messageLabelFor(f.field);
        if (!texts.contains(label))
            order << label;
        texts[label] << f.message;
        const bool isError = f.severity == Finding::Severity::Error;
        errors[label] = errors.value(label) || isError;
        if (isError && !firstError)
            firstError = editorFor(f.field);
    }
    for (FieldMessage *label : std::as_const(order)) {
        setMessage(label, texts.value(label).join(u'\n'),
                   errors.value(label) ? MessageStyle::Error : MessageStyle::Warning);
    }
    if (firstError && firstError->isEnabled()) {
        firstError->setFocus(Qt::OtherFocusReason);
        m_ui->scrollArea->ensureWidgetVisible(firstError);
    } else if (!order.isEmpty()) {
        m_ui->scrollArea->ensureWidgetVisible(order.constFirst());
    }
}

void ComplaintFormWidget::showError(const QString &field, const QString &message)
{
    FieldMessage *label = messageLabelFor(field);
    QString text = label->message();
    if (!text.isEmpty() && label != m_ui->nikMessage
        && label != m_ui->phoneMessage) {
        text.append(u'\n');
    } else {
        text.clear();
    }
    text.append(message);
    setMessage(label, text, MessageStyle::Error);
    m_ui->scrollArea->ensureWidgetVisible(label);
}

} // namespace aduan::forms
