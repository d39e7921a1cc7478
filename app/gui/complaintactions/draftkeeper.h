#pragma once

#include "complaintactions/draftfile.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <optional>

class QWidget;

namespace aduan::gui {

/// Keeps the Formulir Aduan of the new-complaint page as a local draft (DraftFile: one per
/// database and user), so that a crash or a power cut loses nothing:
/// - a few seconds after an edit (markChanged()) the form is written (autosave), and again when
///   the program quits normally;
/// - the first time the page is shown, a draft left on file is offered back ("Continue the
///   unsaved draft?"; Indonesian "Lanjutkan draf yang belum tersimpan?"): continued
///   (restoreRequested()) or explicitly discarded; until then nothing overwrites it;
/// - discard() deletes it (the complaint was registered, or the officer emptied the form).
class DraftKeeper : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    static constexpr int kDefaultIntervalMs = 5000;

    /// `page` is watched for its first show (and is the parent of the question).
    DraftKeeper(const QString &databasePath, qint64 userId, QWidget *page);

    /// What to write: the form as it is now.
    void setSource(std::function<SavedDraft()> source) { m_source = std::move(source); }
    /// The delay from an edit to its autosave (tests set a short one).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

    DraftFile &file() { return m_file; }
    /// True while a draft found on file has not been continued or discarded yet.
    bool isOfferPending() const { return m_offerPending; }

    /// An edit by the officer: autosaved within interval().
    void markChanged();
    /// Writes now when there is an unsaved edit.
    void flush();
    /// Deletes the draft (registered, or discarded by the officer).
    void discard();
    /// Offers the draft on file, if any and not offered yet: emits restoreRequested() when the
    /// officer continues it, deletes it when the officer discards it.
    void offer();

    /// Tests: answers the question instead of the dialog (true = continue, false = discard).
    /// An empty function restores the dialog.
    static void setAnswerForTests(std::function<bool(const SavedDraft &)> answer);

    /// The zone in which the question shows when the draft was saved (the office's).
    void setZone(const QTimeZone &zone) { m_zone = zone; }

signals:
    void restoreRequested(const aduan::gui::SavedDraft &draft);
    /// An autosave failed (said once until one succeeds again).
    void saveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ask(const SavedDraft &draft);

    DraftFile m_file;
    QPointer<QWidget> m_page;
    std::function<SavedDraft()> m_source;
    QTimer m_timer;
    bool m_changed = false;
    bool m_offerPending = false;
    bool m_saveFailureShown = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace aduan::gui
