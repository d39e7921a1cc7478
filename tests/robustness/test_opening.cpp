// Opening trouble (read-only file or folder, a folder that cannot be entered, the messages of
// the refusals in tests/core/test_storage.cpp) and the journal mode: WAL only on a local disk.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/database.h"
#include "storage/sharedfile.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Error openError(const QString &path, const OpenOptions &options = {})
{
    try {
        Database db(path, options);
    } catch (const Error &e) {
        return e;
    }
    FAIL("the file opened");
    return Error(Error::Code::Storage, {});
}

/// Runs the worker's probe: it opens `path` as an unprivileged user (when the tests run as
/// root, it becomes user 65534 first, since root ignores permissions) and tries to save.
QStringList probe(const QString &path, qint64 userId)
{
    QProcess p;
    p.start(QStringLiteral(ADUAN_TEST_WORKER), {u"probe"_s, path, QString::number(userId)});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        FAIL("the probe did not finish");
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

void setMode(const QString &path, QFile::Permissions permissions)
{
    REQUIRE(QFile::setPermissions(path, permissions));
}

constexpr QFile::Permissions kReadAll = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup
                                        | QFile::ReadOther;
constexpr QFile::Permissions kWriteAll = QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup
                                         | QFile::WriteOther;
constexpr QFile::Permissions kExeAll = QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup
                                       | QFile::ExeOther;

} // namespace

// [file]: about the shared file itself (refusals of files and folders);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("Every refusal at opening names the file, says what to do and changes nothing",
          "[file][robustness][open]")
{
    test::TestOffice office;
    office.db.reset();
    QTemporaryDir dir;
    auto check = [](const QString &path, Error::Code code, const QString &advice) {
        INFO(path.toStdString());
        const QByteArray before = fileHash(path);
        const bool existed = QFile::exists(path);
        const Error e = openError(path);
        INFO(e.message().toStdString());
        CHECK(e.code() == code);
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        CHECK(e.message().contains(folder));
        CHECK(e.message().contains(advice));
        CHECK(QFile::exists(path) == existed);
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    };
    // Missing file / missing folder ("unreachable share").
    check(dir.filePath(u"aduan.sqlite"_s), Error::Code::FileMissing, u"reconnect"_s);
    check(dir.filePath(u"share/aduan.sqlite"_s), Error::Code::FileMissing, u"network drive"_s);
    // Not SQLite.
    const QString text = dir.filePath(u"catatan.sqlite"_s);
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Bukan database.\n");
    }
    check(text, Error::Code::NotADatabase, u"Choose the database file"_s);
    // SQLite, but not Aduan's.
    const QString foreign = dir.filePath(u"lain.sqlite"_s);
    REQUIRE(QProcess::execute(u"sqlite3"_s, {foreign, u"CREATE TABLE t (x); INSERT INTO t VALUES (1);"_s}) == 0);
    check(foreign, Error::Code::NotADatabase, u"Choose the database file"_s);
    // Damaged: a page in the middle overwritten.
    const QString damaged = dir.filePath(u"rusak.sqlite"_s);
    REQUIRE(QFile::copy(office.path, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 4, '\x33'));
    }
    {
        const Error e = openError(damaged);
        INFO(e.message().toStdString());
        CHECK((e.code() == Error::Code::Corrupt || e.code() == Error::Code::NotADatabase));
        CHECK(e.message().contains(QDir::toNativeSeparators(damaged)));
    }
    // Schema newer than the program.
    const QString newer = dir.filePath(u"baru.sqlite"_s);
    REQUIRE(QFile::copy(office.path, newer));
    const QString tooNew = QString::number(Database::programSchemaVersion() + 1);
    REQUIRE(QProcess::execute(u"sqlite3"_s, {newer, u"UPDATE meta SET value = '%1' WHERE key = "
                                                     "'schema_version';"_s.arg(tooNew)})
            == 0);
    check(newer, Error::Code::SchemaTooNew, u"Install the newer version"_s);
}

// [file]: about the shared file itself (file and folder permissions);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A file or folder this PC may not write opens read-only, and saving says why",
          "[file][robustness][open][readonly]")
{
    // Root ignores file permissions, so the probe runs as user 65534 when the tests run as root
    // (see the worker's probe mode); as any other user it runs as that user.
    test::TestOffice office;
    const qint64 rina = office.rina;
    office.db.reset();
    QTemporaryDir dir;
    const QString share = dir.filePath(u"share"_s);
    REQUIRE(QDir().mkpath(share));
    // The temporary folder itself must let the unprivileged user through.
    setMode(dir.path(), kReadAll | kExeAll | QFile::WriteOwner | QFile::WriteUser);
    const QString path = share + u"/aduan.sqlite"_s;
    REQUIRE(QFile::copy(office.path, path));
    const QByteArray before = fileHash(path);

    auto restore = [&] {
        QFile::setPermissions(share, kReadAll | kWriteAll | kExeAll);
        QFile::setPermissions(path, kReadAll | kWriteAll);
    };
    struct Cleanup {
        std::function<void()> run;
        ~Cleanup() { run(); }
    } cleanup{restore};

    SECTION("a read-only file")
    {
        setMode(share, kReadAll | kWriteAll | kExeAll);
        setMode(path, kReadAll);
        const QStringList out = probe(path, rina);
        REQUIRE(out.size() >= 1);
        if (out.first().startsWith(u"skip"_s)) {
            WARN(out.first().toStdString());
            return;
        }
        INFO(out.join(u'\n').toStdString());
        REQUIRE(out.size() == 2);
        CHECK(out.at(0).startsWith(u"open 1 "_s));
        CHECK(out.at(0).contains(u"file"_s));
        CHECK(out.at(0).contains(QDir::toNativeSeparators(path)));
        CHECK(out.at(1).startsWith(u"write-error read-only "_s));
        CHECK(out.at(1).contains(u"nothing was saved"_s));
    }
    SECTION("a read-only folder")
    {
        setMode(path, kReadAll | kWriteAll);
        setMode(share, kReadAll | kExeAll);
        const QStringList out = probe(path, rina);
        REQUIRE(out.size() >= 1);
        if (out.first().startsWith(u"skip"_s)) {
            WARN(out.first().toStdString());
            return;
        }
        INFO(out.join(u'\n').toStdString());
        REQUIRE(out.size() == 2);
        CHECK(out.at(0).startsWith(u"open 1 "_s));
        CHECK(out.at(0).contains(u"folder"_s));
        CHECK(out.at(0).contains(QDir::toNativeSeparators(share)));
        CHECK(out.at(1).startsWith(u"write-error read-only "_s));
        CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    }
    SECTION("a folder that may not be entered")
    {
        setMode(share, kReadAll); // no x: the file inside cannot be reached
        const QStringList out = probe(path, rina);
        REQUIRE(out.size() >= 1);
        if (out.first().startsWith(u"skip"_s)) {
            WARN(out.first().toStdString());
            return;
        }
        INFO(out.join(u'\n').toStdString());
        REQUIRE(out.size() == 1);
        CHECK(out.at(0).startsWith(u"open-error file-missing "_s));
        CHECK(out.at(0).contains(QDir::toNativeSeparators(share)));
        CHECK(out.at(0).contains(u"administrator"_s));
    }
    SECTION("a file that may not be read")
    {
        setMode(share, kReadAll | kWriteAll | kExeAll);
        setMode(path, QFile::WriteOwner);
        const QStringList out = probe(path, rina);
        REQUIRE(out.size() >= 1);
        if (out.first().startsWith(u"skip"_s)) {
            WARN(out.first().toStdString());
            return;
        }
        INFO(out.join(u'\n').toStdString());
        REQUIRE(out.size() == 1);
        CHECK(out.at(0).startsWith(u"open-error read-only "_s));
        CHECK(out.at(0).contains(QDir::toNativeSeparators(path)));
    }
    restore();
    CHECK(fileHash(path) == before);
}

TEST_CASE("Network file systems are recognised by the mount table's type",
          "[robustness][open][wal]")
{
    CHECK(networkFileSystemKind("nfs") == u"NFS"_s);
    CHECK(networkFileSystemKind("nfs4") == u"NFS"_s);
    CHECK(networkFileSystemKind("cifs") == u"SMB/CIFS"_s);   // a Samba or Windows share
    CHECK(networkFileSystemKind("smb3") == u"SMB/CIFS"_s);
    CHECK(networkFileSystemKind("smbfs") == u"SMB"_s);       // macOS
    CHECK(networkFileSystemKind("fuse.sshfs") == u"SSHFS"_s);
    CHECK(networkFileSystemKind("fuse.rclone").value_or(QString()).contains(u"rclone"_s));
    CHECK(networkFileSystemKind("9p").has_value());
    CHECK(networkFileSystemKind("ceph").has_value());
    CHECK(networkFileSystemKind("afs").has_value());
    CHECK(networkFileSystemKind("vboxsf").has_value());
    CHECK(networkFileSystemKind("NFS4").has_value()); // case does not matter
    CHECK_FALSE(networkFileSystemKind("ext4").has_value());
    CHECK_FALSE(networkFileSystemKind("xfs").has_value());
    CHECK_FALSE(networkFileSystemKind("btrfs").has_value());
    CHECK_FALSE(networkFileSystemKind("tmpfs").has_value());
    CHECK_FALSE(networkFileSystemKind("overlay").has_value());
    CHECK_FALSE(networkFileSystemKind("fuseblk").has_value()); // ntfs-3g on a local disk
    CHECK_FALSE(networkFileSystemKind("NTFS").has_value());
    CHECK_FALSE(networkFileSystemKind("").has_value());
    // This machine's own temporary folder is local, and a path that does not exist yet is
    // judged by its folder.
    QTemporaryDir dir;
    CHECK(isOnNetworkShare(dir.path()) == isOnNetworkShare(dir.filePath(u"a/b/c.sqlite"_s)));
}

TEST_CASE("Windows paths: UNC paths and mapped network drives are shares, local drives are not",
          "[robustness][open][wal][windows]")
{
    // Z: is mapped to \\server\aduan; C: and D: are this PC's own disks.
    const auto remote = [](QChar drive) { return drive == u'Z'; };
    CHECK(windowsPathShareKind(u"\\\\server\\aduan\\aduan.sqlite"_s, remote) == u"UNC path"_s);
    CHECK(windowsPathShareKind(u"\\\\192.168.1.10\\Data Aduan\\aduan.sqlite"_s, remote)
          == u"UNC path"_s);
    CHECK(windowsPathShareKind(u"//server/aduan/aduan.sqlite"_s, remote) == u"UNC path"_s);
    CHECK(windowsPathShareKind(u"\\\\?\\UNC\\server\\aduan\\aduan.sqlite"_s, remote)
          == u"UNC path"_s);
    CHECK(windowsPathShareKind(u"\\\\?\\unc\\server\\aduan\\aduan.sqlite"_s, remote)
          == u"UNC path"_s);
    CHECK(windowsPathShareKind(u"Z:\\aduan\\aduan.sqlite"_s, remote)
          == u"mapped network drive"_s);
    CHECK(windowsPathShareKind(u"z:/aduan/aduan.sqlite"_s, remote) == u"mapped network drive"_s);
    CHECK(windowsPathShareKind(u"\\\\?\\Z:\\aduan\\aduan.sqlite"_s, remote)
          == u"mapped network drive"_s);
    CHECK_FALSE(windowsPathShareKind(u"C:\\Aduan\\aduan.sqlite"_s, remote).has_value());
    CHECK_FALSE(windowsPathShareKind(u"D:/data/aduan.sqlite"_s, remote).has_value());
    CHECK_FALSE(windowsPathShareKind(u"\\\\?\\C:\\Aduan\\aduan.sqlite"_s, remote).has_value());
    CHECK_FALSE(windowsPathShareKind(u"\\\\.\\C:\\Aduan\\aduan.sqlite"_s, remote).has_value());
    CHECK_FALSE(windowsPathShareKind(u"aduan.sqlite"_s, remote).has_value());
    CHECK_FALSE(windowsPathShareKind(u"/srv/aduan/aduan.sqlite"_s, remote).has_value());
    // Without a way to ask about drives, a drive letter counts as local.
    CHECK_FALSE(windowsPathShareKind(u"Z:\\aduan.sqlite"_s, {}).has_value());
}

// [file]: about the shared file itself (SQLite's journal modes);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("WAL only on request and only for a local file; a share keeps the rollback journal",
          "[file][robustness][open][wal]")
{
    test::TestOffice office;
    office.db.reset();
    OpenOptions wal;
    wal.walForLocalFile = true;

    SECTION("refused on a network share, and the file is left as it was")
    {
        const QString folder = QFileInfo(office.path).absolutePath();
        simulateNetworkShareForTesting(folder, u"SMB/CIFS"_s);
        struct Reset {
            ~Reset() { simulateNetworkShareForTesting({}, {}); }
        } reset;
        CHECK(isOnNetworkShare(office.path));
        const QByteArray before = fileHash(office.path);
        const Error e = openError(office.path, wal);
        INFO(e.message().toStdString());
        CHECK(e.code() == Error::Code::Invalid);
        CHECK(e.message().contains(QDir::toNativeSeparators(office.path)));
        CHECK(e.message().contains(u"network share (SMB/CIFS)"_s));
        CHECK(e.message().contains(u"WAL"_s));
        CHECK(e.message().contains(u"https://www.sqlite.org/wal.html"_s));
        CHECK(fileHash(office.path) == before);
        // Without the option it opens, with the rollback journal.
        Database db(office.path);
        CHECK(SqlQuery(db, u"PRAGMA journal_mode"_s).scalar().toString() == u"delete"_s);
    }
    SECTION("used for a local file, and switched back when opened without the option")
    {
        if (isOnNetworkShare(office.path)) {
            WARN("the temporary folder is on a network or FUSE file system here; skipped");
            return;
        }
        {
            Database db(office.path, wal);
            CHECK(SqlQuery(db, u"PRAGMA journal_mode"_s).scalar().toString() == u"wal"_s);
        }
        Database db(office.path);
        CHECK(SqlQuery(db, u"PRAGMA journal_mode"_s).scalar().toString() == u"delete"_s);
        CHECK_FALSE(QFile::exists(office.path + u"-wal"_s));
    }
}

// [file]: about the shared file itself (a file moved while open);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A database file moved away while open is named as gone, not as read-only",
          "[file][robustness][open][issue14]")
{
    test::TestOffice office;
    const QString movedTo = office.path + u".moved"_s;
    REQUIRE(QFile::rename(office.path, movedTo));
    try {
        office.db->write([&] {
            SqlQuery(*office.db, u"INSERT INTO meta (key, value) VALUES ('probe', 'x')"_s).exec();
        });
        FAIL("a write to a moved database succeeded");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::FileMissing);
        CHECK(e.message().contains(u"no longer where it was opened"_s));
        CHECK_FALSE(e.message().contains(u"read-only"_s));
        CHECK(e.message().contains(u"Nothing was saved"_s));
    }
    // The moved file is whole and unchanged by the attempt.
    office.db.reset();
    Database moved(movedTo);
    CHECK(SqlQuery(moved, u"PRAGMA quick_check"_s).scalar().toString() == u"ok"_s);
}

// [file]: about the shared file itself (what opening reads from a share);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("On a network share the opening does not read the whole file for the quick check",
          "[file][robustness][open][share]")
{
    test::TestOffice office;
    office.db.reset();
    // A table the opening never reads, one of its leaf pages overwritten: only a check that
    // reads every page (PRAGMA quick_check) finds it.
    REQUIRE(QProcess::execute(u"sqlite3"_s, {office.path, u"CREATE TABLE ballast (x); INSERT INTO "
                                                          "ballast SELECT randomblob(500) FROM "
                                                          "generate_series(1, 200);"_s})
            == 0);
    QProcess pages;
    pages.start(u"sqlite3"_s, {office.path, u"SELECT pageno FROM dbstat WHERE name = 'ballast' "
                                            "AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1"_s});
    REQUIRE(pages.waitForFinished(30000));
    const int page = QString::fromUtf8(pages.readAllStandardOutput()).trimmed().toInt();
    REQUIRE(page > 1);
    {
        QFile f(office.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(qint64(page - 1) * 4096 + 8);
        f.write(QByteArray(4000, '\x33'));
    }
    SECTION("a local file is checked at opening")
    {
        if (isOnNetworkShare(office.path)) {
            WARN("the temporary folder is on a network or FUSE file system here; skipped");
            return;
        }
        CHECK(openError(office.path).code() == Error::Code::Corrupt);
    }
    SECTION("a file on a share opens; the check (aduan-cli check) still finds the damage")
    {
        simulateNetworkShareForTesting(QFileInfo(office.path).absolutePath(), u"SMB/CIFS"_s);
        struct Reset {
            ~Reset() { simulateNetworkShareForTesting({}, {}); }
        } reset;
        {
            Database db(office.path);
            bool found = false;
            try {
                found = !db.dialect().quickCheck(db).ok;
            } catch (const Error &e) { // SQLite may stop at the damage instead of listing it
                found = e.code() == Error::Code::Corrupt;
            }
            CHECK(found);
        }
        // The limit is the caller's: set above the file's size, the share's file is checked too.
        OpenOptions checked;
        checked.quickCheckMaxBytesOnShare = QFileInfo(office.path).size();
        CHECK(openError(office.path, checked).code() == Error::Code::Corrupt);
    }
}
