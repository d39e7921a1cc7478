// The PostgreSQL store's location (storage/postgres/postgreslocation.h) and the choice of a
// store by location (makeDialect()); the search text the store's index is asked with.
#include "catch_qt.h"

#include "storage/postgres/postgresdialect.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sqldialect.h"
#include "util/error.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;
using namespace aduan;

TEST_CASE("A postgresql:// location gives its parts; what is left out stays empty for libpq",
          "[postgres][location]")
{
    const auto full = PostgresLocation::parse(u"postgresql://rina:s%40ndi@db.dinsos:6543/aduan"_s);
    REQUIRE(full.has_value());
    CHECK(full->user == u"rina"_s);
    CHECK(full->password == u"s@ndi"_s); // percent-encoded in the URI
    CHECK(full->host == u"db.dinsos"_s);
    CHECK(full->port == 6543);
    CHECK(full->database == u"aduan"_s);

    const auto socket = PostgresLocation::parse(u"postgresql:///aduan?host=/run/postgresql"_s);
    REQUIRE(socket.has_value());
    CHECK(socket->host == u"/run/postgresql"_s);
    CHECK(socket->port == 0);
    CHECK(socket->user.isEmpty());
    CHECK(socket->database == u"aduan"_s);

    const auto bare = PostgresLocation::parse(u"postgres://server/aduan"_s);
    REQUIRE(bare.has_value());
    CHECK(bare->host == u"server"_s);
    CHECK(bare->port == 0);

    CHECK_FALSE(PostgresLocation::parse(u"postgresql://server:99999/aduan"_s));
    CHECK_FALSE(PostgresLocation::parse(u"postgresql:///aduan?port=abc"_s));
    CHECK_FALSE(PostgresLocation::parse(u"/mnt/aduan/aduan.sqlite"_s));
}

TEST_CASE("Messages show a server location without its password", "[postgres][location]")
{
    const QString shown = PostgresLocation::shown(u"postgresql://rina:rahasia@db:5432/aduan"_s);
    CHECK_FALSE(shown.contains(u"rahasia"_s));
    CHECK(shown.contains(u"rina@db:5432/aduan"_s));
}

TEST_CASE("The store is chosen by the location", "[postgres][location]")
{
    CHECK(makeDialect(u"postgresql://db/aduan"_s)->driverName() == u"QPSQL"_s);
    CHECK(makeDialect(u"POSTGRES://db/aduan"_s)->driverName() == u"QPSQL"_s);
    CHECK(makeDialect(u"/mnt/aduan/aduan.sqlite"_s)->driverName() == u"QSQLITE"_s);
    CHECK(makeDialect(u"postgresql.sqlite"_s)->driverName() == u"QSQLITE"_s);
    CHECK_FALSE(makeDialect(u"postgresql://db/aduan"_s)->isFile());
    CHECK(makeDialect(u"aduan.sqlite"_s)->isFile());
    // Both stores have the same number of migrations: a schema version means the same tables.
    CHECK(makeDialect(u"postgresql://db/aduan"_s)->migrationScripts().size()
          == makeDialect(u"aduan.sqlite"_s)->migrationScripts().size());
}

TEST_CASE("A search asks the index only for the columns the viewer may read",
          "[postgres][search]")
{
    const PostgresDialect pg;
    // Weights: A public name, B confidential name, C subject, D description; a word of one
    // character is a whole word, a longer one a prefix.
    CHECK(pg.wordSearchValue({u"public_name"_s, u"subject"_s, u"description"_s},
                             {u"siti"_s, u"I"_s})
          == u"'siti':*ACD & 'I':ACD"_s);
    CHECK(pg.wordSearchValue({u"public_name"_s, u"subject"_s, u"description"_s,
                              u"protected_name"_s},
                             {u"budi"_s})
          == u"'budi':*ACDB"_s);
}

TEST_CASE("A server location made from its parts reads back to the same parts",
          "[postgres][location]")
{
    PostgresLocation parts;
    parts.host = u"db.dinsos"_s;
    parts.port = 5433;
    parts.user = u"rina@front"_s;
    parts.password = u"s:nd/i@"_s;
    parts.database = u"aduan kota"_s;
    const QString withPassword = parts.uri(true);
    const auto back = PostgresLocation::parse(withPassword);
    REQUIRE(back.has_value());
    CHECK(back->host == parts.host);
    CHECK(back->port == 5433);
    CHECK(back->user == parts.user);
    CHECK(back->password == parts.password);
    CHECK(back->database == parts.database);
    // Without the password (what a PC remembers in its settings).
    const auto remembered = PostgresLocation::parse(parts.uri());
    REQUIRE(remembered.has_value());
    CHECK(remembered->password.isEmpty());
    CHECK(remembered->user == parts.user);

    PostgresLocation socket;
    socket.host = u"/run/postgresql"_s;
    socket.database = u"aduan"_s;
    const auto viaSocket = PostgresLocation::parse(socket.uri());
    REQUIRE(viaSocket.has_value());
    CHECK(viaSocket->host == u"/run/postgresql"_s);
    CHECK(viaSocket->port == 0);
    CHECK(viaSocket->database == u"aduan"_s);
    CHECK(makeDialect(socket.uri())->driverName() == u"QPSQL"_s);
}

TEST_CASE("A server location's libpq settings: the connection's security is passed on, anything "
          "else is refused rather than ignored",
          "[postgres][location]")
{
    const auto full = PostgresLocation::parse(
        u"postgresql://db.dinsos/aduan?user=rina&port=5433&sslmode=verify-full"
        "&sslrootcert=/etc/aduan/ca.pem"_s);
    REQUIRE(full.has_value());
    CHECK(full->user == u"rina"_s);
    CHECK(full->port == 5433);
    REQUIRE(full->options.size() == 2);
    CHECK(full->options.at(0) == std::pair{u"sslmode"_s, u"verify-full"_s});
    CHECK(full->options.at(1) == std::pair{u"sslrootcert"_s, u"/etc/aduan/ca.pem"_s});
    // Made back into a location, the settings stay.
    const auto back = PostgresLocation::parse(full->uri());
    REQUIRE(back.has_value());
    CHECK(back->options == full->options);
    // dbname as a setting names the database.
    CHECK(PostgresLocation::parse(u"postgresql:///?dbname=aduan&host=/run/postgresql"_s)->database
          == u"aduan"_s);

    // The settings reach the driver's connection options, after Aduan's own.
    PostgresDialect pg;
    const QString name = u"location-options-test"_s;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        connection.setConnectOptions(pg.connectOptions(5000, false));
        pg.setLocation(connection, u"postgresql://db.dinsos/aduan?sslmode=require"_s);
        CHECK(connection.connectOptions().endsWith(u";sslmode=require"_s));
        CHECK(connection.connectOptions().startsWith(u"connect_timeout="_s));
        // A setting Aduan does not pass on: a clear refusal, not a connection without it.
        CHECK_THROWS_AS(pg.setLocation(connection, u"postgresql://db.dinsos/aduan?sslmod=require"_s),
                        Error);
    }
    QSqlDatabase::removeDatabase(name);

    CHECK_FALSE(PostgresLocation::parse(u"postgresql://db.dinsos/aduan?sslmod=require"_s));
    CHECK_FALSE(PostgresLocation::parse(u"postgresql://db.dinsos/aduan?options=-c%20x=1"_s));
    CHECK_FALSE(PostgresLocation::parse(u"postgresql://db.dinsos/aduan?sslrootcert=/a%20b.pem"_s));
    CHECK_FALSE(PostgresLocation::parse(u"postgresql://db.dinsos/aduan?sslmode=require;x"_s));
}
