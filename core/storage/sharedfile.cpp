#include "storage/sharedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
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
bool windowsDriveIsRemote(QChar drive)
{
    const QString root = QString(drive) + u":\\"_s;
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
}
#endif

std::optional<QString> platformShareKind(const QString &path)
{
#if defined(Q_OS_WIN)
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return windowsPathShareKind(absolute, windowsDriveIsRemote);
#else
    const QStorageInfo storage(nearestExisting(path));
    if (!storage.isValid())
        return std::nullopt;
    return networkFileSystemKind(storage.fileSystemType());
#endif
}

} // namespace

std::optional<QString> networkFileSystemKind(const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.trimmed().toLower();
    if (type.isEmpty() || type == "fuseblk")
        return std::nullopt;
    if (type == "fuse" || type.startsWith("fuse.")) {
        if (type == "fuse.sshfs")
            return u"SSHFS"_s;
        return u"FUSE (%1)"_s.arg(QString::fromLatin1(type));
    }
    static const QList<std::pair<QByteArray, QString>> kinds = {
        {"nfs", u"NFS"_s},        {"nfs4", u"NFS"_s},        {"cifs", u"SMB/CIFS"_s},
        {"smb3", u"SMB/CIFS"_s},  {"smbfs", u"SMB"_s},       {"smb", u"SMB"_s},
        {"9p", u"9P"_s},          {"ceph", u"Ceph"_s},       {"afs", u"AFS"_s},
        {"coda", u"Coda"_s},      {"ncpfs", u"NCP"_s},       {"ncp", u"NCP"_s},
        {"ocfs2", u"OCFS2"_s},    {"gfs2", u"GFS2"_s},       {"lustre", u"Lustre"_s},
        {"gpfs", u"GPFS"_s},      {"glusterfs", u"GlusterFS"_s}, {"davfs", u"WebDAV"_s},
        {"webdav", u"WebDAV"_s},  {"afpfs", u"AFP"_s},       {"vboxsf", u"VirtualBox shared folder"_s},
        {"pvfs2", u"OrangeFS"_s},
    };
    for (const auto &[name, kind] : kinds) {
        if (type == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<QString> windowsPathShareKind(const QString &path,
                                            const std::function<bool(QChar drive)> &isRemoteDrive)
{
    QString native = path;
    native.replace(u'/', u'\\');
    if (native.startsWith(u"\\\\?\\UNC\\"_s, Qt::CaseInsensitive))
        return u"UNC path"_s;
    if (native.startsWith(u"\\\\?\\"_s) || native.startsWith(u"\\\\.\\"_s))
        native = native.mid(4); // \\?\C:\... : a local path written the long way
    else if (native.startsWith(u"\\\\"_s))
        return u"UNC path"_s; // \\server\share\...
    if (native.size() >= 2 && native.at(1) == u':' && native.at(0).isLetter()) {
        if (isRemoteDrive && isRemoteDrive(native.at(0).toUpper()))
            return u"mapped network drive"_s;
    }
    return std::nullopt;
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
