#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace aduan::gui {

class Session;

/// Opening a complaint's evidence file, only when the user asks ("Open" in the detail view):
/// its content comes from the core (IntakeBook::attachmentContent, which refuses a confidential
/// complaint's files to a user without the right), is written to a folder of this run of the
/// program (QTemporaryDir, readable by this PC's user only, removed when the program quits) and
/// handed to the system's viewer (QDesktopServices::openUrl). The copy's extension comes from
/// the content's type (PNG, JPEG, GIF, WebP or PDF), never from the name typed in, so that a
/// file cannot be run as a program.
namespace attachmentfiles {

/// Writes the temporary copy of an attachment and returns its path. Throws aduan::Error.
QString temporaryCopy(Session &session, qint64 attachmentId, const QString &fileName);

/// Opens the attachment in the system's viewer; false (and the reason shown) when it cannot.
bool open(QWidget *parent, Session &session, qint64 attachmentId, const QString &fileName);

/// The folder of this run's temporary copies (created on first use).
QString temporaryFolder();

/// Tests: receives the URL instead of the system viewer. An empty function restores it.
void setOpenerForTests(std::function<bool(const QUrl &)> opener);

} // namespace attachmentfiles
} // namespace aduan::gui
