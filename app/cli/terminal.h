#pragma once

#include <string>

namespace aduan::cli {

/// One line typed at the terminal without showing it (a password), without its line ending.
/// When standard input is not a terminal (a pipe, a file), the line is read as it comes.
/// The one place where the command-line tool asks the operating system directly, because Qt has
/// no portable way to turn a terminal's echo off: termios on Unix, SetConsoleMode on Windows.
std::string readLineWithoutEcho();

} // namespace aduan::cli
