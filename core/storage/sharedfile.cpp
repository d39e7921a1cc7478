#include "storage/sharedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_NETBSD) || defined(Q_OS_OPENBSD)
#include <sys/mount.h>
#include <sys/param.h>
#endif

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

struct Simulation {
    QString folder;
    QString kind;
};

Simulation &simulation()
{
    static Simulation s;
    return s;
}

/// The path itself when it exists, else its nearest existing parent folder.
[[maybe_unused]] QString nearestExisting(const QString &path)
{
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!current.isEmpty() && !QFileInfo::exists(current)) {
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    return current;
}

#if defined(Q_OS_WIN)
std::optional<QString> platformShareKind(const QString &path)
{
    QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(u"\\\\?\\UNC\\"_s, Qt::CaseInsensitive))
        return u"UNC path"_s;
    if (native.startsWith(u"\\\\?\\"_s) || native.startsWith(u"\\\\.\\"_s))
        native = native.mid(4); // \\?\C:\... : a local path written the long way
    else if (native.startsWith(u"\\\\"_s))
        return u"UNC path"_s; // \\server\share\...
    if (native.size() >= 2 && native.at(1) == u':') {
        const QString root = native.left(2) + u"\\"_s;
        if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
            return u"mapped network drive"_s;
    }
    return std::nullopt;
}
#elif defined(Q_OS_LINUX)
std::optional<QString> platformShareKind(const QString &path)
{
    struct statfs info {};
    const QByteArray native = QFile::encodeName(nearestExisting(path));
    if (statfs(native.constData(), &info) != 0)
        return std::nullopt;
    return networkFileSystemName(quint32(info.f_type));
}
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_NETBSD) || defined(Q_OS_OPENBSD)
std::optional<QString> platformShareKind(const QString &path)
{
    struct statfs info {};
    const QByteArray native = QFile::encodeName(nearestExisting(path));
    if (statfs(native.constData(), &info) != 0)
        return std::nullopt;
    if (info.f_flags & MNT_LOCAL)
        return std::nullopt;
    return QString::fromLocal8Bit(info.f_fstypename);
}
#else
std::optional<QString> platformShareKind(const QString &)
{
    return std::nullopt;
}
#endif

} // namespace

std::optional<QString> networkFileSystemName(quint32 statfsType)
{
    // Magic numbers from linux/magic.h and statfs(2); some are not in older headers.
    switch (statfsType) {
    case 0x6969u: return u"NFS"_s;
    case 0x517Bu: return u"SMB"_s;
    case 0xFF534D42u: return u"SMB/CIFS"_s;
    case 0xFE534D42u: return u"SMB2/CIFS"_s;
    case 0x65735546u: return u"FUSE (sshfs or similar)"_s;
    case 0x5346414Fu: return u"AFS"_s;
    case 0x6B414653u: return u"kAFS"_s;
    case 0x01021997u: return u"9P"_s;
    case 0x00C36400u: return u"Ceph"_s;
    case 0x73757245u: return u"Coda"_s;
    case 0x564Cu: return u"NCP"_s;
    case 0x7461636Fu: return u"OCFS2"_s;
    case 0x01161970u: return u"GFS2"_s;
    case 0x0BD00BD0u: return u"Lustre"_s;
    case 0x47504653u: return u"GPFS"_s;
    case 0x20030528u: return u"OrangeFS"_s;
    case 0x786F4256u: return u"VirtualBox shared folder"_s;
    default: return std::nullopt;
    }
}

std::optional<QString> networkShareKind(const QString &path)
{
    const Simulation &sim = simulation();
    if (!sim.folder.isEmpty()) {
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (absolute == sim.folder || absolute.startsWith(sim.folder + u'/'))
            return sim.kind;
    }
    return platformShareKind(path);
}

bool isOnNetworkShare(const QString &path)
{
    return networkShareKind(path).has_value();
}

void simulateNetworkShareForTesting(const QString &folder, const QString &kind)
{
    simulation().folder =
        folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    simulation().kind = kind;
}

} // namespace aduan
