#include "admin/soppage.h"

#include "common/palette.h"
#include "session/session.h"
#include "sop/sopedit.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/writeguard.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

const QList<Role> kActors = {Role::Officer, Role::Secretary, Role::Head, Role::Team};

QDateEdit *dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    edit->setCalendarPopup(true);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QStringList items(const QTableWidgetItem *item)
{
    QStringList out;
    if (!item)
        return out;
    for (const QString &part : item->text().split(u';')) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

SopPage::SopPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *revisionLabel = new QLabel(tr("Re&vision:"));
    m_revisionBox = new QComboBox;
    m_revisionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    revisionLabel->setBuddy(m_revisionBox);
    m_state = new QLabel;
    m_new = new QPushButton(icons::add(), tr("&New revision from this one"));
    m_save = new QPushButton(icons::save(), tr("&Save revision"));
    m_discard = new QPushButton(tr("&Discard"));
    writeguard::mark(m_new, m_session);
    writeguard::mark(m_save, m_session);
    top->addWidget(revisionLabel);
    top->addWidget(m_revisionBox);
    top->addWidget(m_state, 1);
    top->addWidget(m_new);
    top->addWidget(m_save);
    top->addWidget(m_discard);
    layout->addLayout(top);

    auto *tabs = new QTabWidget;
    layout->addWidget(tabs, 1);

    auto *header = new QWidget;
    auto *headerLayout = new QHBoxLayout(header);
    auto *sheet = new QFormLayout;
    m_office = new QLineEdit;
    m_number = new QLineEdit;
    m_name = new QLineEdit;
    m_createdOn = dateEdit();
    m_revisedOn = dateEdit();
    m_approvedOn = dateEdit();
    m_effectiveFrom = dateEdit();
    sheet->addRow(tr("&Office:"), m_office);
    sheet->addRow(tr("SOP n&umber:"), m_number);
    sheet->addRow(tr("SOP &name:"), m_name);
    sheet->addRow(tr("&Created on:"), m_createdOn);
    sheet->addRow(tr("&Revised on:"), m_revisedOn);
    sheet->addRow(tr("&Approved on:"), m_approvedOn);
    sheet->addRow(tr("&Effective from:"), m_effectiveFrom);
    headerLayout->addLayout(sheet, 1);
    auto *approverBox = new QGroupBox(tr("Approved by"));
    auto *approver = new QFormLayout(approverBox);
    m_approverTitle = new QLineEdit;
    m_approverName = new QLineEdit;
    m_approverNip = new QLineEdit;
    m_approverNip->setPlaceholderText(tr("18 digits"));
    approver->addRow(tr("&Title:"), m_approverTitle);
    approver->addRow(tr("Na&me:"), m_approverName);
    approver->addRow(tr("N&IP:"), m_approverNip);
    headerLayout->addWidget(approverBox, 1, Qt::AlignTop);
    tabs->addTab(header, tr("Header"));

    auto *texts = new QWidget;
    auto *grid = new QGridLayout(texts);
    const std::pair<QPlainTextEdit **, QString> lists[] = {
        {&m_legalBasis, tr("Legal basis (one per line)")},
        {&m_qualifications, tr("Qualifications of the staff")},
        {&m_related, tr("Related SOPs")},
        {&m_equipment, tr("Equipment")},
        {&m_warnings, tr("Warnings")},
        {&m_recording, tr("Recording and data")},
    };
    int index = 0;
    for (const auto &[edit, title] : lists) {
        auto *box = new QGroupBox(title);
        auto *boxLayout = new QVBoxLayout(box);
        *edit = new QPlainTextEdit;
        (*edit)->setTabChangesFocus(true);
        boxLayout->addWidget(*edit);
        grid->addWidget(box, index / 3, index % 3);
        ++index;
    }
    tabs->addTab(texts, tr("Lists"));

    auto *procedure = new QWidget;
    auto *procedureLayout = new QVBoxLayout(procedure);
    m_steps = new QTableWidget(0, ColumnCount);
    m_steps->setHorizontalHeaderLabels({tr("No"), tr("Activity"), tr("Actor"),
                                        tr("Requirements (; between)"), tr("Minutes"),
                                        tr("Outputs (; between)")});
    m_steps->verticalHeader()->hide();
    m_steps->setWordWrap(true);
    m_steps->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(RequirementsColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(OutputsColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(NumberColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(ActorColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(MinutesColumn,
                                                      QHeaderView::ResizeToContents);
    procedureLayout->addWidget(m_steps, 1);
    auto *hint = new QLabel(tr("A requirement of a later step names an output of an earlier "
                               "step; only the first step takes what the complainant brings. "
                               "The revision applies to complaints registered from its "
                               "effective date; earlier complaints keep theirs."));
    hint->setWordWrap(true);
    procedureLayout->addWidget(hint);
    tabs->addTab(procedure, tr("Procedure"));

    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(palette::problemLabelStyle());
    m_problems->hide();
    layout->addWidget(m_problems);

    connect(m_revisionBox, &QComboBox::activated, this, &SopPage::chooseRevision);
    connect(m_new, &QPushButton::clicked, this, &SopPage::startRevision);
    connect(m_save, &QPushButton::clicked, this, &SopPage::saveRevision);
    connect(m_discard, &QPushButton::clicked, this, &SopPage::discard);
    connect(&m_session, &Session::dataChanged, this, &SopPage::reload);
    reload();
}

void SopPage::reload()
{
    if (m_editing)
        return;
    feedback::guarded(this, tr("SOP"), [this] {
        const SettingsStore settings(m_session.database());
        m_revisions = settings.sopRevisions();
        const auto inForce = settings.sopRevisionInForce(m_session.officeToday());
        const QSignalBlocker blocker(m_revisionBox);
        m_revisionBox->clear();
        int current = int(m_revisions.size()) - 1;
        for (int i = 0; i < m_revisions.size(); ++i) {
            const SopDefinition &r = m_revisions.at(i);
            const bool inForceNow = inForce && inForce->revisionId == r.revisionId;
            if (inForceNow)
                current = i;
            m_revisionBox->addItem(
                inForceNow ? tr("%1 · from %2 (in force)")
                                 .arg(r.revisionId)
                                 .arg(r.effectiveFrom.toString(u"dd-MM-yyyy"_s))
                           : tr("%1 · from %2")
                                 .arg(r.revisionId)
                                 .arg(r.effectiveFrom.toString(u"dd-MM-yyyy"_s)));
        }
        if (current >= 0) {
            m_revisionBox->setCurrentIndex(current);
            showRevision(m_revisions.at(current));
        }
    });
    setEditing(false);
}

void SopPage::chooseRevision(int index)
{
    if (index >= 0 && index < m_revisions.size())
        showRevision(m_revisions.at(index));
}

void SopPage::showRevision(const SopDefinition &sop)
{
    m_base = sop;
    m_office->setText(sop.office);
    m_number->setText(sop.number);
    m_name->setText(sop.name);
    m_createdOn->setDate(sop.createdOn);
    m_revisedOn->setDate(sop.revisedOn);
    m_approvedOn->setDate(sop.approvedOn);
    m_effectiveFrom->setDate(sop.effectiveFrom);
    m_approverTitle->setText(sop.approverTitle);
    m_approverName->setText(sop.approverName);
    m_approverNip->setText(sop.approverNip);
    m_legalBasis->setPlainText(sop.legalBasis.join(u'\n'));
    m_qualifications->setPlainText(sop.qualifications.join(u'\n'));
    m_related->setPlainText(sop.related.join(u'\n'));
    m_equipment->setPlainText(sop.equipment.join(u'\n'));
    m_warnings->setPlainText(sop.warnings.join(u'\n'));
    m_recording->setPlainText(sop.recording.join(u'\n'));

    m_steps->setRowCount(int(sop.steps.size()));
    for (int row = 0; row < sop.steps.size(); ++row) {
        const SopStep &s = sop.steps.at(row);
        auto *number = new QTableWidgetItem(QString::number(s.number));
        number->setFlags(Qt::ItemIsEnabled);
        m_steps->setItem(row, NumberColumn, number);
        m_steps->setItem(row, ActivityColumn, new QTableWidgetItem(s.activity));
        auto *actor = new QComboBox;
        for (Role r : kActors)
            actor->addItem(roleTitle(r), roleCode(r));
        actor->setCurrentIndex(int(kActors.indexOf(s.actor)));
        m_steps->setCellWidget(row, ActorColumn, actor);
        QStringList requirements, outputs;
        for (const SopRequirement &r : s.requirements)
            requirements << r.name;
        for (const SopOutput &o : s.outputs)
            outputs << o.name;
        m_steps->setItem(row, RequirementsColumn,
                         new QTableWidgetItem(requirements.join(u"; "_s)));
        auto *minutes = new QSpinBox;
        minutes->setRange(0, 9999);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(s.targetMinutes);
        m_steps->setCellWidget(row, MinutesColumn, minutes);
        m_steps->setItem(row, OutputsColumn, new QTableWidgetItem(outputs.join(u"; "_s)));
    }
    m_steps->resizeRowsToContents();
    m_state->setText(tr("Total time: %n working minute(s)", nullptr, sop.totalTargetMinutes()));
}

SopDefinition SopPage::draft() const
{
    SopDefinition sop;
    sop.office = m_office->text().trimmed();
    sop.number = m_number->text().trimmed();
    sop.name = m_name->text().trimmed();
    sop.createdOn = m_createdOn->date();
    sop.revisedOn = m_revisedOn->date();
    sop.approvedOn = m_approvedOn->date();
    sop.effectiveFrom = m_effectiveFrom->date();
    sop.approverTitle = m_approverTitle->text().trimmed();
    sop.approverName = m_approverName->text().trimmed();
    sop.approverNip = m_approverNip->text().trimmed();
    sop.legalBasis = lines(m_legalBasis);
    sop.qualifications = lines(m_qualifications);
    sop.related = lines(m_related);
    sop.equipment = lines(m_equipment);
    sop.warnings = lines(m_warnings);
    sop.recording = lines(m_recording);
    QList<SopStepEntry> entries;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        SopStepEntry entry;
        const QTableWidgetItem *activity = m_steps->item(row, ActivityColumn);
        entry.activity = activity ? activity->text() : QString();
        const auto *actor = qobject_cast<QComboBox *>(m_steps->cellWidget(row, ActorColumn));
        entry.actor = roleFromCode(actor->currentData().toString()).value_or(Role::Officer);
        entry.targetMinutes =
            qobject_cast<QSpinBox *>(m_steps->cellWidget(row, MinutesColumn))->value();
        entry.requirements = items(m_steps->item(row, RequirementsColumn));
        entry.outputs = items(m_steps->item(row, OutputsColumn));
        entries << entry;
    }
    sop.steps = stepsFromEntries(m_base, entries);
    return sop;
}

void SopPage::setEditing(bool editing)
{
    m_editing = editing;
    for (QLineEdit *edit : {m_office, m_number, m_name, m_approverTitle, m_approverName,
                            m_approverNip})
        edit->setReadOnly(!editing);
    for (QDateEdit *edit : {m_createdOn, m_revisedOn, m_approvedOn, m_effectiveFrom})
        edit->setReadOnly(!editing);
    for (QPlainTextEdit *edit : {m_legalBasis, m_qualifications, m_related, m_equipment,
                                 m_warnings, m_recording})
        edit->setReadOnly(!editing);
    m_steps->setEditTriggers(editing ? QAbstractItemView::AllEditTriggers
                                     : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        for (int column : {int(ActorColumn), int(MinutesColumn)}) {
            if (QWidget *cell = m_steps->cellWidget(row, column))
                cell->setEnabled(editing);
        }
    }
    m_revisionBox->setEnabled(!editing);
    m_new->setVisible(!editing);
    m_save->setVisible(editing);
    m_discard->setVisible(editing);
    if (!editing)
        showFindings({}, {}, {});
}

void SopPage::startRevision()
{
    setEditing(true);
    const QDate today = m_session.officeToday();
    m_revisedOn->setDate(today);
    m_approvedOn->setDate(today);
    m_effectiveFrom->setDate(today);
    m_state->setText(tr("New revision copied from revision %1: change it, then save.")
                         .arg(m_base.revisionId));
    m_effectiveFrom->setFocus();
}

bool SopPage::saveRevision()
{
    const SopDefinition sop = draft();
    bool saved = false;
    feedback::guarded(this, tr("Save revision"), [&] {
        try {
            m_session.administration().addSopRevision(m_session.userId(), sop);
            saved = true;
        } catch (const Error &error) {
            if (error.code() != Error::Code::Invalid)
                throw;
            QStringList messages;
            QList<int> rows;
            for (const Finding &f : error.findings()) {
                messages << f.message;
                if (f.field.startsWith(u"step."_s))
                    rows << f.field.mid(5).toInt() - 1;
            }
            if (messages.isEmpty())
                messages << error.message();
            showFindings(tr("The revision was not saved:"), messages, rows);
        }
    });
    if (!saved)
        return false;
    m_session.notifyChanged();
    setEditing(false);
    reload();
    feedback::inform(this, tr("Save revision"),
                     tr("The revision is saved; it applies to complaints registered from %1.")
                         .arg(sop.effectiveFrom.toString(u"dd-MM-yyyy"_s)));
    return true;
}

void SopPage::discard()
{
    setEditing(false);
    reload();
}

void SopPage::showFindings(const QString &message, const QList<QString> &lines,
                           const QList<int> &stepRows)
{
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const QColor fill = stepRows.contains(row) ? palette::color(palette::problemFill)
                                                   : QColor();
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_steps->item(row, column))
                item->setBackground(fill.isValid() ? QBrush(fill) : QBrush());
        }
    }
    if (lines.isEmpty()) {
        m_problems->hide();
        m_problems->clear();
        return;
    }
    m_problems->setText(message + u"\n• "_s + lines.join(u"\n• "_s));
    m_problems->show();
}

} // namespace aduan::gui
