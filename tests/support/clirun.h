#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aduan::test {

/// What a run of aduan-cli gave: its exit code (-1 when it crashed or was killed after the
/// time limit), and what it wrote to standard output and to standard error.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;

    /// Standard output followed by standard error (for a failed check's message).
    QString all() const { return out + err; }
};

/// Runs the aduan-cli built with the tests (ADUAN_CLI) with `args`, `input` on its standard input
/// (then closed, so that a password prompt reads end of input rather than waiting), killed after
/// two minutes.
CliResult runCli(const QStringList &args, const QByteArray &input = {});

} // namespace aduan::test
