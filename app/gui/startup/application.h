#pragma once

#include <QApplication>

namespace aduan::gui {

/// The QApplication with a last safety net: an exception that a screen failed to catch is shown
/// in words instead of reaching Qt's event loop (where it would end the program).
class Application : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace aduan::gui
