#pragma once

class QAction;
class QString;
class QWidget;

namespace aduan::gui {

class Session;

/// Controls that save to the database. On a database open read-only on this PC
/// (Database::isReadOnly()), a marked control stays disabled — whatever else would enable it
/// later (a selection, a filled form) — and its tooltip gives the core's reason; on a writable
/// database marking changes nothing. Every button, action or form whose only purpose is to
/// change data is marked where it is built.
namespace writeguard {

void mark(QWidget *control, const Session &session);
void mark(QAction *action, const Session &session);
/// The sentence shown on every marked control and in the window's banner: why nothing can be
/// saved (empty on a writable database).
QString reason(const Session &session);

} // namespace writeguard

} // namespace aduan::gui
