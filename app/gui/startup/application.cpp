#include "startup/application.h"

#include "support/feedback.h"
#include "util/error.h"

#include <QIcon>

#include <exception>

using namespace Qt::StringLiterals;

namespace aduan::gui {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    // The desktop entry's name (resources/packaging), so that a Wayland or X11 desktop puts the
    // window under the installed launcher and its icon.
    setDesktopFileName(u"id.go.blitarkota.dinsos.aduan"_s);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/aduan-%1.png"_s.arg(size), QSize(size, size));
    setWindowIcon(icon);
}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error &error) {
        feedback::showError(activeWindow(), tr("Aduan"), error);
    } catch (const std::exception &e) {
        feedback::showProblem(activeWindow(), tr("Aduan"),
                              tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        feedback::showProblem(activeWindow(), tr("Aduan"), tr("Something went wrong."));
    }
    return false;
}

} // namespace aduan::gui
