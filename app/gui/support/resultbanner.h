#pragma once

#include <QFrame>
#include <QIcon>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace aduan::gui {

/// A green band that says what was just done ("Registered as 0001/ADUAN/III/2026") and offers
/// what comes next (print, details); hidden until shown, closed by the user.
class ResultBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBanner)

public:
    explicit ResultBanner(QWidget *parent = nullptr);

    /// Shows the banner with a rich-text message (escape what comes from the user).
    void showMessage(const QString &html);
    QString text() const;
    /// Adds a button before the close button.
    QPushButton *addButton(const QIcon &icon, const QString &text);

private:
    QLabel *m_text = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace aduan::gui
