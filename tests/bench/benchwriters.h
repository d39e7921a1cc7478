#pragma once

#include <QString>

namespace aduan::bench {

/// `aduan_bench --writers N --seconds S`: N processes (as N PCs would) register complaints
/// through the real Workflow on `location` (a shared file's path or a postgresql:// URI) for S
/// seconds, each with its own connection and the product's default open options (busy timeout,
/// write retries). Prints the throughput (registrations per second, all writers together), the
/// median and 99th-percentile latency of one registration (ms, as its caller waits for it),
/// the count of Busy failures (Error::Code::Busy: the lock stayed taken through every retry) and
/// of other failures, then verifies that the numbers given meanwhile are unique and gap-free
/// (each year's sequence continues from where it stood, without a hole or a repeat).
/// Returns 0 when every check holds, 1 otherwise.
int runWriters(const QString &program, const QString &location, int writers, int seconds);

/// The child process of runWriters(): opens `location`, prints "ready", waits for a line on
/// stdin, registers for `seconds` seconds, then prints "done OK BUSY OTHER" and "lat" with
/// each registration's latency in microseconds.
int runWriterChild(const QString &location, int seconds);

} // namespace aduan::bench
