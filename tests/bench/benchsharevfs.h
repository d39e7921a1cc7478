#pragma once

#include <QString>

#include <array>

namespace aduan::bench {

/// The file operations a database file on a network share pays a round trip to the file server
/// for, as SQLite's VFS names them (https://www.sqlite.org/c3ref/io_methods.html,
/// https://www.sqlite.org/c3ref/vfs.html). Open, Delete and Access are the VFS's calls on a
/// journal (created, deleted, looked for); the others are calls on an open file.
enum class FileOp {
    Read,
    Write,        ///< to the database file
    JournalWrite, ///< to its rollback journal (a page's number, content and checksum each)
    Sync,
    Lock,
    Unlock,
    FileSize,
    CheckReservedLock,
    Truncate,
    Open,
    Delete,
    Access,
    Count_
};

/// How many operations of each kind went through the share VFS.
struct FileOpCounts {
    std::array<long long, size_t(FileOp::Count_)> n{};

    long long operator[](FileOp op) const { return n[size_t(op)]; }
    long long total() const;
    FileOpCounts operator-(const FileOpCounts &earlier) const;
    /// "12 (r 5, w 2, sync 1, lock 2, unlock 2)": the total, then each nonzero kind.
    QString describe() const;
};

/// A benchmark's stand-in for a database file on a network share (test/bench code only, never
/// the product's): an SQLite VFS named "aduan-share" that wraps the default "unix" VFS, is
/// registered as the process's default (so that Qt's QSQLITE driver and the sqlite3 baseline,
/// which open files through the default VFS, both go through it), counts every file operation
/// on the database and its journals, and waits a set delay inside each one, as a round trip to
/// the file server would. Temporary files (sorts, statement journals) stay local: not delayed,
/// not counted. The delay is a real wait (nanosleep with the timer slack lowered to 1 µs).
class ShareVfs
{
public:
    /// Registers the VFS as the default; once per process, before any connection opens.
    /// Raises nothing: returns false (with a line on stderr) when SQLite refuses it.
    static bool install();
    static bool installed();
    /// The wait inside each counted operation, in wall-clock milliseconds (0: none).
    static void setDelayMs(double ms);
    static double delayMs();
    /// The operations counted since the process started.
    static FileOpCounts counts();
};

} // namespace aduan::bench
