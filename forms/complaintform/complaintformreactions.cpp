// The Formulir Aduan's reactions to typing: channel, confidentiality, the NIK and phone hints,
// the identity lookup.
#include "complaintform/complaintformwidget.h"

#include "common/fieldmessage.h"
#include "ui_complaintformwidget.h"

#include "validation/nik.h"
#include "validation/phone.h"
#include "validation/receivedat.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

int asciiDigitCount(const QString &text)
{
    int count = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            ++count;
    }
    return count;
}

} // namespace

void ComplaintFormWidget::updateChannel()
{
    const bool indirect = isIndirect(channel());
    m_ui->receivedAtEdit->setEnabled(indirect);
    if (!indirect)
        showNowAsReceived();
    m_ui->receivedAtHint->setText(indirect ? tr("when the complaint reached the office")
                                           : tr("now: received at the desk"));
    updateReceivedAt();
}

void ComplaintFormWidget::updateReceivedAt()
{
    const Findings findings = entryFindings();
    if (findings.isEmpty()) {
        clearMessage(m_ui->receivedAtMessage);
        return;
    }
    const Finding &f = findings.constFirst();
    // Still typing a date that is not complete yet: grey; red once it is wrong or left.
    const bool typing = m_ui->receivedAtEdit->hasFocus()
                        && (f.code == u"receivedAt.format"_s || f.code == u"receivedAt.empty"_s);
    setMessage(m_ui->receivedAtMessage, f.message,
               typing ? MessageStyle::Pending : MessageStyle::Error);
}

Findings ComplaintFormWidget::entryFindings() const
{
    if (!isIndirect(channel()))
        return {};
    const QString typed = m_ui->receivedAtEdit->text();
    if (m_loadedReceivedAt.isValid() && typed == formatReceivedAt(m_loadedReceivedAt, m_zone))
        return {}; // restored as it was saved (a later check of "now" is the engine's)
    return parseReceivedAt(typed, nowInZone(), m_zone).findings;
}

QString ComplaintFormWidget::unreadReceivedAt() const
{
    if (!isIndirect(channel()) || !draft().receivedAt.isNull())
        return {};
    return m_ui->receivedAtEdit->text();
}

void ComplaintFormWidget::setUnreadReceivedAt(const QString &typed)
{
    if (!isIndirect(channel()) || typed.isEmpty())
        return;
    ++m_loading; // put back, not typed: no changed()
    m_ui->receivedAtEdit->setText(typed);
    m_loadedReceivedAt = {};
    --m_loading;
    updateReceivedAt();
}

void ComplaintFormWidget::updateConfidentiality()
{
    const Confidentiality value = confidentiality();
    const bool anonymous = value == Confidentiality::Anonymous;
    if (anonymous) {
        m_ui->nameEdit->clear();
        m_ui->nikEdit->clear();
        setGender(Gender::Unknown);
        m_ui->phoneEdit->clear();
        m_ui->addressEdit->clear();
        for (FieldMessage *label : {m_ui->nameMessage, m_ui->nikMessage, m_ui->phoneMessage,
                                    m_ui->complainantMessage}) {
            clearMessage(label);
        }
    }
    m_ui->complainantGroup->setEnabled(!anonymous);
    QString hint;
    if (value == Confidentiality::Confidential) {
        hint = tr("The identity is recorded, but shown and printed as \"%1\" to anyone without "
                  "the right to see it.")
                   .arg(hiddenIdentityLabel());
    } else if (anonymous) {
        hint = tr("No identity is recorded at all; prints show \"%1\".").arg(anonymousLabel());
    }
    setMessage(m_ui->confidentialityHint, hint, MessageStyle::Info);
}

void ComplaintFormWidget::updateNik()
{
    const QString text = m_ui->nikEdit->text();
    if (text.trimmed().isEmpty()) {
        clearMessage(m_ui->nikMessage);
        return;
    }
    const NikCheck check = checkNik(text, gender(), today());
    if (check.findings.isEmpty()) {
        const NikInfo &info = *check.info;
        const QString sex = info.gender == Gender::Female ? tr("female") : tr("male");
        setMessage(m_ui->nikMessage,
                   tr("Born %1, %2").arg(QLocale().toString(info.birthDate, u"dd/MM/yyyy"_s), sex),
                   MessageStyle::Info);
        return;
    }
    QStringList messages;
    for (const Finding &f : check.findings)
        messages << f.message;
    MessageStyle style = check.ok() ? MessageStyle::Warning : MessageStyle::Error;
    // Still typing the digits: the length is not wrong yet, only incomplete.
    if (style == MessageStyle::Error && m_ui->nikEdit->hasFocus() && check.findings.size() == 1
        && check.findings.constFirst().code == u"nik.length"_s && asciiDigitCount(text) < 16) {
        style = MessageStyle::Pending;
    }
    setMessage(m_ui->nikMessage, messages.join(u'\n'), style);
}

void ComplaintFormWidget::updatePhone()
{
    const QString text = m_ui->phoneEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->phonePreview->clear();
        clearMessage(m_ui->phoneMessage);
        return;
    }
    const PhoneCheck check = normalizePhone(text);
    if (check.ok()) {
        m_ui->phonePreview->setText(tr("saved as %1").arg(check.normalized));
        QStringList warnings;
        for (const Finding &f : check.findings)
            warnings << f.message;
        if (warnings.isEmpty())
            clearMessage(m_ui->phoneMessage);
        else
            setMessage(m_ui->phoneMessage, warnings.join(u'\n'), MessageStyle::Warning);
        return;
    }
    m_ui->phonePreview->clear();
    // While the officer is still typing, a short number is not an error yet.
    if (m_ui->phoneEdit->hasFocus()) {
        clearMessage(m_ui->phoneMessage);
        return;
    }
    QStringList errors;
    for (const Finding &f : check.findings)
        errors << f.message;
    setMessage(m_ui->phoneMessage, errors.join(u'\n'), MessageStyle::Error);
}

void ComplaintFormWidget::identityTyped()
{
    if (!m_loading)
        m_identityTimer->start();
}

void ComplaintFormWidget::emitIdentity()
{
    QString nik;
    QString phone;
    if (confidentiality() != Confidentiality::Anonymous) {
        if (!m_ui->nikEdit->text().trimmed().isEmpty()) {
            const NikCheck check = checkNik(m_ui->nikEdit->text(), Gender::Unknown, today());
            if (check.info)
                nik = check.info->digits;
        }
        if (!m_ui->phoneEdit->text().trimmed().isEmpty()) {
            const PhoneCheck check = normalizePhone(m_ui->phoneEdit->text());
            if (check.ok())
                phone = check.normalized;
        }
    }
    const std::pair<QString, QString> identity{nik, phone};
    if (identity == m_lastIdentity)
        return;
    m_lastIdentity = identity;
    emit identityEdited(nik, phone);
}

void ComplaintFormWidget::edited()
{
    if (!m_loading)
        emit changed();
}

} // namespace aduan::forms
