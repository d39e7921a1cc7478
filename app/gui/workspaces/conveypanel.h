#pragma once

#include "inbox/steppanel.h"

class QLabel;
class QPushButton;

namespace aduan::forms {
class HandoverView;
class ResolutionReportWidget;
}

namespace aduan::gui {

/// Petugas Pengaduan, SOP step 5 (Sampaikan hasil): the Berita Acara Penyelesaian Aduan; after
/// saving, the workspace offers to print it. With the method SMS, the line under the form says
/// where the result goes and the text the engine will queue (resultSmsText()), or why it
/// cannot go (checkResultSms()); after saving, the SMS is handed to the daemon.
class ConveyPanel : public StepPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConveyPanel)

public:
    explicit ConveyPanel(Session &session, QWidget *parent = nullptr);

    forms::ResolutionReportWidget *form() const { return m_form; }
    forms::HandoverView *handover() const { return m_handover; }
    bool save();

signals:
    /// The Berita Acara was saved: the workspace offers to print it.
    void conveyed(qint64 complaintId, const QString &agendaNumber);

protected:
    void showComplaint(const ComplaintRecord &record) override;
    void clearForm() override;

private:
    void updateSmsNote();
    void handOverSms(qint64 complaintId);

    forms::HandoverView *m_handover = nullptr;
    forms::ResolutionReportWidget *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_smsNote = nullptr;
};

} // namespace aduan::gui
