#include "disposition/dispositionwidget.h"

#include "ui_dispositionwidget.h"

#include "domain/role.h"
#include "workflow/outputcheck.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QKeyEvent>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr int kInstructionColumns = 2;

QString defaultAddressee()
{
    return roleTitle(Role::Team);
}

} // namespace

DispositionWidget::DispositionWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DispositionWidget>())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);

    // The urgencies are the office's own words, as printed.
    auto *urgency = new QButtonGroup(this);
    urgency->setObjectName(u"urgencyGroup"_s);
    const std::pair<QRadioButton *, Urgency> radios[] = {
        {m_ui->biasaRadio, Urgency::Biasa},
        {m_ui->segeraRadio, Urgency::Segera},
        {m_ui->sangatSegeraRadio, Urgency::SangatSegera},
        {m_ui->rahasiaRadio, Urgency::Rahasia},
    };
    for (const auto &[radio, value] : radios) {
        radio->setText(urgencyLabel(value));
        urgency->addButton(radio, int(value));
    }
    connect(urgency, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            edited();
    });

    for (const QString &text : standardInstructions())
        addInstruction(text);
    m_standardCount = int(m_instructions.size());

    for (Role role : {Role::Team, Role::Secretary, Role::Officer})
        m_ui->addresseeCombo->addItem(roleTitle(role));

    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &DispositionWidget::edited);
    connect(m_ui->addresseeCombo, &QComboBox::currentTextChanged, this,
            &DispositionWidget::edited);
    clear();
}

DispositionWidget::~DispositionWidget() = default;

QCheckBox *DispositionWidget::addInstruction(const QString &text)
{
    auto *box = new QCheckBox(text, m_ui->instructionsGroup);
    box->setObjectName(u"instruction_%1"_s.arg(m_instructions.size()));
    const int index = int(m_instructions.size());
    m_ui->instructionsGrid->addWidget(box, index / kInstructionColumns, index % kInstructionColumns);
    QWidget *previous = m_instructions.isEmpty() ? static_cast<QWidget *>(m_ui->rahasiaRadio)
                                                 : m_instructions.constLast();
    setTabOrder(previous, box);
    setTabOrder(box, m_ui->noteEdit);
    m_instructions << box;
    // The ticks stay together at the top however tall the note beside them is.
    const int rows = (int(m_instructions.size()) + kInstructionColumns - 1) / kInstructionColumns;
    for (int r = 0; r <= rows; ++r)
        m_ui->instructionsGrid->setRowStretch(r, r == rows ? 1 : 0);
    connect(box, &QCheckBox::toggled, this, &DispositionWidget::edited);
    return box;
}

void DispositionWidget::setComplaint(const ComplaintRecord &complaint,
                                     const QTimeZone &officeZone)
{
    m_ui->header->setComplaint(complaint, officeZone);
    if (complaint.confidentiality == Confidentiality::Confidential
        && m_ui->biasaRadio->isChecked()) {
        ++m_loading;
        m_ui->rahasiaRadio->setChecked(true);
        --m_loading;
    }
}

DispositionInput DispositionWidget::input() const
{
    DispositionInput in;
    const int id = findChild<QButtonGroup *>(u"urgencyGroup"_s)->checkedId();
    in.urgency = id >= 0 ? static_cast<Urgency>(id) : Urgency::Biasa;
    for (const QCheckBox *box : m_instructions) {
        if (box->isChecked())
            in.instructions << box->text();
    }
    in.note = m_ui->noteEdit->toPlainText();
    in.addressee = m_ui->addresseeCombo->currentText();
    return in;
}

void DispositionWidget::setInput(const DispositionInput &in)
{
    ++m_loading;
    // Instructions of an earlier sheet that are no longer standard: drop the extra boxes and
    // make new ones as needed.
    while (m_instructions.size() > m_standardCount)
        delete m_instructions.takeLast();
    for (QCheckBox *box : std::as_const(m_instructions))
        box->setChecked(in.instructions.contains(box->text()));
    for (const QString &text : in.instructions) {
        const bool known = std::any_of(m_instructions.cbegin(), m_instructions.cend(),
                                       [&](const QCheckBox *box) { return box->text() == text; });
        if (!known && !text.trimmed().isEmpty())
            addInstruction(text)->setChecked(true);
    }
    switch (in.urgency) {
    case Urgency::Biasa: m_ui->biasaRadio->setChecked(true); break;
    case Urgency::Segera: m_ui->segeraRadio->setChecked(true); break;
    case Urgency::SangatSegera: m_ui->sangatSegeraRadio->setChecked(true); break;
    case Urgency::Rahasia: m_ui->rahasiaRadio->setChecked(true); break;
    }
    m_ui->noteEdit->setPlainText(in.note);
    m_ui->addresseeCombo->setCurrentIndex(m_ui->addresseeCombo->findText(in.addressee));
    m_ui->addresseeCombo->setEditText(in.addressee);
    --m_loading;
}

void DispositionWidget::clear()
{
    DispositionInput empty;
    empty.addressee = defaultAddressee();
    setInput(empty);
    m_ui->header->clear();
}

Findings DispositionWidget::check() const
{
    return checkDisposition(input()).findings;
}

void DispositionWidget::edited()
{
    if (!m_loading)
        emit changed();
}

void DispositionWidget::keyPressEvent(QKeyEvent *event)
{
    // Return/Enter left unused by an editor never reaches a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DispositionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace aduan::forms
