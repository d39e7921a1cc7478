#pragma once

#include "inbox/steppanel.h"

class QPushButton;

namespace aduan::forms {
class HandoverView;
class DispositionWidget;
}

namespace aduan::gui {

/// Kepala Dinas (or an acting Plh.), SOP step 3: the Lembar Disposisi. Signing asks the
/// password again, then Workflow::dispose.
class DispositionPanel : public StepPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispositionPanel)

public:
    explicit DispositionPanel(Session &session, QWidget *parent = nullptr);

    forms::DispositionWidget *form() const { return m_form; }
    forms::HandoverView *handover() const { return m_handover; }
    /// Asks the password and signs the disposition shown.
    bool sign();

protected:
    void showComplaint(const ComplaintRecord &record) override;
    void clearForm() override;

private:
    forms::HandoverView *m_handover = nullptr;
    forms::DispositionWidget *m_form = nullptr;
    QPushButton *m_sign = nullptr;
};

} // namespace aduan::gui
