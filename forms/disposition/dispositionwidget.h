#pragma once

#include "domain/complaint.h"
#include "validation/finding.h"

#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QTimeZone;

namespace aduan::forms {

namespace Ui {
class DispositionWidget;
}

/// The entry screen of the Lembar Disposisi (SOP step 3), laid out like the paper sheet: the
/// complaint's head (read-only), the urgency (Sifat: Biasa, Segera, Sangat Segera, Rahasia), the
/// standard instructions to tick, a note and to whom it is forwarded. Enter never submits.
class DispositionWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispositionWidget)

public:
    explicit DispositionWidget(QWidget *parent = nullptr);
    ~DispositionWidget() override;

    /// Shows the complaint's head (number, date received, from, subject) in the office zone.
    /// A confidential complaint proposes the urgency Rahasia while the sheet still says Biasa.
    void setComplaint(const ComplaintRecord &complaint, const QTimeZone &officeZone);

    DispositionInput input() const;
    /// Restores a sheet; a ticked instruction that is not a standard one gets a box of its own.
    void setInput(const DispositionInput &input);
    /// An empty sheet: Biasa, nothing ticked, forwarded to the Tim Pengelola Pengaduan.
    void clear();

    /// What the engine would refuse (Workflow::dispose()), in its words: checkDisposition() of
    /// the input. Empty when the sheet can be signed.
    Findings check() const;

signals:
    /// Any edit by the user.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QCheckBox *addInstruction(const QString &text);
    void edited();

    std::unique_ptr<Ui::DispositionWidget> m_ui;
    QList<QCheckBox *> m_instructions;
    int m_standardCount = 0;
    int m_loading = 0;
};

} // namespace aduan::forms
