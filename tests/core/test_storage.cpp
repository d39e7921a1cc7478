// Opening rules, pragmas, migrations, transactions and the time format of the storage layer.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Error::Code openError(const QString &path, OpenOptions options = {})
{
    try {
        Database db(path, options);
    } catch (const Error &e) {
        const bool namesPath =
            e.message().contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
            || e.message().contains(QDir::toNativeSeparators(path));
        CHECK(namesPath);
        return e.code();
    }
    FAIL("the file opened");
    return Error::Code::Storage;
}

QString pragma(const Database &db, const QString &name)
{
    SqlQuery q(db, u"PRAGMA "_s + name);
    return q.scalar().toString();
}

} // namespace

TEST_CASE("A missing file or folder is an error, never a new empty database", "[storage][open]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"aduan.sqlite"_s);
    CHECK(openError(missing) == Error::Code::FileMissing);
    CHECK_FALSE(QFile::exists(missing));
    const QString vanishedShare = dir.filePath(u"share/aduan.sqlite"_s);
    CHECK(openError(vanishedShare) == Error::Code::FileMissing);
    CHECK_FALSE(QFile::exists(vanishedShare));
}

TEST_CASE("Creating never overwrites an existing file", "[storage][open]")
{
    test::TestOffice office;
    const QByteArray before = fileHash(office.path);
    office.db.reset();
    OpenOptions create;
    create.mode = OpenOptions::Mode::CreateNew;
    CHECK_THROWS_AS(Database(office.path, create), Error);
    CHECK(fileHash(office.path) == before);
}

TEST_CASE("Files that are not Aduan databases are refused and left as they were", "[storage][open]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.sqlite"_s);
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Ini bukan database, hanya catatan.\n");
    }
    const QByteArray before = fileHash(text);
    CHECK(openError(text) == Error::Code::NotADatabase);
    CHECK(fileHash(text) == before);

    const QString empty = dir.filePath(u"empty.sqlite"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK(openError(empty) == Error::Code::NotADatabase);
    CHECK(QFileInfo(empty).size() == 0);
}

// [file]: about the shared file itself (SQLite's pragmas);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("Opening sets the pragmas the shared file needs", "[file][storage][open]")
{
    test::TestOffice office;
    CHECK(pragma(*office.db, u"foreign_keys"_s) == u"1"_s);
    CHECK(pragma(*office.db, u"synchronous"_s) == u"2"_s); // FULL
    CHECK(pragma(*office.db, u"journal_mode"_s) == u"delete"_s);
    CHECK(office.db->schemaVersion() == Database::programSchemaVersion());
    CHECK_FALSE(office.db->isReadOnly());
}

TEST_CASE("A schema newer than the program is refused with a clear message", "[storage][open]")
{
    test::TestOffice office;
    SqlQuery(*office.db, u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s).exec();
    office.db.reset();
    const QByteArray before = fileHash(office.path);
    try {
        Database db(office.path);
        FAIL("opened");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::SchemaTooNew);
        CHECK(e.message().contains(u"999"_s));
        CHECK(e.message().contains(u"newer version"_s));
    }
    CHECK(fileHash(office.path) == before);
}

// [file]: about the shared file itself (a damaged SQLite file);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A damaged file is refused", "[file][storage][open]")
{
    test::TestOffice office;
    office.db.reset();
    {
        QFile f(office.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 8192);
        // Overwrite the middle pages with garbage, keeping the header intact.
        f.seek(4096);
        f.write(QByteArray(int(size - 4096 - 1024), '\x5a'));
    }
    const QByteArray before = fileHash(office.path);
    const Error::Code code = [&] {
        try {
            Database db(office.path);
        } catch (const Error &e) {
            return e.code();
        }
        return Error::Code::Storage;
    }();
    CHECK((code == Error::Code::Corrupt || code == Error::Code::NotADatabase));
    CHECK(fileHash(office.path) == before);
}

TEST_CASE("A write transaction is all or nothing", "[storage][transaction]")
{
    test::TestOffice office;
    auto countCategories = [&] {
        return SqlQuery(*office.db, u"SELECT COUNT(*) FROM category"_s).scalar().toInt();
    };
    const int before = countCategories();
    CHECK_THROWS_AS(office.db->write([&] {
        SqlQuery(*office.db, u"INSERT INTO category (name) VALUES ('Baru')"_s).exec();
        throw Error(Error::Code::Invalid, u"stop"_s);
    }),
                    Error);
    CHECK(countCategories() == before);
    CHECK_FALSE(office.db->inTransaction());
}

// [file]: about the shared file itself (SQLite's BEGIN IMMEDIATE held by a second connection);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A writer that stays locked fails with a typed busy error after its retries",
          "[file][storage][transaction]")
{
    test::TestOffice office;
    OpenOptions quick;
    quick.busyTimeoutMs = 50;
    quick.writeAttempts = 2;
    Database other(office.path, quick);
    // The first connection holds the write lock.
    SqlQuery(*office.db, u"BEGIN IMMEDIATE"_s).exec();
    try {
        other.write([&] { SqlQuery(other, u"INSERT INTO category (name) VALUES ('X')"_s).exec(); });
        FAIL("wrote through a held lock");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Busy);
        CHECK(e.message().contains(u"Nothing was saved"_s));
    }
    SqlQuery(*office.db, u"ROLLBACK"_s).exec();
    other.write([&] { SqlQuery(other, u"INSERT INTO category (name) VALUES ('X')"_s).exec(); });
    CHECK(SqlQuery(*office.db, u"SELECT COUNT(*) FROM category WHERE name = 'X'"_s).scalar().toInt()
          == 1);
}

TEST_CASE("Timestamps are stored in one fixed, comparable UTC form", "[storage][time]")
{
    const QDateTime instant = wib(2026, 3, 2, 9, 4, 10);
    CHECK(toStorageTime(instant) == u"2026-03-02T02:04:10.000Z"_s);
    CHECK(fromStorageTime(toStorageTime(instant)) == instant);
    CHECK(toStorageTime(QDateTime()).isNull());

    // A timestamp bound 90 minutes ago is not "within the last hour".
    test::TestOffice office;
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    SqlQuery(*office.db, u"INSERT INTO setting (key, value) VALUES ('probe', :at)"_s)
        .bind(u":at"_s, toStorageTime(now.addSecs(-90 * 60)))
        .exec();
    SqlQuery recent(*office.db, u"SELECT COUNT(*) FROM setting WHERE key = 'probe' AND value >= :since"_s);
    recent.bind(u":since"_s, toStorageTime(now.addSecs(-3600)));
    CHECK(recent.scalar().toInt() == 0);
    // A different time spec for the same instant compares the same.
    SqlQuery same(*office.db, u"SELECT COUNT(*) FROM setting WHERE key = 'probe' AND value = :at"_s);
    same.bind(u":at"_s, toStorageTime(now.addSecs(-90 * 60).toTimeZone(QTimeZone(7 * 3600))));
    CHECK(same.scalar().toInt() == 1);
}

TEST_CASE("Other connections' commits change data_version", "[storage][refresh]")
{
    test::TestOffice office;
    auto other = office.openAnother();
    const qint64 before = office.db->dataVersion();
    CHECK(office.db->dataVersion() == before);
    other->write([&] { SqlQuery(*other, u"INSERT INTO category (name) VALUES ('Y')"_s).exec(); });
    CHECK(office.db->dataVersion() != before);
}
