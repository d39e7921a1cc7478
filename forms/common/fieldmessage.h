#pragma once

#include <QLabel>

namespace aduan::forms {

/// The message line under a form field (a finding, a hint): its height is reserved for a fixed
/// number of lines whether or not a message is shown, so a message never pushes the fields
/// below it (issue 18: "the form must not move under the hand").
///
/// setMessage() takes the whole text; what does not fit in the reserved lines at the current
/// width is cut at the end of the last line with "…", and the whole text is the tooltip and
/// message(). Plain text, word-wrapped; an empty message shows nothing and keeps the room.
class FieldMessage : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    /// Lines of text reserved (default 2, at least 1).
    void setLines(int lines);
    int lines() const { return m_lines; }

    /// The whole message; empty clears it.
    void setMessage(const QString &text);
    QString message() const { return m_message; }
    /// True when the message is cut to fit (the tooltip has all of it).
    bool isCut() const { return m_cut; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int reservedHeight() const;
    void fit();

    QString m_message;
    int m_lines = 2;
    bool m_cut = false;
};

} // namespace aduan::forms
