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

private:
    QLabel *m_number = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_subject = nullptr;
};

} // namespace aduan::forms
