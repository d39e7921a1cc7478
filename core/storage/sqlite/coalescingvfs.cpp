// The "aduan-coalesce" VFS (coalescingvfs.h): one run of adjacent writes kept in memory and
// passed on as one write before any other file operation. Written against the VFS contract of
// https://www.sqlite.org/c3ref/vfs.html and https://www.sqlite.org/c3ref/io_methods.html: our
// sqlite3_file is followed in memory by the wrapped VFS's own file object.
#include "storage/sqlite/coalescingvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <string>

namespace aduan {

namespace {

/// The longest run passed on as one write: SQLite's unix VFS writes at most 128 KiB - 1 bytes
/// in one call (os_unix.c, seekAndWrite() masks the count with 0x1ffff; SQLite itself never
/// writes more than a page, 64 KiB at most, at once). A registration's journal (29 pages of
/// 4 KiB with their numbers and checksums, 119 KiB) fits in one run.
constexpr size_t kMaxRun = 0x1ffff;

sqlite3_vfs *g_below = nullptr;  ///< the VFS wrapped; set once, under g_installMutex
sqlite3_vfs g_vfs{};
std::mutex g_installMutex;
std::atomic<qint64> g_asked{0}, g_passedOn{0};

/// The one run of writes not yet passed on (guarded by g_runMutex): bytes for `file` (the
/// wrapped VFS's file object) from `offset` on.
std::mutex g_runMutex;
sqlite3_file *g_runFile = nullptr;
sqlite3_int64 g_runOffset = 0;
std::string g_runBytes;

int passOnLocked()
{
    if (!g_runFile)
        return SQLITE_OK;
    sqlite3_file *file = g_runFile;
    g_runFile = nullptr;
    const int rc =
        file->pMethods->xWrite(file, g_runBytes.data(), int(g_runBytes.size()), g_runOffset);
    g_runBytes.clear();
    g_passedOn.fetch_add(1, std::memory_order_relaxed);
    return rc;
}

int passOn()
{
    const std::lock_guard lock(g_runMutex);
    return passOnLocked();
}

/// What SQLite holds for a coalesced file; the wrapped VFS's file object follows it.
struct CoalescedFile {
    sqlite3_file base;
};

sqlite3_file *below(sqlite3_file *f)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<CoalescedFile *>(f) + 1);
}

/// The wrapped file's method, after the run was passed on.
#define AFTER_RUN(method, ...)                                                                     \
    if (const int rc = passOn(); rc != SQLITE_OK)                                                  \
        return rc;                                                                                 \
    return below(f)->pMethods->method(below(f), __VA_ARGS__)

int cClose(sqlite3_file *f)
{
    const int rc = passOn();
    const int closed = below(f)->pMethods->xClose(below(f));
    return rc != SQLITE_OK ? rc : closed;
}

int cWrite(sqlite3_file *f, const void *in, int amount, sqlite3_int64 offset)
{
    g_asked.fetch_add(1, std::memory_order_relaxed);
    sqlite3_file *file = below(f);
    const char *bytes = static_cast<const char *>(in);
    const std::lock_guard lock(g_runMutex);
    if (g_runFile == file && offset == g_runOffset + sqlite3_int64(g_runBytes.size())
        && g_runBytes.size() + size_t(amount) <= kMaxRun) {
        g_runBytes.append(bytes, size_t(amount));
        return SQLITE_OK;
    }
    if (const int rc = passOnLocked(); rc != SQLITE_OK)
        return rc;
    if (size_t(amount) >= kMaxRun) {
        g_passedOn.fetch_add(1, std::memory_order_relaxed);
        return file->pMethods->xWrite(file, in, amount, offset);
    }
    g_runFile = file;
    g_runOffset = offset;
    g_runBytes.assign(bytes, size_t(amount));
    return SQLITE_OK;
}

int cRead(sqlite3_file *f, void *out, int amount, sqlite3_int64 offset)
{
    AFTER_RUN(xRead, out, amount, offset);
}
int cTruncate(sqlite3_file *f, sqlite3_int64 size) { AFTER_RUN(xTruncate, size); }
int cSync(sqlite3_file *f, int flags) { AFTER_RUN(xSync, flags); }
int cFileSize(sqlite3_file *f, sqlite3_int64 *size) { AFTER_RUN(xFileSize, size); }
int cLock(sqlite3_file *f, int level) { AFTER_RUN(xLock, level); }
int cUnlock(sqlite3_file *f, int level) { AFTER_RUN(xUnlock, level); }
int cCheckReservedLock(sqlite3_file *f, int *out) { AFTER_RUN(xCheckReservedLock, out); }
int cFileControl(sqlite3_file *f, int op, void *arg) { AFTER_RUN(xFileControl, op, arg); }

// Questions about the device: no data involved.
int cSectorSize(sqlite3_file *f) { return below(f)->pMethods->xSectorSize(below(f)); }
int cDeviceCharacteristics(sqlite3_file *f)
{
    return below(f)->pMethods->xDeviceCharacteristics(below(f));
}

// Shared memory (WAL, a local file only) and memory mapping: methods of version 2 and 3,
// passed on when the wrapped file has them.
int cShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    if (below(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    AFTER_RUN(xShmMap, page, size, extend, out);
}
int cShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    if (below(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMLOCK;
    AFTER_RUN(xShmLock, offset, n, flags);
}
void cShmBarrier(sqlite3_file *f)
{
    passOn(); // a failure is reported by the next call that passes a run on
    if (below(f)->pMethods->iVersion >= 2)
        below(f)->pMethods->xShmBarrier(below(f));
}
int cShmUnmap(sqlite3_file *f, int deleteFlag)
{
    if (below(f)->pMethods->iVersion < 2)
        return SQLITE_OK;
    AFTER_RUN(xShmUnmap, deleteFlag);
}
int cFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr;
    if (below(f)->pMethods->iVersion < 3)
        return SQLITE_OK; // no mapping: SQLite reads instead
    AFTER_RUN(xFetch, offset, amount, out);
}
int cUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    if (below(f)->pMethods->iVersion < 3)
        return SQLITE_OK;
    AFTER_RUN(xUnfetch, offset, p);
}
#undef AFTER_RUN

const sqlite3_io_methods kMethods = {
    3, cClose, cRead, cWrite, cTruncate, cSync, cFileSize, cLock, cUnlock, cCheckReservedLock,
    cFileControl, cSectorSize, cDeviceCharacteristics, cShmMap, cShmLock, cShmBarrier,
    cShmUnmap, cFetch, cUnfetch};

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    constexpr int kPrivate = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL
                             | SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_SUBJOURNAL;
    if (!name || (flags & kPrivate)) {
        // Private to this process, gone after a crash: the wrapped VFS's file object in our
        // place, its own methods (our object is larger than it, szOsFile).
        return g_below->xOpen(g_below, name, f, flags, outFlags);
    }
    if (const int rc = passOn(); rc != SQLITE_OK)
        return rc;
    f->pMethods = nullptr;
    const int rc = g_below->xOpen(g_below, name, below(f), flags, outFlags);
    // A wrapped object with methods is closed by SQLite through ours, even after a failure.
    if (below(f)->pMethods)
        f->pMethods = &kMethods;
    return rc;
}

int vDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    if (const int rc = passOn(); rc != SQLITE_OK)
        return rc;
    return g_below->xDelete(g_below, name, syncDir);
}
int vAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    if (const int rc = passOn(); rc != SQLITE_OK)
        return rc;
    return g_below->xAccess(g_below, name, flags, out);
}
int vFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_below->xFullPathname(g_below, name, n, out);
}
void *vDlOpen(sqlite3_vfs *, const char *name) { return g_below->xDlOpen(g_below, name); }
void vDlError(sqlite3_vfs *, int n, char *out) { g_below->xDlError(g_below, n, out); }
void (*vDlSym(sqlite3_vfs *, void *h, const char *symbol))(void)
{
    return g_below->xDlSym(g_below, h, symbol);
}
void vDlClose(sqlite3_vfs *, void *h) { g_below->xDlClose(g_below, h); }
int vRandomness(sqlite3_vfs *, int n, char *out) { return g_below->xRandomness(g_below, n, out); }
int vSleep(sqlite3_vfs *, int us) { return g_below->xSleep(g_below, us); }
int vCurrentTime(sqlite3_vfs *, double *out) { return g_below->xCurrentTime(g_below, out); }
int vGetLastError(sqlite3_vfs *, int n, char *out) { return g_below->xGetLastError(g_below, n, out); }
int vCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_below->iVersion >= 2 && g_below->xCurrentTimeInt64
               ? g_below->xCurrentTimeInt64(g_below, out)
               : SQLITE_ERROR;
}

} // namespace

bool CoalescingVfs::install()
{
    const std::lock_guard lock(g_installMutex);
    if (g_below)
        return true;
    sqlite3_vfs *wrapped = sqlite3_vfs_find(nullptr);
    if (!wrapped)
        return false;
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(CoalescedFile)) + wrapped->szOsFile;
    g_vfs.mxPathname = wrapped->mxPathname;
    g_vfs.zName = "aduan-coalesce";
    g_vfs.xOpen = vOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    g_below = wrapped;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) {
        g_below = nullptr;
        return false;
    }
    return true;
}

bool CoalescingVfs::installed()
{
    const std::lock_guard lock(g_installMutex);
    return g_below != nullptr;
}

CoalescingVfs::Counts CoalescingVfs::counts()
{
    return {g_asked.load(std::memory_order_relaxed), g_passedOn.load(std::memory_order_relaxed)};
}

} // namespace aduan
