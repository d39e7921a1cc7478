#include "workspaces/newcomplaintpage.h"

#include "common/fieldmessage.h"
#include "common/palette.h"
#include "complaintactions/draftkeeper.h"
#include "complaintform/complaintformwidget.h"
#include "detail/complaintdetaildialog.h"
#include "print/documentprinting.h"
#include "session/session.h"
#include "sms/messageintake.h"
#include "sms/smsdaemon.h"
#include "sop/stepaction.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/steptitle.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "support/resultbanner.h"
#include "util/clock.h"
#include "util/error.h"
#include "validation/nik.h"
#include "validation/phone.h"
#include "workflow/draftcheck.h"
#include "workflow/stepclock.h"
#include "support/writeguard.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
constexpr int kLinkedRole = Qt::UserRole + 1;
} // namespace

NewComplaintPage::NewComplaintPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new forms::ComplaintFormWidget)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);

    // What the last save did, in a strip of reserved height: the green banner after a save, or
    // why it was refused. Shown or not, the form below it stays where it is.
    m_banner = new ResultBanner;
    m_printReceipt = m_banner->addButton(icons::print(), tr("&Print receipt"));
    m_printReceipt->setToolTip(tr("Cetak tanda terima: the Formulir Penerimaan Pengaduan for "
                                  "the complainant"));
    m_bannerDetail = m_banner->addButton(icons::details(), tr("Details"));
    auto *bannerDetail = m_bannerDetail;
    m_problem = new forms::FieldMessage;
    m_problem->setObjectName(u"problemMessage"_s);
    m_problem->setStyleSheet(palette::problemLabelStyle(true));
    m_problem->hide();
    auto *strip = new QWidget;
    strip->setObjectName(u"messageStrip"_s);
    auto *stripLayout = new QVBoxLayout(strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->setSpacing(0);
    stripLayout->addWidget(m_banner);
    stripLayout->addWidget(m_problem);
    stripLayout->addStretch(1);
    // Room for the banner's one line (its buttons, or the agenda number in 14 pt) or the
    // refusal's two lines, whichever is taller.
    QFont numberFont = m_banner->font();
    numberFont.setPointSizeF(14);
    numberFont.setBold(true);
    const int bannerLine = std::max(m_printReceipt->sizeHint().height(),
                                    QFontMetrics(numberFont).height());
    const QMargins bannerMargins = m_banner->layout()->contentsMargins();
    const int bannerHeight = bannerLine + bannerMargins.top() + bannerMargins.bottom()
                             + 2 * m_banner->frameWidth() + 2;
    strip->setFixedHeight(std::max(bannerHeight, m_problem->height()));
    outer->addWidget(strip);

    auto *body = new QHBoxLayout;
    body->addWidget(m_form, 1); // the form scrolls by itself

    // Side panel: possible duplicates and warnings.
    auto *side = new QVBoxLayout;
    auto *duplicatesBox = new QGroupBox(tr("Earlier complaints of this person"));
    auto *duplicatesLayout = new QVBoxLayout(duplicatesBox);
    m_duplicatesHint = new QLabel;
    m_duplicatesHint->setWordWrap(true);
    duplicatesLayout->addWidget(m_duplicatesHint);
    m_duplicates = new QListWidget;
    m_duplicates->setWordWrap(true);
    duplicatesLayout->addWidget(m_duplicates);
    side->addWidget(duplicatesBox, 1);
    auto *warningsBox = new QGroupBox(tr("Warnings"));
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    m_warnings = new QLabel(tr("None."));
    m_warnings->setWordWrap(true);
    m_warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    warningsLayout->addWidget(m_warnings);
    side->addWidget(warningsBox);
    auto *sideWidget = new QWidget;
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(300);
    body->addWidget(sideWidget);
    outer->addLayout(body, 1);

    auto *buttons = new QHBoxLayout;
    m_clock = new QLabel;
    buttons->addWidget(m_clock, 1);
    m_new = new QPushButton(icons::add(), tr("&New complaint"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Empty the form and start the step's clock again (Ctrl+N)"));
    m_save = new QPushButton(icons::save(), tr("&Save and register"));
    writeguard::mark(m_save, m_session);
    writeguard::mark(m_form, m_session);
    m_save->setToolTip(tr("Register the complaint in the Buku Penerimaan Pengaduan (Ctrl+S)"));
    m_save->setDefault(true);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    // The form is kept as a local draft while typed, and offered back after a crash.
    auto *drafts = new DraftKeeper(m_session.database().path(), m_session.userId(), this);
    drafts->setZone(m_session.officeZone());
    drafts->setSource([this] {
        SavedDraft saved;
        saved.draft = m_form->draft();
        saved.draft.relatedComplaintId = m_linkedId;
        saved.receivedAtTyped = m_form->unreadReceivedAt();
        saved.formOpenedAt = m_formOpenedAt;
        return saved;
    });
    connect(m_form, &forms::ComplaintFormWidget::changed, drafts, &DraftKeeper::markChanged);
    connect(this, &NewComplaintPage::registered, drafts, &DraftKeeper::discard);
    connect(drafts, &DraftKeeper::saveFailed, this, &NewComplaintPage::showProblem);
    connect(drafts, &DraftKeeper::restoreRequested, this, [this](const SavedDraft &saved) {
        {
            const QScopedValueRollback guard(m_settingUp, true);
            m_form->setDraft(saved.draft);
            m_form->setUnreadReceivedAt(saved.receivedAtTyped);
        }
        m_pristine = false;
        if (saved.formOpenedAt.isValid())
            m_formOpenedAt = saved.formOpenedAt; // the step's clock runs from the first keystroke
        m_linkedId = saved.draft.relatedComplaintId;
        m_form->setRelatedComplaintId(m_linkedId);
        const Complainant person = saved.draft.complainant.value_or(Complainant{});
        const NikCheck nik = checkNik(person.nik, Gender::Unknown, m_session.officeToday());
        const PhoneCheck phone = normalizePhone(person.phone);
        lookForDuplicates(nik.info ? nik.info->digits : QString(),
                          phone.ok() ? phone.normalized : QString());
        updateClock();
    });

    // Window-wide while the page is visible (a hidden page's shortcut is inactive).
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_new, &QPushButton::clicked, this, [this, drafts] {
        if (m_pristine || feedback::confirm(this, tr("New complaint"),
                                            tr("Discard what was typed in the form?"),
                                            tr("Discard"))) {
            startNew();
            drafts->discard();
        }
    });
    connect(m_printReceipt, &QPushButton::clicked, this, [this] {
        if (m_lastRegisteredId > 0)
            printing::preview(this, m_session, ComplaintDocument::Receipt, m_lastRegisteredId);
    });
    connect(bannerDetail, &QPushButton::clicked, this, [this] {
        if (m_lastRegisteredId > 0)
            ComplaintDetailDialog::open(m_session, m_lastRegisteredId, this);
    });
    connect(m_form, &forms::ComplaintFormWidget::changed, this, &NewComplaintPage::formChanged);
    connect(m_form, &forms::ComplaintFormWidget::identityEdited, this,
            &NewComplaintPage::lookForDuplicates);
    connect(m_duplicates, &QListWidget::itemChanged, this, &NewComplaintPage::duplicateToggled);
    connect(m_duplicates, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        ComplaintDetailDialog::open(m_session, item->data(kLinkedRole).toLongLong(), this);
    });
    connect(&m_session, &Session::tick, this, &NewComplaintPage::updateClock);

    loadChoices();
    startNew();
}

void NewComplaintPage::loadChoices()
{
    feedback::guarded(this, tr("New complaint"), [this] {
        const SettingsStore settings(m_session.database());
        const QDate today = m_session.officeToday();
        QList<SopRequirement> requirements;
        if (const auto sop = settings.sopRevisionInForce(today)) {
            if (const SopStep *step = sop->stepForAction(StepAction::Register)) {
                for (const SopRequirement &r : step->requirements) {
                    if (r.fromComplainant())
                        requirements << r;
                }
            }
        }
        const QScopedValueRollback guard(m_settingUp, true);
        m_form->setChoices(settings.categories(), settings.complaintClasses(), requirements);
        m_form->setAttachmentLimit(settings.attachmentLimitBytes());
    });
}

void NewComplaintPage::startNew()
{
    {
        const QScopedValueRollback guard(m_settingUp, true);
        m_form->clear();
        const QDateTime now = m_session.clock().now();
        const QTimeZone zone = m_session.officeZone();
        m_form->setToday(officetime::date(now, zone));
        m_form->setNow(now.toTimeZone(zone));
    }
    m_formOpenedAt = m_session.clock().now();
    m_pristine = true;
    m_messageId = 0;
    m_linkedId = 0;
    m_form->setRelatedComplaintId(0);
    m_duplicates->clear();
    m_duplicatesHint->setText(tr("Open complaints of the last 30 days with the same NIK or "
                                 "phone appear here. Tick one to link the new complaint to it."));
    m_warnings->setText(tr("None."));
    m_problem->hide();
    updateClock();
}

bool NewComplaintPage::startFromMessage(qint64 messageId, const ComplaintDraft &draft)
{
    if (!m_pristine && m_messageId != messageId
        && !feedback::confirm(this, tr("New complaint"),
                              tr("Discard what was typed in the form and fill it in from the "
                                 "message?"),
                              tr("Discard"))) {
        return false;
    }
    startNew();
    loadChoices();
    {
        const QScopedValueRollback guard(m_settingUp, true);
        m_form->setDraft(draft);
    }
    m_messageId = messageId;
    m_pristine = false; // the step's clock runs from the moment the message was opened
    // A note, not a registration: nothing to print or open yet.
    m_printReceipt->hide();
    m_bannerDetail->hide();
    m_banner->showMessage(
        tr("Filled in from the SMS inbox (%1). Complete the form, then save.")
            .arg(channelLabel(draft.channel))
            .toHtmlEscaped());
    lookForDuplicates(draft.complainant ? draft.complainant->nik : QString(),
                      draft.complainant ? draft.complainant->phone : QString());
    return true;
}

void NewComplaintPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pristine) {
        loadChoices();
        m_formOpenedAt = m_session.clock().now();
        updateClock();
    }
}

void NewComplaintPage::formChanged()
{
    if (m_settingUp)
        return;
    // The refusal of the last save is old once the officer edits: what is still wrong stays
    // beside its field, and the next save says it again.
    if (m_problem->isVisible())
        showProblem({});
    if (m_pristine) {
        // The first keystroke in a blank form: the complainant is at the desk now. A blank form
        // left open for a while does not count against the step.
        m_pristine = false;
        m_formOpenedAt = m_session.clock().now();
        updateClock();
    }
}

void NewComplaintPage::updateClock()
{
    try {
        const QDateTime now = m_session.clock().now();
        m_form->setNow(now.toTimeZone(m_session.officeZone())); // "now" of the form's checks
        const qint64 used = m_session.calendar().workingSecondsBetween(m_formOpenedAt, now);
        m_clock->setText(tr("Step %1 started %2 · %3 used")
                             .arg(QString::number(
                                      steptitle::numberInForce(m_session, StepAction::Register)),
                                  officetime::time(m_formOpenedAt, m_session.officeZone(), true),
                                  formatWorkingDuration(used)));
    } catch (...) {
        m_clock->clear();
    }
}

void NewComplaintPage::lookForDuplicates(const QString &nik, const QString &phone)
{
    const QSignalBlocker blocker(m_duplicates);
    m_duplicates->clear();
    if (nik.trimmed().isEmpty() && phone.trimmed().isEmpty()) {
        m_linkedId = 0;
        return;
    }
    QList<PossibleDuplicate> found;
    try {
        found = m_session.intakeBook().possibleDuplicates(m_session.userId(), nik, phone);
    } catch (const Error &error) {
        m_duplicatesHint->setText(error.message());
        return;
    }
    const QTimeZone zone = m_session.officeZone();
    bool linkedStillThere = false;
    for (const PossibleDuplicate &d : found) {
        const QString matched = d.matchedOn == u"nik"_s ? tr("same NIK") : tr("same phone");
        auto *item = new QListWidgetItem(tr("%1 (%2)\n%3 · %4\n%5")
                                             .arg(d.agendaNumber, matched, d.complainantName,
                                                  officetime::shortDate(
                                                      officetime::date(d.receivedAt, zone)),
                                                  d.subject));
        item->setData(kLinkedRole, d.complaintId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(d.complaintId == m_linkedId ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Tick to link the new complaint to this one; double-click for its "
                            "details."));
        linkedStillThere = linkedStillThere || d.complaintId == m_linkedId;
        m_duplicates->addItem(item);
    }
    if (!linkedStillThere) {
        m_linkedId = 0;
        m_form->setRelatedComplaintId(0);
    }
    m_duplicatesHint->setText(found.isEmpty()
                                  ? tr("No open complaint of the last 30 days with this NIK or "
                                       "phone.")
                                  : tr("%n open complaint(s) with the same NIK or phone. Tick "
                                       "one to link the new complaint to it.",
                                       nullptr, int(found.size())));
}

void NewComplaintPage::duplicateToggled(QListWidgetItem *item)
{
    const QSignalBlocker blocker(m_duplicates);
    if (item->checkState() == Qt::Checked) {
        m_linkedId = item->data(kLinkedRole).toLongLong();
        for (int i = 0; i < m_duplicates->count(); ++i) {
            if (m_duplicates->item(i) != item)
                m_duplicates->item(i)->setCheckState(Qt::Unchecked);
        }
    } else if (item->data(kLinkedRole).toLongLong() == m_linkedId) {
        m_linkedId = 0;
    }
    m_form->setRelatedComplaintId(m_linkedId);
}

void NewComplaintPage::showProblem(const QString &message)
{
    m_problem->setMessage(message);
    m_problem->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_banner->hide(); // one message at a time in the strip
}

bool NewComplaintPage::showRefusal(const Error &error)
{
    if (error.code() == Error::Code::Invalid && !error.findings().isEmpty())
        m_form->showFindings(error.findings());
    else if (error.code() == Error::Code::RequirementMissing)
        m_form->showError(u"requirements"_s, error.message());
    else if (error.code() != Error::Code::Invalid)
        return false;
    showProblem(error.message());
    return true;
}

std::optional<Registration> NewComplaintPage::save()
{
    const QString title = tr("Register complaint");
    updateClock(); // the form checks the time received against now
    ComplaintDraft draft = m_form->draft();
    draft.relatedComplaintId = m_linkedId;
    showProblem({});

    // Check first: errors stay next to their fields, warnings are shown and accepted. What the
    // form could not read (a time received that is not a date) counts as the engine's errors.
    const DraftCheck check = checkDraft(draft, m_session.officeToday());
    const Findings findings = m_form->entryFindings() + check.findings;
    m_form->showFindings(findings);
    const QString warnings = feedback::findingsText(findings, Finding::Severity::Warning);
    m_warnings->setText(warnings.isEmpty() ? tr("None.") : warnings);
    if (hasErrors(findings)) {
        showProblem(tr("The form has errors; see the marked fields.\n%1")
                        .arg(feedback::findingsText(findings, Finding::Severity::Error)));
        return std::nullopt;
    }
    if (!warnings.isEmpty()
        && !feedback::confirm(this, title,
                              tr("Please check:\n%1\n\nRegister the complaint as it is?")
                                  .arg(warnings),
                              tr("Register"))) {
        return std::nullopt;
    }

    std::optional<Registration> result;
    const bool done = feedback::runStepCommand(
        this, title,
        [&](const QString &reason) {
            if (m_messageId > 0) {
                result = MessageIntake(m_session.database(), m_session.clock())
                             .registerComplaint(m_session.userId(), m_messageId, draft,
                                                m_formOpenedAt, reason);
            } else {
                result = m_session.workflow().registerComplaint(m_session.userId(), draft,
                                                                m_formOpenedAt, reason);
            }
        },
        [this](const Error &error) { return showRefusal(error); });
    if (!done || !result)
        return std::nullopt;
    const bool fromMessage = m_messageId > 0;
    m_lastRegisteredId = result->complaintId;
    startNew();
    showBanner(*result);
    if (fromMessage)
        deliverReplies();
    m_session.notifyChanged();
    emit registered(result->complaintId, result->agendaNumber);
    return result;
}

void NewComplaintPage::deliverReplies()
{
    // The receipt SMS is saved with the complaint; here it is handed to the SMS daemon. When
    // the daemon cannot take it now, it waits for the next hand-over (aduan-cli sms deliver).
    try {
        MessageIntake intake(m_session.database(), m_session.clock());
        const QString config = intake.daemonConfig();
        if (!config.isEmpty())
            intake.deliverPending(SmsDaemon(config));
    } catch (const Error &e) {
        showProblem(tr("The receipt SMS waits to be sent: %1").arg(e.message()));
    }
}

void NewComplaintPage::showBanner(const Registration &registration)
{
    QString html = tr("Registered as %1.")
                       .toHtmlEscaped()
                       .arg(u"<b style='font-size:14pt'>"_s
                            + registration.agendaNumber.toHtmlEscaped() + u"</b>"_s);
    StepClock clock;
    clock.workedSeconds = registration.workedSeconds;
    clock.targetSeconds = registration.targetSeconds;
    html += u" "_s + stepTimeSummary(registration.stepNumber, clock).toHtmlEscaped();
    if (!registration.warnings.isEmpty()) {
        // Beside the form, not in the banner: the banner's height is reserved for one line.
        QStringList messages;
        for (const Finding &f : registration.warnings)
            messages << f.message;
        m_warnings->setText(tr("Accepted warnings:") + u"\n"_s + messages.join(u"\n"_s));
    }
    m_problem->hide();
    m_printReceipt->show();
    m_bannerDetail->show();
    m_banner->showMessage(html);
    m_printReceipt->setFocus();
}

} // namespace aduan::gui
