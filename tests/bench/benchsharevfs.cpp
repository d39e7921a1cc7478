// The "aduan-share" VFS of the benchmark (benchsharevfs.h): SQLite's default unix VFS with a
// counted, delayed round trip in each file operation. Written against the VFS contract of
// https://www.sqlite.org/c3ref/vfs.html and https://www.sqlite.org/c3ref/io_methods.html: our
// sqlite3_file is followed in memory by the wrapped VFS's own file object.
#include "benchsharevfs.h"

#include <QStringList>

#include <sqlite3.h>

#include <sys/prctl.h>

#include <atomic>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

std::array<std::atomic<long long>, size_t(FileOp::Count_)> g_counts{};
std::atomic<long long> g_delayNs{0};
sqlite3_vfs *g_unix = nullptr;

/// One round trip: counted, then the delay waited out (absolute deadline, so that an early
/// wake-up sleeps again instead of shortening it).
void roundTrip(FileOp op)
{
    g_counts[size_t(op)].fetch_add(1, std::memory_order_relaxed);
    const long long ns = g_delayNs.load(std::memory_order_relaxed);
    if (ns <= 0)
        return;
    timespec until{};
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_nsec += ns % 1000000000LL;
    until.tv_sec += ns / 1000000000LL + until.tv_nsec / 1000000000LL;
    until.tv_nsec %= 1000000000LL;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr) != 0) {
    }
}

struct ShareFile {
    sqlite3_file base;  ///< what SQLite holds; its pMethods are ours
    bool remote;        ///< on the share (database, journals), not a local temporary file
    bool journal;       ///< the database's rollback journal
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

ShareFile *share(sqlite3_file *f) { return reinterpret_cast<ShareFile *>(f); }

/// The wrapped file's method, after a round trip when the file is on the share.
#define FORWARD(op, method, ...)                                                                   \
    ShareFile *s = share(f);                                                                       \
    if (s->remote)                                                                                 \
        roundTrip(op);                                                                             \
    return s->real()->pMethods->method(s->real(), __VA_ARGS__)

int shareClose(sqlite3_file *f)
{
    // Closing a handle is local bookkeeping on an SMB client with leases; not counted.
    return share(f)->real()->pMethods->xClose(share(f)->real());
}
int shareRead(sqlite3_file *f, void *out, int amount, sqlite3_int64 offset)
{
    FORWARD(FileOp::Read, xRead, out, amount, offset);
}
int shareWrite(sqlite3_file *f, const void *in, int amount, sqlite3_int64 offset)
{
    FORWARD(share(f)->journal ? FileOp::JournalWrite : FileOp::Write, xWrite, in, amount, offset);
}
int shareTruncate(sqlite3_file *f, sqlite3_int64 size) { FORWARD(FileOp::Truncate, xTruncate, size); }
int shareSync(sqlite3_file *f, int flags) { FORWARD(FileOp::Sync, xSync, flags); }
int shareFileSize(sqlite3_file *f, sqlite3_int64 *size) { FORWARD(FileOp::FileSize, xFileSize, size); }
int shareLock(sqlite3_file *f, int level) { FORWARD(FileOp::Lock, xLock, level); }
int shareUnlock(sqlite3_file *f, int level) { FORWARD(FileOp::Unlock, xUnlock, level); }
int shareCheckReservedLock(sqlite3_file *f, int *out)
{
    FORWARD(FileOp::CheckReservedLock, xCheckReservedLock, out);
}
#undef FORWARD

// Local questions and the WAL/mmap methods: passed through as they are (the share is used in
// rollback-journal mode; memory mapping is off by default).
int shareFileControl(sqlite3_file *f, int op, void *arg)
{
    return share(f)->real()->pMethods->xFileControl(share(f)->real(), op, arg);
}
int shareSectorSize(sqlite3_file *f) { return share(f)->real()->pMethods->xSectorSize(share(f)->real()); }
int shareDeviceCharacteristics(sqlite3_file *f)
{
    return share(f)->real()->pMethods->xDeviceCharacteristics(share(f)->real());
}
int shareShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return share(f)->real()->pMethods->xShmMap(share(f)->real(), page, size, extend, out);
}
int shareShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return share(f)->real()->pMethods->xShmLock(share(f)->real(), offset, n, flags);
}
void shareShmBarrier(sqlite3_file *f) { share(f)->real()->pMethods->xShmBarrier(share(f)->real()); }
int shareShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return share(f)->real()->pMethods->xShmUnmap(share(f)->real(), deleteFlag);
}
int shareFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return share(f)->real()->pMethods->xFetch(share(f)->real(), offset, amount, out);
}
int shareUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return share(f)->real()->pMethods->xUnfetch(share(f)->real(), offset, p);
}

const sqlite3_io_methods kShareMethods = {
    3, shareClose, shareRead, shareWrite, shareTruncate, shareSync, shareFileSize, shareLock,
    shareUnlock, shareCheckReservedLock, shareFileControl, shareSectorSize,
    shareDeviceCharacteristics, shareShmMap, shareShmLock, shareShmBarrier, shareShmUnmap,
    shareFetch, shareUnfetch};

bool isRemote(const char *name, int flags)
{
    constexpr int local = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_TRANSIENT_DB
                          | SQLITE_OPEN_SUBJOURNAL;
    return name && !(flags & local);
}

int shareOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    ShareFile *s = share(f);
    s->base.pMethods = nullptr; // SQLite closes nothing when the open fails
    s->remote = isRemote(name, flags);
    s->journal = (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0;
    if (s->remote)
        roundTrip(FileOp::Open);
    const int rc = g_unix->xOpen(g_unix, name, s->real(), flags, outFlags);
    if (rc == SQLITE_OK && s->real()->pMethods)
        s->base.pMethods = &kShareMethods;
    return rc;
}

int shareDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    roundTrip(FileOp::Delete);
    return g_unix->xDelete(g_unix, name, syncDir);
}

int shareAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    roundTrip(FileOp::Access);
    return g_unix->xAccess(g_unix, name, flags, out);
}

int shareFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_unix->xFullPathname(g_unix, name, n, out);
}
void *shareDlOpen(sqlite3_vfs *, const char *name) { return g_unix->xDlOpen(g_unix, name); }
void shareDlError(sqlite3_vfs *, int n, char *out) { g_unix->xDlError(g_unix, n, out); }
void (*shareDlSym(sqlite3_vfs *, void *h, const char *symbol))(void)
{
    return g_unix->xDlSym(g_unix, h, symbol);
}
void shareDlClose(sqlite3_vfs *, void *h) { g_unix->xDlClose(g_unix, h); }
int shareRandomness(sqlite3_vfs *, int n, char *out) { return g_unix->xRandomness(g_unix, n, out); }
int shareSleep(sqlite3_vfs *, int us) { return g_unix->xSleep(g_unix, us); }
int shareCurrentTime(sqlite3_vfs *, double *out) { return g_unix->xCurrentTime(g_unix, out); }
int shareGetLastError(sqlite3_vfs *, int n, char *out) { return g_unix->xGetLastError(g_unix, n, out); }
int shareCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_unix->xCurrentTimeInt64(g_unix, out);
}

sqlite3_vfs g_share{};

} // namespace

long long FileOpCounts::total() const
{
    long long sum = 0;
    for (long long v : n)
        sum += v;
    return sum;
}

FileOpCounts FileOpCounts::operator-(const FileOpCounts &earlier) const
{
    FileOpCounts d;
    for (size_t i = 0; i < n.size(); ++i)
        d.n[i] = n[i] - earlier.n[i];
    return d;
}

QString FileOpCounts::describe() const
{
    static const char *const names[] = {"read",  "write", "journal write", "sync",
                                        "lock",  "unlock", "size", "reserved?", "truncate",
                                        "open", "delete", "access"};
    static_assert(std::size(names) == size_t(FileOp::Count_));
    QStringList parts;
    for (size_t i = 0; i < n.size(); ++i) {
        if (n[i])
            parts << u"%1 %2"_s.arg(QLatin1StringView(names[i])).arg(n[i]);
    }
    return parts.join(u", "_s);
}

bool ShareVfs::install()
{
    if (g_unix)
        return true;
    sqlite3_vfs *wrapped = sqlite3_vfs_find("unix");
    if (!wrapped) {
        std::fprintf(stderr, "the share VFS: SQLite has no \"unix\" VFS to wrap\n");
        return false;
    }
    g_share.iVersion = 2;
    g_share.szOsFile = int(sizeof(ShareFile)) + wrapped->szOsFile;
    g_share.mxPathname = wrapped->mxPathname;
    g_share.zName = "aduan-share";
    g_share.xOpen = shareOpen;
    g_share.xDelete = shareDelete;
    g_share.xAccess = shareAccess;
    g_share.xFullPathname = shareFullPathname;
    g_share.xDlOpen = shareDlOpen;
    g_share.xDlError = shareDlError;
    g_share.xDlSym = shareDlSym;
    g_share.xDlClose = shareDlClose;
    g_share.xRandomness = shareRandomness;
    g_share.xSleep = shareSleep;
    g_share.xCurrentTime = shareCurrentTime;
    g_share.xGetLastError = shareGetLastError;
    g_share.xCurrentTimeInt64 = shareCurrentTimeInt64;
    g_unix = wrapped;
    if (sqlite3_vfs_register(&g_share, 1) != SQLITE_OK) {
        std::fprintf(stderr, "the share VFS: sqlite3_vfs_register failed\n");
        g_unix = nullptr;
        return false;
    }
    // A sleep of half a millisecond would otherwise end up to 50 µs late (the default slack).
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
    return true;
}

bool ShareVfs::installed()
{
    return g_unix != nullptr;
}

void ShareVfs::setDelayMs(double ms)
{
    g_delayNs.store(static_cast<long long>(ms * 1e6), std::memory_order_relaxed);
}

double ShareVfs::delayMs()
{
    return double(g_delayNs.load(std::memory_order_relaxed)) / 1e6;
}

FileOpCounts ShareVfs::counts()
{
    FileOpCounts c;
    for (size_t i = 0; i < c.n.size(); ++i)
        c.n[i] = g_counts[i].load(std::memory_order_relaxed);
    return c;
}

} // namespace aduan::bench
