#include "terminal.h"

#include <QtGlobal>

#include <cstdio>
#include <iostream>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace aduan::cli {

namespace {

/// Turns the terminal's echo off for its lifetime; does nothing when input is not a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        if (m_input != INVALID_HANDLE_VALUE && GetConsoleMode(m_input, &m_mode))
            m_active = SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#elif defined(Q_OS_UNIX)
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#if defined(Q_OS_WIN)
        SetConsoleMode(m_input, m_mode);
#elif defined(Q_OS_UNIX)
        tcsetattr(STDIN_FILENO, TCSANOW, &m_mode);
#endif
        std::fputs("\n", stderr); // the Enter that was not echoed
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_input = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#elif defined(Q_OS_UNIX)
    termios m_mode{};
#endif
};

} // namespace

std::string readLineWithoutEcho()
{
    const EchoOff echoOff;
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace aduan::cli
