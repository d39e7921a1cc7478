#pragma once

#include "util/error.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace aduan::forms {
class ComplaintFormWidget;
class FieldMessage;
}

namespace aduan::gui {

class ResultBanner;
class Session;

/// Petugas Pengaduan, SOP step 1 (Aduan baru): the Formulir Aduan. The step's clock starts when
/// a blank form is opened; Ctrl+S registers it through Workflow::registerComplaint. While the
/// officer types the NIK or phone, earlier open complaints of the same person are listed on the
/// side with a choice to link them. Warnings are shown and accepted; errors stand next to their
/// fields and the form keeps what was typed; a late step asks the deviation reason and retries.
/// On success a banner gives the agenda number and "Cetak tanda terima". The banner and a
/// refusal share a strip of reserved height above the form, so neither moves a field; the
/// refusal goes as soon as the officer edits the form.
class NewComplaintPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewComplaintPage)

public:
    explicit NewComplaintPage(Session &session, QWidget *parent = nullptr);

    forms::ComplaintFormWidget *form() const { return m_form; }
    QListWidget *duplicates() const { return m_duplicates; }
    ResultBanner *banner() const { return m_banner; }
    /// When the step's clock started (UTC).
    QDateTime formOpenedAt() const { return m_formOpenedAt; }
    /// The earlier complaint the new one is linked to, or 0.
    qint64 linkedComplaintId() const { return m_linkedId; }

    /// Registers the form (Ctrl+S). The registration, or nullopt when it was not saved.
    std::optional<Registration> save();
    /// Empties the form and starts the step's clock again.
    void startNew();
    /// Jadikan aduan (issue 19): the form filled in from message `messageId` of SMS masuk;
    /// saving registers it through MessageIntake, which marks the message and queues the
    /// receipt SMS. Asks first when the form holds typing of its own; false when the officer
    /// keeps it.
    bool startFromMessage(qint64 messageId, const ComplaintDraft &draft);
    /// The SMS masuk message the form was filled from, or 0.
    qint64 messageId() const { return m_messageId; }
    /// Lists earlier open complaints with this NIK or phone.
    void lookForDuplicates(const QString &nik, const QString &phone);

signals:
    void registered(qint64 complaintId, const QString &agendaNumber);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadChoices();
    void formChanged();
    void duplicateToggled(QListWidgetItem *item);
    void showBanner(const Registration &registration);
    /// Hands the receipt SMS to the daemon the administrator set (sms.daemon_config).
    void deliverReplies();
    void showProblem(const QString &message);
    /// Shows a refusal of the engine on the page (beside the fields it names); false when it
    /// is not the form's to show (the caller shows it in a message box).
    bool showRefusal(const Error &error);
    void updateClock();

    Session &m_session;
    forms::ComplaintFormWidget *m_form = nullptr;
    ResultBanner *m_banner = nullptr;
    QPushButton *m_printReceipt = nullptr;
    QPushButton *m_bannerDetail = nullptr;
    forms::FieldMessage *m_problem = nullptr;
    QLabel *m_clock = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLabel *m_duplicatesHint = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QDateTime m_formOpenedAt;
    bool m_pristine = true;
    bool m_settingUp = false;
    qint64 m_linkedId = 0;
    qint64 m_lastRegisteredId = 0;
    qint64 m_messageId = 0;
};

} // namespace aduan::gui
