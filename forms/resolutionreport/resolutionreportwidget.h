#pragma once

#include "domain/complaint.h"
#include "validation/finding.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QTimeZone;

namespace aduan::forms {

namespace Ui {
class ResolutionReportWidget;
}

/// How the result was conveyed to the complainant (ResolutionReportInput::method): the stored
/// code and the office's word for it, as printed on the Berita Acara.
struct ConveyMethod {
    QString code;
    QString label;
};
/// langsung "Langsung", telepon "Telepon", surat "Surat", sms "SMS" (the result goes out by
/// SMS through the daemon: conveyedBySms()), whatsapp "WhatsApp", email "E-mail".
QList<ConveyMethod> conveyMethods();
/// The label of a method code; the code itself when it is not one of conveyMethods().
QString conveyMethodLabel(const QString &code);

/// The entry screen of the Berita Acara Penyelesaian Aduan (SOP step 5): how the result was
/// conveyed, the result (proposed from the team's decision, or "Disalurkan ke <agency>" for a
/// referral) and the complainant's response. Enter never submits.
class ResolutionReportWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionReportWidget)

public:
    explicit ResolutionReportWidget(QWidget *parent = nullptr);
    ~ResolutionReportWidget() override;

    /// Shows the complaint's head and proposes the result from its decision or referral,
    /// unless the user already wrote a result of their own.
    void setComplaint(const ComplaintRecord &complaint, const QTimeZone &officeZone);

    ResolutionReportInput input() const;
    /// Restores a report; an unknown method code is kept as an entry of its own.
    void setInput(const ResolutionReportInput &input);
    /// An empty report: no method chosen, no result.
    void clear();

    /// What the engine would refuse (Workflow::conveyResult()), in its words:
    /// checkResolutionReport() of the input. Empty when the report can be saved.
    Findings check() const;

    /// The result proposed for a complaint: "Disalurkan ke <agency>" (with the letter number)
    /// for a referral, else the team's decision; empty when neither is recorded. Indonesian,
    /// because it prints on the Berita Acara.
    static QString proposedSummary(const ComplaintRecord &complaint);

signals:
    /// Any edit by the user.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void edited();

    std::unique_ptr<Ui::ResolutionReportWidget> m_ui;
    QString m_proposed; ///< the result last proposed, replaced while the user keeps it
    int m_loading = 0;
};

} // namespace aduan::forms
