#include "startup/application.h"

#include "support/feedback.h"
#include "util/error.h"

#include <exception>

namespace aduan::gui {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
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
