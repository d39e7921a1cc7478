#include "workspaces/surveypage.h"

#include "session/session.h"
#include "skm/skmprinting.h"
#include "skm/skmsurvey.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/resultbanner.h"
#include "util/error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;
using namespace aduan::gui::feedback;

namespace aduan::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNumberRole = Qt::UserRole + 1;

QComboBox *optionBox(const QStringList &options, const QString &none)
{
    auto *box = new QComboBox;
    box->addItem(none);
    for (const QString &option : options)
        box->addItem(option, option);
    return box;
}

} // namespace

SurveyPage::SurveyPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("Result conveyed, survey &open:"));
    listLabel->setWordWrap(true);
    m_pending = new QListWidget;
    listLabel->setBuddy(m_pending);
    // Wide enough for the longest agenda number and its date, never clipped.
    m_pending->setFixedWidth(m_pending->fontMetrics().horizontalAdvance(
                                 u"0000/ADUAN/XII/0000 · 00-00-0000"_s)
                             + 40);
    left->addWidget(listLabel);
    left->addWidget(m_pending, 1);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    m_banner = new ResultBanner;
    right->addWidget(m_banner);
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    right->addWidget(m_heading);
    auto *modeRow = new QFormLayout;
    m_mode = new QComboBox;
    m_mode->addItem(tr("At the desk, after the result was conveyed"), int(SkmMode::Desk));
    m_mode->addItem(tr("From a returned paper questionnaire"), int(SkmMode::Paper));
    modeRow->addRow(tr("&Answered:"), m_mode);
    right->addLayout(modeRow);
    m_form = new QWidget;
    right->addWidget(m_form);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    right->addWidget(m_message);
    right->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(icons::print(), tr("&Print blank questionnaire"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("The paper questionnaire with the complaint's number (Ctrl+P)."));
    m_decline = new QPushButton(tr("Complainant &declined"));
    m_decline->setToolTip(tr("Record that the complainant did not want to answer."));
    m_save = new QPushButton(icons::save(), tr("&Save answers"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the answers without the complainant's name (Ctrl+S)."));
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    layout->addLayout(right, 1);

    buildQuestionnaire();
    connect(m_pending, &QListWidget::currentRowChanged, this, &SurveyPage::selectionChanged);
    connect(m_save, &QPushButton::clicked, this, &SurveyPage::saveAnswers);
    connect(m_decline, &QPushButton::clicked, this, &SurveyPage::saveDeclined);
    connect(m_print, &QPushButton::clicked, this, &SurveyPage::printBlank);
    connect(&m_session, &Session::dataChanged, this, &SurveyPage::reload);
    reload();
}

void SurveyPage::buildQuestionnaire()
{
    guarded(this, tr("Satisfaction survey"), [&] {
        m_questionnaire = SkmSurvey(m_session.database(), m_session.clock()).currentQuestionnaire();
    });
    delete m_form->layout();
    qDeleteAll(m_form->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_answers.clear();
    m_questions.clear();
    m_profile.clear();
    auto *columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *elements = new QGroupBox(tr("Opinion on the service (1-4)"));
    auto *grid = new QGridLayout(elements);
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < m_questionnaire.elements.size(); ++i) {
        const SkmElement &e = m_questionnaire.elements.at(i);
        auto *box = new QComboBox;
        box->addItem(QString());
        for (int score = 1; score <= e.answers.size(); ++score)
            box->addItem(u"%1 – %2"_s.arg(score).arg(e.answers.at(score - 1)), score);
        box->setObjectName(e.code);
        auto *label = new QLabel(u"&%1. %2"_s.arg(i + 1).arg(e.name));
        label->setBuddy(box);
        auto *question = new QLabel(e.question);
        question->setWordWrap(true);
        grid->addWidget(label, i, 0);
        grid->addWidget(box, i, 1);
        grid->addWidget(question, i, 2);
        m_answers << box;
        m_questions << question;
        connect(box, &QComboBox::currentIndexChanged, this, [this, i, question = e.question] {
            m_questions.at(i)->setText(question);
            m_questions.at(i)->setStyleSheet({});
        });
    }
    columns->addWidget(elements, 3);
    auto *profile = new QGroupBox(tr("Respondent (no name)"));
    auto *form = new QFormLayout(profile);
    const QString none = tr("(not answered)");
    m_profile = {optionBox(m_questionnaire.ageGroups, none), optionBox(m_questionnaire.sexes, none),
                 optionBox(m_questionnaire.educations, none),
                 optionBox(m_questionnaire.occupations, none)};
    form->addRow(tr("A&ge:"), m_profile.at(0));
    form->addRow(tr("Se&x:"), m_profile.at(1));
    form->addRow(tr("Ed&ucation:"), m_profile.at(2));
    form->addRow(tr("Occupa&tion:"), m_profile.at(3));
    columns->addWidget(profile, 1);
    QWidget *previous = m_mode;
    for (QComboBox *box : std::as_const(m_answers)) {
        setTabOrder(previous, box);
        previous = box;
    }
    for (QComboBox *box : std::as_const(m_profile)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_save);
}

QComboBox *SurveyPage::answerBox(const QString &code) const
{
    for (QComboBox *box : m_answers) {
        if (box->objectName() == code)
            return box;
    }
    return nullptr;
}

void SurveyPage::reload()
{
    const qint64 keep = selectedId();
    QList<SkmPending> pending;
    guarded(this, tr("Satisfaction survey"), [&] {
        pending = SkmSurvey(m_session.database(), m_session.clock()).pending();
    });
    const QSignalBlocker block(m_pending);
    m_pending->clear();
    int row = -1;
    for (const SkmPending &p : std::as_const(pending)) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2")
                .arg(p.agendaNumber,
                     p.conveyedAt.toTimeZone(m_session.officeZone()).toString(u"dd-MM-yyyy"_s)));
        item->setData(kIdRole, p.complaintId);
        item->setData(kNumberRole, p.agendaNumber);
        m_pending->addItem(item);
        if (p.complaintId == keep)
            row = m_pending->count() - 1;
    }
    m_pending->setCurrentRow(row >= 0 ? row : (m_pending->count() > 0 ? 0 : -1));
    selectionChanged();
}

void SurveyPage::offer(qint64 complaintId)
{
    reload();
    for (int i = 0; i < m_pending->count(); ++i) {
        if (m_pending->item(i)->data(kIdRole).toLongLong() == complaintId) {
            m_pending->setCurrentRow(i);
            return;
        }
    }
}

qint64 SurveyPage::selectedId() const
{
    const QListWidgetItem *item = m_pending->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QString SurveyPage::selectedNumber() const
{
    const QListWidgetItem *item = m_pending->currentItem();
    return item ? item->data(kNumberRole).toString() : QString();
}

void SurveyPage::selectionChanged()
{
    const bool any = selectedId() != 0;
    m_heading->setText(any ? tr("Satisfaction survey of complaint %1. Ask each question and choose "
                                "the answer given; the answers are saved without the "
                                "complainant's name.")
                                 .arg(selectedNumber())
                           : tr("No complaint is waiting for its satisfaction survey."));
    for (QWidget *w : {static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_mode),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_decline),
                       static_cast<QWidget *>(m_print)})
        w->setEnabled(any);
    m_message->clear();
}

void SurveyPage::clearAnswers()
{
    for (QComboBox *box : std::as_const(m_answers))
        box->setCurrentIndex(0);
    for (QComboBox *box : std::as_const(m_profile))
        box->setCurrentIndex(0);
    m_mode->setCurrentIndex(0);
    m_message->clear();
}

bool SurveyPage::saveAnswers()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    SkmResponseInput input;
    for (QComboBox *box : std::as_const(m_answers)) {
        if (box->currentData().isValid())
            input.answers.insert(box->objectName(), box->currentData().toInt());
    }
    input.profile = {m_profile.at(0)->currentData().toString(),
                     m_profile.at(1)->currentData().toString(),
                     m_profile.at(2)->currentData().toString(),
                     m_profile.at(3)->currentData().toString()};
    input.mode = SkmMode(m_mode->currentData().toInt());
    const QString number = selectedNumber();
    std::optional<Error> refused;
    bool ok = guarded(this, tr("Save answers"), [&] {
        try {
            SkmSurvey(m_session.database(), m_session.clock()).record(m_session.userId(), id, input);
        } catch (const Error &e) {
            if (e.code() != Error::Code::Invalid || e.findings().isEmpty())
                throw;
            refused = e;
        }
    });
    if (refused) {
        ok = false;
        // Beside each unanswered question, in place of its text; the answers typed stay.
        QComboBox *first = nullptr;
        for (const Finding &f : refused->findings()) {
            for (int i = 0; i < m_answers.size(); ++i) {
                if (m_answers.at(i)->objectName() == f.field) {
                    m_questions.at(i)->setText(f.message);
                    m_questions.at(i)->setStyleSheet(u"color: #b00020;"_s);
                    if (!first)
                        first = m_answers.at(i);
                }
            }
        }
        m_message->setText(refused->message());
        if (first)
            first->setFocus();
    }
    if (ok) {
        clearAnswers();
        m_banner->showMessage(tr("The survey of %1 is saved, without the complainant's name.")
                                  .toHtmlEscaped()
                                  .arg(u"<b>"_s + number.toHtmlEscaped() + u"</b>"_s));
        m_session.notifyChanged();
    }
    return ok;
}

bool SurveyPage::saveDeclined()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const QString number = selectedNumber();
    const bool ok = guarded(this, tr("Complainant declined"), [&] {
        SkmSurvey(m_session.database(), m_session.clock()).decline(m_session.userId(), id);
    });
    if (ok) {
        clearAnswers();
        m_banner->showMessage(tr("Recorded that the complainant of %1 declined the survey.")
                                  .toHtmlEscaped()
                                  .arg(u"<b>"_s + number.toHtmlEscaped() + u"</b>"_s));
        m_session.notifyChanged();
    }
    return ok;
}

void SurveyPage::printBlank()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    guarded(this, tr("Print blank questionnaire"),
            [&] { printing::previewSkmQuestionnaire(this, m_session, number); });
}

} // namespace aduan::gui
