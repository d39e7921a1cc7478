#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace aduan {

/// Whether `path` lies on a network share: a folder of another PC or a file server.
///
/// SQLite's locking is only as good as the file system's, and a network file system's locks are
/// often slow or broken; SQLite's WAL mode does not work over a network at all, because its
/// readers and writers share memory (the -shm file is memory-mapped), which PCs on a network
/// cannot share. Sources: https://www.sqlite.org/useovernet.html ("SQLite Over a Network, Caveats
/// and Considerations"), https://www.sqlite.org/wal.html ("WAL does not work over a network
/// filesystem"), https://www.sqlite.org/lockingv3.html (section 6, "How To Corrupt Your Database
/// Files"). Aduan therefore keeps a shared file in rollback-journal mode and refuses WAL for it.
///
/// How it decides:
/// - Windows: windowsPathShareKind(): a UNC path, or a drive letter that Windows reports as a
///   network drive (GetDriveTypeW() == DRIVE_REMOTE: a mapped drive such as `Z:`).
/// - Elsewhere: the type of the file system that holds the path, as QStorageInfo reads it from
///   the system's mount table, named by networkFileSystemKind().
/// A path that does not exist yet is judged by its nearest existing parent folder. Never throws;
/// when the system cannot tell, the answer is false.
bool isOnNetworkShare(const QString &path);

/// The kind of network share `path` lies on, in words for a message ("NFS", "SMB/CIFS",
/// "UNC path", "mapped network drive", ...), or std::nullopt for a local file. Same rules as
/// isOnNetworkShare().
std::optional<QString> networkShareKind(const QString &path);

/// The kind of share of a file system named `fileSystemType` as the mount table gives it
/// (QStorageInfo::fileSystemType(): "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "smbfs" on
/// macOS, ...), or std::nullopt for a local one ("ext4", "xfs", "btrfs", "tmpfs", "overlay",
/// "fuseblk" — FUSE over a local disk, such as NTFS through ntfs-3g). Any other FUSE file system
/// ("fuse", "fuse.<name>") counts as a share: it may be local, but cannot be told apart, so the
/// safe side is taken. Pure; exposed for tests.
std::optional<QString> networkFileSystemKind(const QByteArray &fileSystemType);

/// The kind of share of a Windows path, or std::nullopt for a local one. Pure string rules, so
/// that they are tested on every system:
/// - `\\server\share\...` and `//server/share/...` → "UNC path"; `\\?\UNC\server\share\...` (the
///   long form of a UNC path) → "UNC path";
/// - `\\?\C:\...` and `\\.\C:\...` are local paths written the long way: judged by their drive;
/// - `X:\...` or `X:/...` → "mapped network drive" when `isRemoteDrive(X)` (on Windows:
///   GetDriveTypeW("X:\\") == DRIVE_REMOTE), else local;
/// - anything else (a relative path, a POSIX path) → local.
std::optional<QString> windowsPathShareKind(const QString &path,
                                            const std::function<bool(QChar drive)> &isRemoteDrive);

/// For tests only: makes networkShareKind() report `kind` for every path inside `folder`, so
/// that the refusal of WAL on a share can be tested without a file server. An empty `folder`
/// removes the simulation. Not thread-safe; never call it from product code.
void simulateNetworkShareForTesting(const QString &folder, const QString &kind);

} // namespace aduan
