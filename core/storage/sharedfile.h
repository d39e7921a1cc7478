#pragma once

#include <QString>

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
/// - Windows: a UNC path (`\\server\share\...`, `\\?\UNC\server\share\...`), or a drive whose
///   GetDriveTypeW() is DRIVE_REMOTE (a mapped network drive).
/// - Linux: the file system type from statfs(2) `f_type`: NFS, SMB, CIFS, SMB2, AFS/kAFS, 9P,
///   Ceph, Coda, NCP, OCFS2, GFS2, Lustre, GPFS, VirtualBox shared folders, and FUSE (sshfs,
///   rclone, gvfs, ... — a FUSE file system may be local, but cannot be told apart, so it counts
///   as a share: the safe side).
/// - macOS and the BSDs: a mount without MNT_LOCAL.
/// A path that does not exist yet is judged by its nearest existing parent folder. Never throws;
/// when the system cannot tell, the answer is false.
bool isOnNetworkShare(const QString &path);

/// The kind of network share `path` lies on, in words for a message ("NFS", "SMB/CIFS",
/// "UNC path", "mapped network drive", ...), or std::nullopt for a local file. Same rules as
/// isOnNetworkShare().
std::optional<QString> networkShareKind(const QString &path);

/// The name of a Linux file system whose statfs(2) `f_type` magic number (see
/// linux/magic.h and statfs(2)) belongs to a network or otherwise non-local file system, or
/// std::nullopt for a local one (ext4, xfs, btrfs, tmpfs, ...). Exposed for tests.
std::optional<QString> networkFileSystemName(quint32 statfsType);

/// For tests only: makes networkShareKind() report `kind` for every path inside `folder`, so
/// that the refusal of WAL on a share can be tested without a file server. An empty `folder`
/// removes the simulation. Not thread-safe; never call it from product code.
void simulateNetworkShareForTesting(const QString &folder, const QString &kind);

} // namespace aduan
