#include "complaintactions/draftkeeper.h"

#include "support/officetime.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
std::function<bool(const SavedDraft &)> &answerForTests()
{
    static std::function<bool(const SavedDraft &)> answer;
    return answer;
}
} // namespace

DraftKeeper::DraftKeeper(const QString &databasePath, qint64 userId, QWidget *page)
    : QObject(page)
    , m_file(databasePath, userId)
    , m_page(page)
{
    setObjectName(u"draftKeeper"_s);
    m_offerPending = m_file.exists();
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DraftKeeper::flush);
    if (page)
        page->installEventFilter(this);
}

void DraftKeeper::setAnswerForTests(std::function<bool(const SavedDraft &)> answer)
{
    answerForTests() = std::move(answer);
}

bool DraftKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_offerPending) {
        // Once the page is on screen, so that the question stands over it.
        QTimer::singleShot(0, this, &DraftKeeper::offer);
    }
    return QObject::eventFilter(watched, event);
}

void DraftKeeper::markChanged()
{
    m_changed = true;
    if (!m_offerPending && !m_timer.isActive())
        m_timer.start();
}

void DraftKeeper::flush()
{
    m_timer.stop();
    // A draft on file that was not offered yet is never overwritten.
    if (!m_changed || m_offerPending || !m_source)
        return;
    SavedDraft draft = m_source();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    if (m_file.save(draft)) {
        m_changed = false;
        m_saveFailureShown = false;
        return;
    }
    if (!m_saveFailureShown) {
        m_saveFailureShown = true;
        emit saveFailed(tr("The form could not be kept as a draft on this PC (%1): register it "
                           "before closing the program.")
                            .arg(m_file.errorString()));
    }
    m_timer.start(); // try again
}

void DraftKeeper::discard()
{
    m_timer.stop();
    m_changed = false;
    m_offerPending = false;
    m_file.remove();
}

void DraftKeeper::offer()
{
    if (!m_offerPending)
        return;
    const auto draft = m_file.load();
    m_offerPending = false;
    if (!draft) {
        // Unreadable (or gone): nothing to offer; the next autosave replaces it.
        if (m_changed)
            m_timer.start();
        return;
    }
    if (ask(*draft)) {
        emit restoreRequested(*draft);
        m_changed = true; // keep it on file under the current form
        flush();
    } else {
        m_file.remove();
        if (m_changed)
            m_timer.start();
    }
}

bool DraftKeeper::ask(const SavedDraft &draft)
{
    if (answerForTests())
        return answerForTests()(draft);
    const ComplaintDraft &d = draft.draft;
    QStringList details;
    if (draft.savedAt.isValid())
        details << tr("Last kept: %1").arg(officetime::shortDateTime(draft.savedAt, m_zone));
    if (d.complainant && !d.complainant->name.trimmed().isEmpty())
        details << tr("Complainant: %1").arg(d.complainant->name.trimmed());
    if (!d.subject.trimmed().isEmpty())
        details << tr("Subject: %1").arg(d.subject.trimmed());
    if (!d.attachments.isEmpty())
        details << tr("%n file(s) attached", nullptr, int(d.attachments.size()));

    QMessageBox box(m_page);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Unsaved draft"));
    box.setText(tr("Continue the unsaved draft?"));
    box.setInformativeText(tr("A Formulir Aduan that was not registered was kept on this PC "
                              "(the program was closed or the power went off).")
                           + u"\n\n"_s + details.join(u'\n'));
    QPushButton *resume = box.addButton(tr("&Continue the draft"), QMessageBox::AcceptRole);
    // No mnemonic: QMessageBox presses a button on its letter alone, and an officer who starts
    // typing before reading the question must not discard the draft by accident.
    QPushButton *discardButton = box.addButton(tr("Discard the draft"),
                                               QMessageBox::DestructiveRole);
    box.setDefaultButton(resume);
    box.setEscapeButton(resume); // closing the question loses nothing
    box.exec();
    return box.clickedButton() != discardButton;
}

} // namespace aduan::gui
