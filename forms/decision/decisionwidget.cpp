#include "decision/decisionwidget.h"

#include "ui_decisionwidget.h"

#include "validation/receivedat.h"
#include "workflow/outputcheck.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QListWidgetItem>

using namespace Qt::StringLiterals;

namespace aduan::forms {

DecisionWidget::DecisionWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DecisionWidget>())
    , m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);

    // The meeting time is typed in one go, as the time received on the Formulir Aduan
    // ("23/03/2026 10.15"), and read by the core's rule (validation/receivedat.h).
    m_ui->meetingAtEdit->setPlaceholderText(tr("e.g. 23/03/2026 10.15"));
    m_ui->agencyCombo->setPlaceholderText(tr("Choose the agency"));
    m_ui->reasonEdit->setPlaceholderText(tr("Why it is not the authority of Dinas Sosial"));

    auto *authority = new QButtonGroup(this);
    authority->addButton(m_ui->withinRadio);
    authority->addButton(m_ui->referRadio);
    connect(authority, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        updateAuthority();
        edited();
    });
    connect(m_ui->meetingAtEdit, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_meetingTimeEdited = true;
        edited();
    });
    connect(m_ui->attendeeList, &QListWidget::itemChanged, this, &DecisionWidget::edited);
    connect(m_ui->otherAttendeeEdit, &QLineEdit::returnPressed, this,
            &DecisionWidget::addOtherAttendee);
    connect(m_ui->addAttendeeButton, &QPushButton::clicked, this,
            &DecisionWidget::addOtherAttendee);
    connect(m_ui->discussionEdit, &QPlainTextEdit::textChanged, this, &DecisionWidget::edited);
    connect(m_ui->decisionEdit, &QPlainTextEdit::textChanged, this, &DecisionWidget::edited);
    connect(m_ui->agencyCombo, &QComboBox::currentIndexChanged, this, &DecisionWidget::edited);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &DecisionWidget::edited);
    connect(m_ui->letterNumberEdit, &QLineEdit::textChanged, this, &DecisionWidget::edited);
    clear();
}

DecisionWidget::~DecisionWidget() = default;

void DecisionWidget::setTeamMembers(const QStringList &names)
{
    ++m_loading;
    const QStringList ticked = input().attendees;
    m_ui->attendeeList->clear();
    for (const QString &name : names)
        addAttendee(name, ticked.contains(name));
    for (const QString &name : ticked) {
        if (!names.contains(name))
            addAttendee(name, true);
    }
    --m_loading;
}

void DecisionWidget::addAttendee(const QString &name, bool checked)
{
    auto *item = new QListWidgetItem(name, m_ui->attendeeList);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void DecisionWidget::addOtherAttendee()
{
    const QString name = m_ui->otherAttendeeEdit->text().simplified();
    if (name.isEmpty())
        return;
    const QList<QListWidgetItem *> existing =
        m_ui->attendeeList->findItems(name, Qt::MatchFixedString);
    if (existing.isEmpty())
        addAttendee(name, true);
    else
        existing.constFirst()->setCheckState(Qt::Checked);
    m_ui->otherAttendeeEdit->clear();
    edited();
}

void DecisionWidget::setAgencies(const QList<Agency> &agencies)
{
    ++m_loading;
    const QVariant current = m_ui->agencyCombo->currentData();
    m_ui->agencyCombo->clear();
    for (const Agency &agency : agencies) {
        if (agency.active)
            m_ui->agencyCombo->addItem(agency.name, agency.id);
    }
    m_ui->agencyCombo->setCurrentIndex(current.isValid() ? m_ui->agencyCombo->findData(current)
                                                         : -1);
    --m_loading;
}

void DecisionWidget::setNow(const QDateTime &now)
{
    if (!now.isValid())
        return;
    m_now = now;
    if (!m_zoneFromComplaint) // until a complaint names the office zone, now's zone is it
        m_zone = now.timeSpec() == Qt::TimeZone ? now.timeZone() : QTimeZone(now.offsetFromUtc());
    if (!m_meetingTimeEdited)
        showMeetingTime(now);
}

QDateTime DecisionWidget::nowInZone() const
{
    return (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
}

void DecisionWidget::showMeetingTime(const QDateTime &instant)
{
    ++m_loading;
    m_ui->meetingAtEdit->setText(formatOfficeDateTime(instant, m_zone));
    --m_loading;
}

void DecisionWidget::setComplaint(const ComplaintRecord &complaint, const QTimeZone &officeZone)
{
    if (officeZone.isValid()) {
        m_zoneFromComplaint = true;
        if (officeZone != m_zone) {
            const DecisionInput before = input();
            m_zone = officeZone;
            showMeetingTime(before.meetingAt); // the same instant, in the office's zone
        }
    }
    m_ui->header->setComplaint(complaint, officeZone);
}

DecisionInput DecisionWidget::input() const
{
    DecisionInput in;
    in.meetingAt = parseOfficeDateTime(m_ui->meetingAtEdit->text(), m_zone, u"meetingAt"_s).instant;
    for (int i = 0; i < m_ui->attendeeList->count(); ++i) {
        const QListWidgetItem *item = m_ui->attendeeList->item(i);
        if (item->checkState() == Qt::Checked)
            in.attendees << item->text();
    }
    in.discussion = m_ui->discussionEdit->toPlainText();
    in.decision = m_ui->decisionEdit->toPlainText();
    in.withinAuthority = !m_ui->referRadio->isChecked();
    if (!in.withinAuthority) {
        ReferralInput referral;
        referral.agencyId = m_ui->agencyCombo->currentData().toLongLong();
        referral.reason = m_ui->reasonEdit->toPlainText();
        referral.letterNumber = m_ui->letterNumberEdit->text();
        in.referral = referral;
    }
    return in;
}

void DecisionWidget::setInput(const DecisionInput &in)
{
    ++m_loading;
    if (in.meetingAt.isValid()) {
        showMeetingTime(in.meetingAt);
        m_meetingTimeEdited = true;
    } else {
        showMeetingTime(nowInZone());
        m_meetingTimeEdited = false;
    }
    for (int i = 0; i < m_ui->attendeeList->count(); ++i) {
        QListWidgetItem *item = m_ui->attendeeList->item(i);
        item->setCheckState(in.attendees.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &name : in.attendees) {
        if (!name.trimmed().isEmpty()
            && m_ui->attendeeList->findItems(name, Qt::MatchExactly).isEmpty()) {
            addAttendee(name, true);
        }
    }
    m_ui->discussionEdit->setPlainText(in.discussion);
    m_ui->decisionEdit->setPlainText(in.decision);
    (in.withinAuthority ? m_ui->withinRadio : m_ui->referRadio)->setChecked(true);
    const ReferralInput referral = in.referral.value_or(ReferralInput{});
    m_ui->agencyCombo->setCurrentIndex(
        referral.agencyId > 0 ? m_ui->agencyCombo->findData(referral.agencyId) : -1);
    m_ui->reasonEdit->setPlainText(referral.reason);
    m_ui->letterNumberEdit->setText(referral.letterNumber);
    m_ui->otherAttendeeEdit->clear();
    updateAuthority();
    --m_loading;
}

void DecisionWidget::clear()
{
    setInput(DecisionInput{});
    m_ui->header->clear();
}

void DecisionWidget::updateAuthority()
{
    m_ui->referralPanel->setEnabled(m_ui->referRadio->isChecked());
}

Findings DecisionWidget::check() const
{
    // A meeting time that cannot be read says why (the shape, a date that does not exist)
    // instead of the decision's "Enter when the team met."
    const OfficeDateTimeCheck typed =
        parseOfficeDateTime(m_ui->meetingAtEdit->text(), m_zone, u"meetingAt"_s);
    Findings findings = typed.findings;
    for (const Finding &f : checkDecision(input(), m_now).findings) {
        if (typed.findings.isEmpty() || f.field != u"meetingAt"_s)
            findings << f;
    }
    return findings;
}

void DecisionWidget::edited()
{
    if (!m_loading)
        emit changed();
}

void DecisionWidget::keyPressEvent(QKeyEvent *event)
{
    // Return/Enter left unused by an editor never reaches a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DecisionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->agencyCombo->setPlaceholderText(tr("Choose the agency"));
        m_ui->reasonEdit->setPlaceholderText(tr("Why it is not the authority of Dinas Sosial"));
    }
    QWidget::changeEvent(event);
}

} // namespace aduan::forms
