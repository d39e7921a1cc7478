#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace aduan::forms {

/// Asks for a reason that must be recorded: the deviation reason of a late step (Alasan
/// penyimpangan), and the reason to put a step on hold, resume it or void a complaint.
/// The explanatory message stands above a text box; OK stays disabled while the box holds
/// nothing but white space. Ctrl+Enter accepts, Esc cancels.
class ReasonDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(QWidget *parent, const QString &title, const QString &message,
                 const QString &initial = {});
    ~ReasonDialog() override;

    /// The reason as typed, trimmed.
    QString reason() const;

    /// Shows the dialog modally; the trimmed reason when accepted, std::nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title,
                                      const QString &message, const QString &initial = {});

private:
    void updateOk();

    QLabel *m_message = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace aduan::forms
