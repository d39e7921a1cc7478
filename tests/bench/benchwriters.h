#pragma once

#include <QString>

namespace aduan::bench {

/// `aduan_bench --writers N --seconds S [--share MS]`: N processes (as N PCs would) work on
/// `location` (a shared file's path or a postgresql:// URI) for S seconds through the real
/// Workflow, each with its own connection and the product's default open options (busy
/// timeout, write retries): each registers a complaint (SOP step 1, as the officer), then
/// completes its next step (SOP step 2, report to head, as the secretary), and again. With
/// `shareDelayMs` ≥ 0 every writer reaches the file through ShareVfs with that wait in each
/// file operation (milliseconds), as PCs on a network share.
/// Prints the throughput (operations per second, all writers together, wall-clock), the median
/// and 99th-percentile wait of one registration and of one step (ms, as its caller waits for
/// it, busy retries included), the count of Busy failures (Error::Code::Busy: the lock stayed
/// taken through every retry) and of other failures, then verifies that nothing was lost or
/// doubled: the numbers given meanwhile are unique and gap-free (each year's sequence continues
/// from where it stood), the complaints stored are the registrations the writers reported, and
/// the step-2 completions stored (each with its step 3 opened once) are the ones they reported.
/// Returns 0 when every check holds, 1 otherwise.
int runWriters(const QString &program, const QString &location, int writers, int seconds,
               double shareDelayMs = -1);

/// The child process of runWriters(): opens `location`, prints "ready", waits for a line on
/// stdin, works for `seconds` seconds, then prints "done REGISTERED STEPS BUSY OTHER", "lat"
/// with each registration's wait and "steplat" with each step's, in microseconds.
int runWriterChild(const QString &location, int seconds);

} // namespace aduan::bench
