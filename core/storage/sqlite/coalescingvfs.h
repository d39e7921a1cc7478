#pragma once

#include <QtGlobal>

namespace aduan {

/// A small SQLite VFS of the product's own, "aduan-coalesce", that gives a file on a network
/// share fewer round trips to the file server when it is written, with the same durability.
///
/// What it does. SQLite's rollback journal is written as three writes per page (its number,
/// its content, its checksum, https://www.sqlite.org/fileformat.html#the_rollback_journal),
/// each a round trip on a share: 86 of the 130 file operations of a registration. The shim
/// wraps the VFS that was the default when it was installed (https://www.sqlite.org/vfs.html,
/// https://www.sqlite.org/c3ref/io_methods.html) and keeps ONE run of written bytes in memory
/// for the whole process: a write that continues the run (same file, next offset, run under
/// 128 KiB) is appended to it; any other call — another write, and every read, sync, truncate,
/// size, lock, unlock, check of the reserved lock, file control, shared-memory call or close
/// on any file, and the VFS's own open, delete and access — first passes the run on as one
/// write. Temporary files (sorts, statement journals, temporary databases) are private to the
/// process and gone after a crash; they are handed to the wrapped VFS untouched.
///
/// Why durability is unchanged. The file system sees exactly the operations SQLite asked for,
/// in the same order, except that consecutive writes of adjacent bytes of one file arrive as
/// one write. SQLite's atomic commit (https://www.sqlite.org/atomiccommit.html) rests on the
/// order of its steps and on its syncs, never on writes being separate: (1) the original pages
/// are appended to the journal, (2) the journal is synced, its header's record count written
/// and the journal synced again (synchronous = FULL, the product's setting), (3) the changed
/// pages are written into the database file, which is synced, (4) deleting the journal is the
/// commit. Each sync and the delete pass the run on first, so at every sync point and at the
/// commit the file server holds the same bytes as without the shim. What reaches the file
/// system is always a prefix of what SQLite asked for: a crash of the process loses at most
/// the run not yet passed on, and leaves the files as a crash just before that run's first
/// write would have — a state SQLite's recovery is built for (an unsynced journal is not
/// trusted, a hot journal rolls the database back at the next opening). A power loss may lose
/// or reorder any unsynced write with or without the shim; the syncs are the same. The run is
/// passed on before every unlock too, so another PC never reads the file without this PC's
/// writes. A write that fails when passed on is reported by the call that passed it on (with
/// synchronous = FULL, the sync before the commit at the latest), so SQLite rolls the
/// transaction back as for a failed write.
///
/// Where it is used: SqliteDialect::setLocation() installs it before opening a file on a
/// network share (isOnNetworkShare()). Installed, it is the process's default VFS, so every
/// SQLite file the process opens afterwards goes through it (Qt's QSQLITE driver opens through
/// the default VFS); a driver built with its own copy of SQLite would not see it and would
/// work as before. The benchmark's counting VFS (tests/bench/benchsharevfs.h) is installed
/// first, so that it sits under the shim and counts what reaches the file server.
class CoalescingVfs
{
public:
    /// Registers the shim as the process's default VFS, wrapping the default one of that
    /// moment; once per process (later calls do nothing), before the connections it should
    /// serve are opened. Thread-safe. Raises nothing: false when SQLite refused it (the files
    /// are then opened as before).
    static bool install();
    static bool installed();

    /// Writes SQLite asked the shim for, and writes it passed on, since the process started
    /// (files it coalesces only).
    struct Counts {
        qint64 asked = 0;
        qint64 passedOn = 0;
    };
    static Counts counts();
};

} // namespace aduan
