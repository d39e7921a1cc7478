#include "common/reasondialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::forms {

ReasonDialog::ReasonDialog(QWidget *parent, const QString &title, const QString &message,
                           const QString &initial, Answer answer)
    : QDialog(parent)
    , m_message(new QLabel(message, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_answer(answer)
{
    const bool optional = answer == Answer::OptionalNote;
    setObjectName(u"ReasonDialog"_s);
    setWindowTitle(title);
    setModal(true);

    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *caption = new QLabel(optional ? tr("&Note (optional):") : tr("&Reason:"), this);
    caption->setBuddy(m_reason);

    m_reason->setObjectName(u"reason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlainText(initial);
    m_reason->setPlaceholderText(optional ? tr("May be left empty") : tr("Required"));
    const int lineHeight = m_reason->fontMetrics().lineSpacing();
    m_reason->setMinimumHeight(lineHeight * 4);
    m_reason->setMaximumHeight(lineHeight * 8);

    auto *hint = new QLabel(optional ? tr("Ctrl+Enter records the note.")
                                     : tr("Ctrl+Enter records the reason."),
                            this);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(caption);
    layout->addWidget(m_reason);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    // Enter in the text box starts a new line; only OK (or Ctrl+Enter) records the reason.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }

    updateOk();
    m_reason->setFocus();
    m_reason->moveCursor(QTextCursor::End);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_answer == Answer::OptionalNote || !reason().isEmpty());
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title,
                                         const QString &message, const QString &initial)
{
    ReasonDialog dialog(parent, title, message, initial);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

std::optional<QString> ReasonDialog::askNote(QWidget *parent, const QString &title,
                                             const QString &message)
{
    ReasonDialog dialog(parent, title, message, {}, Answer::OptionalNote);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace aduan::forms
