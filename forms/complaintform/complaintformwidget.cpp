#include "complaintform/complaintformwidget.h"

#include "common/fieldmessage.h"
#include "common/palette.h"
#include "ui_complaintformwidget.h"

#include "validation/nik.h"
#include "validation/phone.h"
#include "validation/receivedat.h"
#include "workflow/attachmentcheck.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr int kIdentityDebounceMs = 600;

QString messageColor(int style)
{
    switch (style) {
    case 0: return palette::css(palette::problemText);
    case 1: return palette::css(palette::warningText);
    default: return palette::css(palette::mutedText);
    }
}

/// Unchecks every button of an exclusive group (Qt refuses to uncheck the checked one).
void uncheckAll(QButtonGroup *group)
{
    group->setExclusive(false);
    for (QAbstractButton *button : group->buttons())
        button->setChecked(false);
    group->setExclusive(true);
}

} // namespace

/// While alive, the form is being filled by code: no changed(), no identity lookup.
class ComplaintFormWidget::Loading
{
public:
    explicit Loading(ComplaintFormWidget *form) : m_form(form) { ++m_form->m_loading; }
    ~Loading() { --m_form->m_loading; }
    Loading(const Loading &) = delete;
    Loading &operator=(const Loading &) = delete;

private:
    ComplaintFormWidget *m_form;
};

ComplaintFormWidget::ComplaintFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComplaintFormWidget>())
    , m_zone(QTimeZone::systemTimeZone())
    , m_identityTimer(new QTimer(this))
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);

    auto *confidentialityGroup = new QButtonGroup(this);
    confidentialityGroup->setObjectName(u"confidentialityGroup"_s);
    confidentialityGroup->addButton(m_ui->publicRadio, int(Confidentiality::Public));
    confidentialityGroup->addButton(m_ui->confidentialRadio, int(Confidentiality::Confidential));
    confidentialityGroup->addButton(m_ui->anonymousRadio, int(Confidentiality::Anonymous));
    auto *genderGroup = new QButtonGroup(this);
    genderGroup->setObjectName(u"genderGroup"_s);
    genderGroup->addButton(m_ui->maleRadio, int(Gender::Male));
    genderGroup->addButton(m_ui->femaleRadio, int(Gender::Female));

    for (Channel c : allChannels())
        m_ui->channelCombo->addItem(channelLabel(c), int(c));

    // Messages keep their room: one line at the top and under the file preview, three under
    // the NIK and the phone (their rules explain which digit is wrong and how to type it:
    // tests/gui/test_formsteady.cpp reads each whole), two elsewhere.
    m_ui->formMessage->setLines(1);
    m_ui->previewText->setLines(1);
    m_ui->nikMessage->setLines(3);
    m_ui->phoneMessage->setLines(3);
    m_ui->phonePreview->setStyleSheet(u"color: "_s + messageColor(3));
    m_ui->receivedAtHint->setStyleSheet(u"color: "_s + messageColor(3));
    m_ui->previewText->setStyleSheet(u"color: "_s + messageColor(3));
    m_ui->requirementsHint->setStyleSheet(u"color: "_s + messageColor(3));

    // Line edits never trigger a default button; the widget swallows what they leave unused
    // (keyPressEvent). The NIK and phone are checked again when the focus leaves them.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nikEdit), static_cast<QWidget *>(m_ui->phoneEdit),
                       static_cast<QWidget *>(m_ui->receivedAtEdit),
                       static_cast<QWidget *>(m_ui->maleRadio),
                       static_cast<QWidget *>(m_ui->femaleRadio)}) {
        w->installEventFilter(this);
    }

    m_identityTimer->setSingleShot(true);
    m_identityTimer->setInterval(kIdentityDebounceMs);
    connect(m_identityTimer, &QTimer::timeout, this, &ComplaintFormWidget::emitIdentity);

    connectEditors();
    retranslate();
    clear();
}

ComplaintFormWidget::~ComplaintFormWidget() = default;

void ComplaintFormWidget::connectEditors()
{
    Ui::ComplaintFormWidget &ui = *m_ui;
    connect(ui.channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateChannel();
        edited();
    });
    connect(ui.receivedAtEdit, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        updateReceivedAt();
        edited();
    });
    auto *confidentialityGroup = findChild<QButtonGroup *>(u"confidentialityGroup"_s);
    connect(confidentialityGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateConfidentiality();
        edited();
    });
    auto *genderGroup = findChild<QButtonGroup *>(u"genderGroup"_s);
    connect(genderGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateNik();
        clearMessage(m_ui->complainantMessage);
        edited();
    });
    connect(ui.nameEdit, &QLineEdit::textChanged, this, [this] {
        clearMessage(m_ui->nameMessage);
        clearMessage(m_ui->complainantMessage);
        edited();
    });
    connect(ui.nikEdit, &QLineEdit::textChanged, this, [this] {
        updateNik();
        clearMessage(m_ui->complainantMessage);
        identityTyped();
        edited();
    });
    connect(ui.phoneEdit, &QLineEdit::textChanged, this, [this] {
        updatePhone();
        clearMessage(m_ui->complainantMessage);
        identityTyped();
        edited();
    });
    connect(ui.addressEdit, &QLineEdit::textChanged, this, [this] {
        clearMessage(m_ui->complainantMessage);
        edited();
    });
    connect(ui.subjectEdit, &QLineEdit::textChanged, this, [this] {
        clearMessage(m_ui->subjectMessage);
        edited();
    });
    connect(ui.descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        clearMessage(m_ui->descriptionMessage);
        edited();
    });
    connect(ui.locationEdit, &QLineEdit::textChanged, this, &ComplaintFormWidget::edited);
    connect(ui.categoryCombo, &QComboBox::currentTextChanged, this, &ComplaintFormWidget::edited);
    connect(ui.classCombo, &QComboBox::currentIndexChanged, this, &ComplaintFormWidget::edited);
    connect(ui.evidenceEdit, &QPlainTextEdit::textChanged, this, [this] {
        clearMessage(m_ui->evidenceMessage);
        edited();
    });
    connect(ui.addFileButton, &QPushButton::clicked, this, &ComplaintFormWidget::chooseFiles);
    connect(ui.removeFileButton, &QPushButton::clicked, this,
            &ComplaintFormWidget::removeSelectedAttachment);
    connect(ui.attachmentList, &QListWidget::currentRowChanged, this,
            &ComplaintFormWidget::updatePreview);
}

// ---- choices, time ------------------------------------------------------------------------

void ComplaintFormWidget::setChoices(const QStringList &categories,
                                     const QList<ComplaintClass> &classes,
                                     const QList<SopRequirement> &requirements)
{
    const Loading loading(this);
    const ComplaintDraft before = draft();

    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItems(categories);
    m_ui->categoryCombo->setCurrentIndex(-1);
    m_ui->categoryCombo->setEditText(before.category);

    m_classes = classes;
    m_ui->classCombo->clear();
    for (const ComplaintClass &cls : classes)
        m_ui->classCombo->addItem(classText(cls), cls.code);
    const int classIndex = m_ui->classCombo->findData(before.classCode);
    m_ui->classCombo->setCurrentIndex(classIndex >= 0 ? classIndex : 0);

    rebuildRequirements(requirements);
    for (const RequirementRow &row : std::as_const(m_requirements)) {
        const auto it = before.requirements.constFind(row.requirement.code);
        if (it != before.requirements.constEnd()) {
            row.shown->setChecked(it->met);
            row.waiver->setText(it->waiverReason);
        }
    }
}

QString ComplaintFormWidget::classText(const ComplaintClass &cls)
{
    return tr("%1 (%2 working days)").arg(cls.name).arg(cls.deadlineWorkingDays);
}

void ComplaintFormWidget::rebuildRequirements(const QList<SopRequirement> &requirements)
{
    for (const RequirementRow &row : std::as_const(m_requirements)) {
        delete row.shown;
        delete row.waiver;
    }
    m_requirements.clear();
    QGridLayout *grid = m_ui->requirementsGrid;
    int gridRow = 0;
    for (const SopRequirement &requirement : requirements) {
        if (!requirement.fromComplainant())
            continue;
        RequirementRow row;
        row.requirement = requirement;
        row.shown = new QCheckBox(requirement.name, m_ui->requirementsGroup);
        row.shown->setObjectName(u"requirement_"_s + requirement.code);
        row.waiver = new QLineEdit(m_ui->requirementsGroup);
        row.waiver->setObjectName(u"waiver_"_s + requirement.code);
        row.waiver->setPlaceholderText(tr("Why it is not shown (required)"));
        row.waiver->setAccessibleName(tr("Reason %1 is not shown").arg(requirement.name));
        grid->addWidget(row.shown, gridRow, 0);
        grid->addWidget(row.waiver, gridRow, 1);
        ++gridRow;
        QLineEdit *waiver = row.waiver;
        connect(row.shown, &QCheckBox::toggled, this, [this, waiver](bool checked) {
            waiver->setEnabled(!checked);
            clearMessage(m_ui->requirementsMessage);
            edited();
        });
        connect(row.waiver, &QLineEdit::textChanged, this, [this] {
            clearMessage(m_ui->requirementsMessage);
            edited();
        });
        m_requirements << row;
    }
    updateTabOrder();
}

void ComplaintFormWidget::updateTabOrder()
{
    // The .ui holds the order of the fixed fields; the requirements (left column, under the
    // complainant) go between the address and the subject, in the order of the SOP.
    QWidget *previous = m_ui->addressEdit;
    for (const RequirementRow &row : std::as_const(m_requirements)) {
        setTabOrder(previous, row.shown);
        setTabOrder(row.shown, row.waiver);
        previous = row.waiver;
    }
    setTabOrder(previous, m_ui->subjectEdit);
}

void ComplaintFormWidget::setToday(QDate officeDate)
{
    m_today = officeDate;
    updateNik();
}

void ComplaintFormWidget::setNow(const QDateTime &now)
{
    if (!now.isValid())
        return;
    m_now = now;
    m_zone = now.timeSpec() == Qt::TimeZone ? now.timeZone() : QTimeZone(now.offsetFromUtc());
    if (!isIndirect(channel()))
        showNowAsReceived();
}

QDate ComplaintFormWidget::today() const
{
    if (m_today.isValid())
        return m_today;
    return nowInZone().date();
}

QDateTime ComplaintFormWidget::nowInZone() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime().toTimeZone(m_zone);
}

void ComplaintFormWidget::showNowAsReceived()
{
    const Loading loading(this);
    m_ui->receivedAtEdit->setText(formatReceivedAt(nowInZone(), m_zone));
    m_loadedReceivedAt = {};
}

// ---- the form's values --------------------------------------------------------------------

Channel ComplaintFormWidget::channel() const
{
    const QVariant data = m_ui->channelCombo->currentData();
    return data.isValid() ? static_cast<Channel>(data.toInt()) : Channel::Direct;
}

void ComplaintFormWidget::setChannel(Channel value)
{
    const int index = m_ui->channelCombo->findData(int(value));
    m_ui->channelCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateChannel();
}

Confidentiality ComplaintFormWidget::confidentiality() const
{
    if (m_ui->anonymousRadio->isChecked())
        return Confidentiality::Anonymous;
    if (m_ui->confidentialRadio->isChecked())
        return Confidentiality::Confidential;
    return Confidentiality::Public;
}

void ComplaintFormWidget::setConfidentiality(Confidentiality value)
{
    switch (value) {
    case Confidentiality::Public: m_ui->publicRadio->setChecked(true); break;
    case Confidentiality::Confidential: m_ui->confidentialRadio->setChecked(true); break;
    case Confidentiality::Anonymous: m_ui->anonymousRadio->setChecked(true); break;
    }
    updateConfidentiality();
}

Gender ComplaintFormWidget::gender() const
{
    if (m_ui->maleRadio->isChecked())
        return Gender::Male;
    if (m_ui->femaleRadio->isChecked())
        return Gender::Female;
    return Gender::Unknown;
}

void ComplaintFormWidget::setGender(Gender value)
{
    switch (value) {
    case Gender::Male: m_ui->maleRadio->setChecked(true); break;
    case Gender::Female: m_ui->femaleRadio->setChecked(true); break;
    case Gender::Unknown: uncheckAll(findChild<QButtonGroup *>(u"genderGroup"_s)); break;
    }
}

ComplaintDraft ComplaintFormWidget::draft() const
{
    ComplaintDraft d;
    d.channel = channel();
    if (isIndirect(d.channel)) {
        const QString typed = m_ui->receivedAtEdit->text();
        if (m_loadedReceivedAt.isValid() && typed == formatReceivedAt(m_loadedReceivedAt, m_zone))
            d.receivedAt = m_loadedReceivedAt; // as restored, to the second
        else
            d.receivedAt = parseReceivedAt(typed, {}, m_zone).instant;
    }
    d.confidentiality = confidentiality();
    if (d.confidentiality != Confidentiality::Anonymous) {
        Complainant person;
        person.name = m_ui->nameEdit->text();
        person.nik = m_ui->nikEdit->text();
        person.gender = gender();
        person.phone = m_ui->phoneEdit->text();
        person.address = m_ui->addressEdit->text();
        d.complainant = person;
    }
    for (const RequirementRow &row : m_requirements) {
        const bool met = row.shown->isChecked();
        d.requirements.insert(row.requirement.code,
                              RequirementOutcome{met, met ? QString() : row.waiver->text()});
    }
    const QStringList lines = m_ui->evidenceEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            d.evidence << line.trimmed();
    }
    d.attachments = m_attachments;
    d.subject = m_ui->subjectEdit->text();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.location = m_ui->locationEdit->text();
    d.category = m_ui->categoryCombo->currentText();
    d.classCode = m_ui->classCombo->currentData().toString();
    d.relatedComplaintId = m_relatedComplaintId;
    return d;
}

void ComplaintFormWidget::setDraft(const ComplaintDraft &d)
{
    const Loading loading(this);
    clearMessages();
    setChannel(d.channel);
    if (isIndirect(d.channel) && d.receivedAt.isValid()) {
        m_ui->receivedAtEdit->setText(formatReceivedAt(d.receivedAt, m_zone));
        m_loadedReceivedAt = d.receivedAt;
    }
    setConfidentiality(d.confidentiality);
    const Complainant person = d.complainant.value_or(Complainant{});
    if (d.confidentiality != Confidentiality::Anonymous) {
        m_ui->nameEdit->setText(person.name);
        m_ui->nikEdit->setText(person.nik);
        setGender(person.gender);
        m_ui->phoneEdit->setText(person.phone);
        m_ui->addressEdit->setText(person.address);
    }
    for (const RequirementRow &row : std::as_const(m_requirements)) {
        const RequirementOutcome outcome = d.requirements.value(row.requirement.code);
        row.shown->setChecked(outcome.met);
        row.waiver->setText(outcome.waiverReason);
        row.waiver->setEnabled(!outcome.met);
    }
    m_ui->evidenceEdit->setPlainText(d.evidence.join(u'\n'));
    m_attachments.clear();
    m_ui->attachmentList->clear();
    for (const AttachmentDraft &a : d.attachments)
        addAttachment(a);
    m_ui->attachmentList->setCurrentRow(m_attachments.isEmpty() ? -1 : 0);
    m_ui->subjectEdit->setText(d.subject);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_ui->locationEdit->setText(d.location);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findText(d.category));
    m_ui->categoryCombo->setEditText(d.category);
    int classIndex = d.classCode.isEmpty() ? 0 : m_ui->classCombo->findData(d.classCode);
    if (classIndex < 0) { // a class no longer offered: keep it rather than lose it
        m_ui->classCombo->addItem(d.classCode, d.classCode);
        classIndex = m_ui->classCombo->count() - 1;
    }
    m_ui->classCombo->setCurrentIndex(classIndex);
    m_relatedComplaintId = d.relatedComplaintId;
    updateNik();
    updatePhone();
    m_identityTimer->stop();
}

void ComplaintFormWidget::clear()
{
    const Loading loading(this);
    setChannel(Channel::Direct);
    showNowAsReceived();
    setConfidentiality(Confidentiality::Public);
    m_ui->nameEdit->clear();
    m_ui->nikEdit->clear();
    setGender(Gender::Unknown);
    m_ui->phoneEdit->clear();
    m_ui->addressEdit->clear();
    m_ui->subjectEdit->clear();
    m_ui->descriptionEdit->clear();
    m_ui->locationEdit->clear();
    m_ui->categoryCombo->setCurrentIndex(-1);
    m_ui->categoryCombo->setEditText(QString());
    m_ui->classCombo->setCurrentIndex(m_ui->classCombo->count() > 0 ? 0 : -1);
    for (const RequirementRow &row : std::as_const(m_requirements)) {
        row.shown->setChecked(false);
        row.waiver->clear();
        row.waiver->setEnabled(true);
    }
    m_ui->evidenceEdit->clear();
    m_attachments.clear();
    m_ui->attachmentList->clear();
    m_relatedComplaintId = 0;
    m_identityTimer->stop();
    m_lastIdentity = {};
    clearMessages();
    updatePreview();
    if (auto *scroll = m_ui->scrollArea->verticalScrollBar())
        scroll->setValue(0);
}

void ComplaintFormWidget::setRelatedComplaintId(qint64 complaintId)
{
    if (m_relatedComplaintId == complaintId)
        return;
    m_relatedComplaintId = complaintId;
    edited();
}

void ComplaintFormWidget::setAttachmentLimit(qint64 bytes)
{
    m_attachmentLimit = bytes;
}

// ---- messages -----------------------------------------------------------------------------

void ComplaintFormWidget::setMessage(FieldMessage *label, const QString &text, MessageStyle style)
{
    // Each message has its lines reserved right under its field: shown or not, the fields stay.
    label->setMessage(text);
    label->setStyleSheet(u"color: "_s + messageColor(int(style)));
}

void ComplaintFormWidget::clearMessage(FieldMessage *label)
{
    setMessage(label, {}, MessageStyle::Info);
}

// ---- events -------------------------------------------------------------------------------

void ComplaintFormWidget::keyPressEvent(QKeyEvent *event)
{
    // Return/Enter that an editor left unused (a line edit, a combo) stops here, so it never
    // reaches a dialog's default button: saving is the window's Ctrl+S.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ComplaintFormWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (watched == m_ui->nikEdit)
            updateNik();
        else if (watched == m_ui->phoneEdit)
            updatePhone();
        else if (watched == m_ui->receivedAtEdit)
            updateReceivedAt();
    } else if (event->type() == QEvent::KeyPress
               && (watched == m_ui->maleRadio || watched == m_ui->femaleRadio)) {
        // As on paper: type L or P.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            if (key->key() == Qt::Key_L) {
                m_ui->maleRadio->setChecked(true);
                m_ui->maleRadio->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_P) {
                m_ui->femaleRadio->setChecked(true);
                m_ui->femaleRadio->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComplaintFormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ComplaintFormWidget::retranslate()
{
    const Loading loading(this);
    m_ui->nameEdit->setPlaceholderText(tr("As on the identity card"));
    for (int i = 0; i < m_ui->classCombo->count() && i < m_classes.size(); ++i) {
        if (m_ui->classCombo->itemData(i).toString() == m_classes.at(i).code)
            m_ui->classCombo->setItemText(i, classText(m_classes.at(i)));
    }
    updateChannel();
    updateConfidentiality();
    updateNik();
    updatePhone();
    updatePreview();
}

} // namespace aduan::forms
