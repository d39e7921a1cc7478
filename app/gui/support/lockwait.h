#pragma once

class QWidget;

namespace aduan::gui {

class Session;

/// Installs on the session's database the wait for a lock that another PC or program holds
/// (Database::setLockWait(); issue 14, finding 7). Neither a save nor a screen's refresh then
/// freezes the window: a bar at the bottom of `window` says that Aduan is waiting for the
/// database — to save, or to read — counts the seconds (wall-clock seconds of the session's
/// clock) and offers Cancel (Esc), while the window keeps working: it repaints, and what is
/// typed meanwhile stays in the forms. The save or the read goes on as soon as the lock is free
/// (the lock is looked at every quarter of a second). It gives up by itself after
/// `limitSeconds` (default 2 minutes); giving up or Cancel makes the save fail with the core's
/// "nothing was saved; what you typed is kept", and the read with "nothing was read or
/// changed" (Error::Code::Busy): the screen keeps what it showed.
/// The database's busy timeout becomes Database::kLockWaitBusyTimeoutMs, so that no single
/// attempt holds the window longer than that.
void installLockWait(Session &session, QWidget *window, int limitSeconds = 120);

/// Whether such a bar is showing now. A refresh asked for meanwhile (F5, a timer) is refused by
/// the core as Busy ("still waiting"); showError() says nothing of it then: the bar already
/// says it, and the screen is filled in when the wait ends.
bool lockWaitShowing();

} // namespace aduan::gui
