#pragma once

#include <QIcon>

namespace aduan::gui {

/// Standard icons: the desktop theme's when it has one, else Qt's built-in style icon.
namespace icons {
QIcon save();
QIcon print();
QIcon refresh();
QIcon find();
QIcon add();
QIcon details();
QIcon send();
QIcon pause();
QIcon resume();
QIcon switchUser();
QIcon quit();
QIcon warning();
QIcon open();
} // namespace icons

} // namespace aduan::gui
