// libpq's password file as the set-up screen keeps a server's password in it
// (storage/postgres/pgpassfile.h; https://www.postgresql.org/docs/15/libpq-pgpass.html).
#include "catch_qt.h"

#include "storage/postgres/pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {
QStringList linesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("A server's password is kept first in libpq's password file, escaped, owner-only",
          "[postgres][pgpass]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sub/pgpass"_s);
    qputenv("PGPASSFILE", path.toUtf8());
    CHECK(PgPassFile::path() == path);

    {
        QDir().mkpath(dir.filePath(u"sub"_s));
        QFile other(path);
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("# kept\nbackup.dinsos:5432:*:postgres:other\n"
                    "db.dinsos:5432:aduan:rina:old\\:one\n");
    }
    PostgresLocation location;
    location.host = u"db.dinsos"_s;
    location.port = 5432;
    location.database = u"aduan"_s;
    location.user = u"rina"_s;
    PgPassFile::remember(location, u"new:pass\\word"_s);

    const QStringList lines = linesOf(path);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == uR"(db.dinsos:5432:aduan:rina:new\:pass\\word)"_s);
    CHECK(lines.at(1) == u"# kept"_s);
    CHECK(lines.at(2) == u"backup.dinsos:5432:*:postgres:other"_s); // old rina line replaced
    CHECK(QFile::permissions(path)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    // Parts left out: libpq's defaults.
    PostgresLocation bare;
    bare.database = u"aduan"_s;
    CHECK(PgPassFile::line(bare, u"x"_s) == u"localhost:*:aduan:*:x"_s);
    qunsetenv("PGPASSFILE");
}
