#pragma once

#include "inbox/steppanel.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace aduan::gui {

/// Sekretaris, SOP step 2: report the selected complaint (Data Pengaduan) to the head.
class ReportPanel : public StepPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPanel)

public:
    explicit ReportPanel(Session &session, QWidget *parent = nullptr);

    /// Reports the complaint shown (the button's action).
    bool report();

protected:
    void showComplaint(const ComplaintRecord &record) override;
    void clearForm() override;

private:
    QLabel *m_description = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace aduan::gui
