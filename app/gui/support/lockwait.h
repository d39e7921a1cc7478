#pragma once

class QWidget;

namespace aduan::gui {

class Session;

/// Installs on the session's database the wait for a lock that another PC or program holds
/// (Database::setLockWait). A save then never freezes the window: a bar at the bottom of
/// `window` says that Aduan is waiting for the database, counts the seconds and offers Cancel,
/// while the window keeps working — what is typed meanwhile stays in the forms — and the save
/// goes through as soon as the lock is free. It gives up by itself after `limitSeconds`
/// (default 2 minutes); giving up or Cancel makes the save fail with the core's "nothing was
/// saved; what you typed is kept" (Error::Code::Busy).
void installLockWait(Session &session, QWidget *window, int limitSeconds = 120);

} // namespace aduan::gui
