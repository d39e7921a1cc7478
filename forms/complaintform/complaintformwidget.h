#pragma once

#include "domain/complaint.h"
#include "domain/officeprofile.h"
#include "sop/sopdefinition.h"
#include "validation/finding.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace aduan::forms {

class FieldMessage;

namespace Ui {
class ComplaintFormWidget;
}

/// The entry screen of the Formulir Aduan (SOP step 1), laid out like the paper form: reception
/// (channel, time received, confidentiality), the complainant, the complaint, the step's
/// requirements (Persyaratan: shown, or waived with a reason) and the evidence (items and files).
///
/// The widget only collects and shows: checking and saving are the engine's (checkDraft(),
/// Workflow::registerComplaint()). The NIK, the phone and an indirect complaint's time received
/// (typed in one go, "18/03/2026 21.14", read by aduan::parseReceivedAt()) are checked as typed;
/// the result shows under the field and never blocks typing. Every message has a line reserved
/// under its field (FieldMessage), so no message moves the fields below it; a field's message
/// goes away as soon as the field is edited. Enter never submits (the window's Ctrl+S does):
/// the widget swallows Return/Enter that its editors leave unused, so no default button fires.
class ComplaintFormWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintFormWidget)

public:
    explicit ComplaintFormWidget(QWidget *parent = nullptr);
    ~ComplaintFormWidget() override;

    /// The office's categories (the combo stays editable), complaint classes and the
    /// requirements of the registering step (only those supplied by the complainant,
    /// SopRequirement::fromComplainant(), get a row). What was typed is kept.
    void setChoices(const QStringList &categories, const QList<ComplaintClass> &classes,
                    const QList<SopRequirement> &requirements);
    /// The office date, for the NIK's birth date check.
    void setToday(QDate officeDate);
    /// The current time in the office zone (e.g. clock.now().toTimeZone(calendar.timeZone())):
    /// shown as the time received of a direct complaint, the default for an indirect one; its
    /// zone is the zone of the time-received field.
    void setNow(const QDateTime &now);

    /// What is on the form, as typed (the engine trims and normalises). receivedAt is invalid
    /// (= now) for a direct complaint, and also while the time received typed for an indirect
    /// one cannot be read (entryFindings() then says why); complainant is empty for an
    /// anonymous one; requirements are keyed by SopRequirement::code.
    ComplaintDraft draft() const;
    /// What the form cannot turn into a draft's value: the time received of an indirect
    /// complaint that does not parse, does not exist or lies in the future
    /// (aduan::parseReceivedAt(), against setNow()'s time). Errors; empty when all is readable.
    /// The caller refuses to save while there are any.
    Findings entryFindings() const;
    /// Restores everything (autosave, crash recovery, the idle lock). Emits no changed().
    void setDraft(const ComplaintDraft &draft);
    /// The time received of an indirect complaint exactly as typed when it cannot be read yet
    /// (draft().receivedAt is then invalid), for a draft to keep; empty when it reads, or for a
    /// direct complaint.
    QString unreadReceivedAt() const;
    /// Puts back such a text (after setDraft() of an indirect complaint), checked as typed.
    /// Emits no changed().
    void setUnreadReceivedAt(const QString &typed);
    /// An empty form: direct, now, public, first class, nothing ticked. Emits no changed().
    void clear();

    /// Shows each finding's message under its field ("name", "nik", "phone", "subject",
    /// "description", "complainant", "receivedAt", "evidence", "attachments"; "requirements" or
    /// a requirement code under the requirements); others at the top. Replaces earlier
    /// messages and moves the focus to the first field with an error.
    void showFindings(const Findings &findings);
    /// Shows one error message under `field` (as showFindings()), keeping the other messages.
    void showError(const QString &field, const QString &message);

    /// An earlier open complaint of the same person to link (ComplaintDraft::relatedComplaintId),
    /// chosen by the window after the duplicate lookup; 0 for none.
    void setRelatedComplaintId(qint64 complaintId);
    /// Largest evidence file accepted when adding (default 10 MiB, the engine's default).
    void setAttachmentLimit(qint64 bytes);
    /// Reads a file as evidence, as "Add file…" does after its file dialog. False (and the
    /// reason under the files) when it cannot be read, is empty, too large or not an image/PDF.
    bool addAttachmentFile(const QString &path);

signals:
    /// Any edit by the officer (for autosave).
    void changed();
    /// The NIK and phone after the officer stopped typing for a moment (for the duplicate
    /// lookup): the NIK's 16 digits and the phone as +62..., each empty while not valid.
    /// Emitted only when the pair differs from the last one emitted.
    void identityEdited(const QString &nik, const QString &phone);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct RequirementRow {
        SopRequirement requirement;
        QCheckBox *shown = nullptr;
        QLineEdit *waiver = nullptr;
    };
    enum class MessageStyle { Error, Warning, Pending, Info };
    class Loading;

    void connectEditors();
    void rebuildRequirements(const QList<SopRequirement> &requirements);
    void updateTabOrder();
    void retranslate();
    static QString classText(const ComplaintClass &cls);

    Channel channel() const;
    void setChannel(Channel channel);
    Confidentiality confidentiality() const;
    void setConfidentiality(Confidentiality value);
    Gender gender() const;
    void setGender(Gender value);
    QDate today() const;
    QDateTime nowInZone() const;
    void showNowAsReceived();

    void updateChannel();
    void updateReceivedAt();
    void updateConfidentiality();
    void updateNik();
    void updatePhone();
    void updatePreview();

    void chooseFiles();
    void addAttachment(const AttachmentDraft &attachment);
    void removeSelectedAttachment();

    void setMessage(FieldMessage *label, const QString &text, MessageStyle style);
    void clearMessage(FieldMessage *label);
    void clearMessages();
    QList<FieldMessage *> messageLabels() const;
    FieldMessage *messageLabelFor(const QString &field) const;
    QWidget *editorFor(const QString &field) const;

    void edited();
    void identityTyped();
    void emitIdentity();

    std::unique_ptr<Ui::ComplaintFormWidget> m_ui;
    QList<RequirementRow> m_requirements;
    QList<ComplaintClass> m_classes;
    QList<AttachmentDraft> m_attachments;
    QDate m_today;
    QDateTime m_now;
    QDateTime m_loadedReceivedAt; ///< setDraft()'s time received, kept while its text is unchanged
    QTimeZone m_zone;
    qint64 m_relatedComplaintId = 0;
    qint64 m_attachmentLimit = 10 * 1024 * 1024;
    QString m_lastDirectory;
    QTimer *m_identityTimer = nullptr;
    std::pair<QString, QString> m_lastIdentity;
    int m_loading = 0; ///< > 0 while code fills the form: no changed(), no identityEdited()
};

} // namespace aduan::forms
