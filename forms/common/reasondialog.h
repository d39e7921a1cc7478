#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace aduan::forms {

/// Asks for a reason that must be recorded: the deviation reason of a late step (Alasan
/// penyimpangan), and the reason to put a step on hold or void a complaint. The explanatory
/// message stands above a text box; OK stays disabled while the box holds nothing but white
/// space. Ctrl+Enter accepts, Esc cancels.
///
/// As an optional note (resuming a step on hold: what arrived), the box is labelled "Note
/// (optional)" and OK is enabled with the box empty.
class ReasonDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    enum class Answer {
        Reason,       ///< a reason that must be given
        OptionalNote, ///< a note that may be left empty
    };

    ReasonDialog(QWidget *parent, const QString &title, const QString &message,
                 const QString &initial = {}, Answer answer = Answer::Reason);
    ~ReasonDialog() override;

    /// The reason as typed, trimmed.
    QString reason() const;

    /// Shows the dialog modally; the trimmed reason when accepted, std::nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title,
                                      const QString &message, const QString &initial = {});
    /// Shows the dialog as an optional note; the trimmed note (possibly empty) when accepted,
    /// std::nullopt when cancelled.
    static std::optional<QString> askNote(QWidget *parent, const QString &title,
                                          const QString &message);

private:
    void updateOk();

    QLabel *m_message = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Answer m_answer = Answer::Reason;
};

} // namespace aduan::forms
