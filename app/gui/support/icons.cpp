#include "support/icons.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace aduan::gui::icons {

namespace {
QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}
} // namespace

QIcon save() { return themed(u"document-save"_s, QStyle::SP_DialogSaveButton); }
QIcon print() { return themed(u"document-print"_s, QStyle::SP_FileDialogDetailedView); }
QIcon refresh() { return themed(u"view-refresh"_s, QStyle::SP_BrowserReload); }
QIcon find() { return themed(u"edit-find"_s, QStyle::SP_FileDialogContentsView); }
QIcon add() { return themed(u"list-add"_s, QStyle::SP_FileDialogNewFolder); }
QIcon details() { return themed(u"document-properties"_s, QStyle::SP_FileDialogInfoView); }
QIcon send() { return themed(u"mail-send"_s, QStyle::SP_ArrowForward); }
QIcon pause() { return themed(u"media-playback-pause"_s, QStyle::SP_MediaPause); }
QIcon resume() { return themed(u"media-playback-start"_s, QStyle::SP_MediaPlay); }
QIcon switchUser() { return themed(u"system-switch-user"_s, QStyle::SP_BrowserReload); }
QIcon quit() { return themed(u"application-exit"_s, QStyle::SP_DialogCloseButton); }
QIcon warning() { return themed(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning); }
QIcon open() { return themed(u"document-open"_s, QStyle::SP_DialogOpenButton); }

} // namespace aduan::gui::icons
