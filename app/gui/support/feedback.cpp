#include "support/feedback.h"

#include "common/reasondialog.h"
#include "support/lockwait.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include <exception>

using namespace Qt::StringLiterals;

namespace aduan::gui::feedback {

namespace {

TestHooks &hooks()
{
    static TestHooks h;
    return h;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::gui::feedback", text);
}

} // namespace

void setTestHooks(TestHooks newHooks)
{
    hooks() = std::move(newHooks);
}

void showError(QWidget *parent, const QString &title, const Error &error)
{
    // Refused while a lock wait shows its bar: the bar says it already (lockwait.h).
    if (error.code() == Error::Code::Busy && lockWaitShowing())
        return;
    if (hooks().problem) {
        hooks().problem(title, error.message());
        return;
    }
    QMessageBox box(parent);
    box.setIcon(error.code() == Error::Code::DeviationReasonRequired
                        || error.code() == Error::Code::Conflict
                        || error.code() == Error::Code::Busy
                    ? QMessageBox::Warning
                    : QMessageBox::Critical);
    box.setWindowTitle(title);
    box.setText(error.message());
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

void showProblem(QWidget *parent, const QString &title, const QString &message)
{
    if (hooks().problem) {
        hooks().problem(title, message);
        return;
    }
    QMessageBox::warning(parent, title, message);
}

bool confirm(QWidget *parent, const QString &title, const QString &message,
             const QString &yesText)
{
    if (hooks().confirm)
        return hooks().confirm(title, message);
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(message);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &message,
                                 const QString &initial)
{
    if (hooks().reason)
        return hooks().reason(title, message);
    return forms::ReasonDialog::ask(parent, title, message, initial);
}

std::optional<QString> askNote(QWidget *parent, const QString &title, const QString &message)
{
    if (hooks().reason)
        return hooks().reason(title, message);
    return forms::ReasonDialog::askNote(parent, title, message);
}

void inform(QWidget *parent, const QString &title, const QString &message)
{
    if (hooks().info) {
        hooks().info(title, message);
        return;
    }
    QMessageBox::information(parent, title, message);
}

std::optional<QString> askPassword(QWidget *parent, const QString &title, const QString &message,
                                   const QString &okText)
{
    if (hooks().password)
        return hooks().password(title);
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(message);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), password);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(380);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return password->text();
}

QString findingsText(const Findings &findings, Finding::Severity severity)
{
    QStringList lines;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            lines << u"• "_s + f.message;
    }
    return lines.join(u'\n');
}

bool guarded(QWidget *parent, const QString &title, const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const Error &error) {
        showError(parent, title, error);
    } catch (const std::exception &e) {
        showProblem(parent, title,
                    tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        showProblem(parent, title, tr("Something went wrong."));
    }
    return false;
}

bool runStepCommand(QWidget *parent, const QString &title,
                    const std::function<void(const QString &deviationReason)> &command,
                    const std::function<bool(const Error &)> &refused)
{
    QString reason;
    for (;;) {
        try {
            command(reason);
            return true;
        } catch (const Error &error) {
            if (error.code() != Error::Code::DeviationReasonRequired) {
                if (!refused || !refused(error))
                    showError(parent, title, error);
                return false;
            }
            const auto answer = askReason(parent, tr("Reason for the deviation"),
                                          error.message(), reason);
            if (!answer)
                return false;
            reason = answer->trimmed();
            if (reason.isEmpty()) {
                showProblem(parent, title,
                            tr("The step is late: it can only be completed with a reason."));
                return false;
            }
        } catch (const std::exception &e) {
            showProblem(parent, title,
                        tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
            return false;
        }
    }
}

} // namespace aduan::gui::feedback
