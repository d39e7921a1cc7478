#pragma once

#include "util/error.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace aduan::gui {

/// Everything that talks back to the user in a modal way goes through here, so that trouble is
/// always shown in words (aduan::Error::message() verbatim) and tests can answer the prompts.
namespace feedback {

/// Shows an error: its message as written by the core; the technical detail behind "Details".
void showError(QWidget *parent, const QString &title, const Error &error);
/// Shows a plain message about a problem.
void showProblem(QWidget *parent, const QString &title, const QString &message);
/// Asks a yes/no question; true for yes.
bool confirm(QWidget *parent, const QString &title, const QString &message,
             const QString &yesText);
/// Asks for a reason (deviation, pause, ...) with forms::ReasonDialog; nullopt when cancelled.
std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &message,
                                 const QString &initial = {});
/// Asks for a note that may be left empty (forms::ReasonDialog::askNote); the note, possibly
/// empty, or nullopt when cancelled.
std::optional<QString> askNote(QWidget *parent, const QString &title, const QString &message);
/// Asks a password (the logged-in user's again, or a new one); nullopt when cancelled.
std::optional<QString> askPassword(QWidget *parent, const QString &title, const QString &message,
                                   const QString &okText = {});
/// The messages of the findings of one severity, a bulleted line each ("• …"), for a summary
/// above a form whose fields show each finding beside them.
QString findingsText(const Findings &findings, Finding::Severity severity);
/// Tells the user that something was done.
void inform(QWidget *parent, const QString &title, const QString &message);

/// Runs `work`, catching every exception: an aduan::Error shows its message, anything else a
/// generic sentence. Returns true when `work` ran through. Nothing escapes to the event loop.
bool guarded(QWidget *parent, const QString &title, const std::function<void()> &work);

/// Runs a step command, first without a deviation reason. When the engine refuses because the
/// step ran past its target (Error::Code::DeviationReasonRequired), asks the reason in the same
/// flow (showing the engine's message: time used and target) and runs the command again with
/// it; an empty reason is refused with a message and ends the flow. Every other aduan::Error is
/// offered to `refused` first (when given), which returns true when it showed the error itself
/// (e.g. beside a form's fields); otherwise it is shown in a message box. Returns true when the
/// command succeeded; false when it failed (shown) or was cancelled.
bool runStepCommand(QWidget *parent, const QString &title,
                    const std::function<void(const QString &deviationReason)> &command,
                    const std::function<bool(const Error &)> &refused = {});

/// Test hooks: replace the modal dialogs. Pass empty functions to restore them.
struct TestHooks {
    std::function<void(const QString &title, const QString &message)> problem;
    std::function<bool(const QString &title, const QString &message)> confirm;
    std::function<std::optional<QString>(const QString &title, const QString &message)> reason;
    std::function<std::optional<QString>(const QString &title)> password;
    std::function<void(const QString &title, const QString &message)> info;
};
void setTestHooks(TestHooks hooks);

} // namespace feedback
} // namespace aduan::gui
