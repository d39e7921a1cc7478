#pragma once

#include <QWidget>

class QLabel;
class QTimeZone;

namespace aduan {
struct ComplaintRecord;
}

namespace aduan::forms {

/// The read-only head of the step forms (Lembar Disposisi, Hasil Keputusan, Berita Acara): the
/// complaint's agenda number, when it was received (office time), who it is from (the name,
/// "Dirahasiakan" or "Anonim") and its subject.
class ComplaintHeaderWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintHeaderWidget)

public:
    explicit ComplaintHeaderWidget(QWidget *parent = nullptr);
    ~ComplaintHeaderWidget() override;

    void setComplaint(const ComplaintRecord &complaint, const QTimeZone &officeZone);
    void clear();

    // The labels wrap, but the widget does not report height-for-width: inside a scroll area,
    // that would make the whole form ask for every editor's preferred height and scroll. It
    // asks for the height its labels need at its current width instead.
    bool hasHeightForWidth() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_number = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_subject = nullptr;
};

} // namespace aduan::forms
