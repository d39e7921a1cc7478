#pragma once

#include "inbox/steppanel.h"

class QPushButton;

namespace aduan::forms {
class HandoverView;
class DecisionWidget;
}

namespace aduan::gui {

/// Tim Pengelola Pengaduan, SOP step 4: the Hasil Keputusan Penyelesaian Pengaduan, or the
/// referral to the competent agency (Formulir Penyaluran Pengaduan Bukan Kewenangan).
class DecisionPanel : public StepPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPanel)

public:
    explicit DecisionPanel(Session &session, QWidget *parent = nullptr);

    forms::DecisionWidget *form() const { return m_form; }
    forms::HandoverView *handover() const { return m_handover; }
    /// Records the decision shown (or the referral, when outside the office's authority).
    bool save();
    /// Reads the agencies and team members again (the administrator may have added some).
    void reloadChoices();

protected:
    void showComplaint(const ComplaintRecord &record) override;
    void clearForm() override;

private:
    forms::HandoverView *m_handover = nullptr;
    forms::DecisionWidget *m_form = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace aduan::gui
