#pragma once

#include "sop/stepaction.h"

#include <QFrame>

class QTextBrowser;

namespace aduan {
struct ComplaintRecord;
}

namespace aduan::forms {

/// What the earlier steps wrote that the person doing `step` needs, read-only and compact above
/// the step's form: for the head's disposition the complaint's description and the secretary's
/// note; for the team's decision the complaint, the head's instructions and note; for conveying
/// the result the team's decision, or the referral. Everything comes from the complaint record
/// the panel already holds. The text scrolls within a few lines' height.
class HandoverView : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverView)

public:
    explicit HandoverView(StepAction step, QWidget *parent = nullptr);
    ~HandoverView() override;

    void setComplaint(const ComplaintRecord &complaint);
    void clear();
    /// The text shown, plain (for tests and screen readers).
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    StepAction m_step;
    QTextBrowser *m_text = nullptr;
};

} // namespace aduan::forms
