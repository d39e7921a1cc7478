#pragma once

#include <QList>
#include <QString>

#include <utility>

#include <optional>

namespace aduan {

/// Where a PostgreSQL database is, from a location of the form
/// `postgresql://user[:password]@host[:port]/dbname` or, for a Unix socket,
/// `postgresql:///dbname?host=/socket/dir` (the URI form of libpq's connection strings,
/// https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING; `postgres://` is
/// accepted too). A part left out stays empty (port 0): libpq then takes it from its environment
/// variables PGHOST, PGPORT, PGUSER, PGPASSWORD (and PGDATABASE), then from its defaults.
/// Query items may also give libpq's `host`, `port`, `user`, `password` and `dbname`, and the
/// connection's security: `sslmode`, `sslrootcert`, `sslcert`, `sslkey`, `sslcrl`,
/// `channel_binding`, `gssencmode`, `krbsrvname`, `requirepeer`, `target_session_attrs` —
/// any other item makes the location one Aduan does not understand (rather than a setting
/// such as `sslmode=require` silently ignored).
struct PostgresLocation {
    QString host;     ///< a host name or address, or a socket directory (starts with '/')
    int port = 0;     ///< 0: libpq's default (PGPORT, else 5432)
    QString user;
    QString password;
    QString database;
    /// The other libpq connection parameters given (name, value), in the order given; each value
    /// without spaces or ';' (the form Qt's driver passes on).
    QList<std::pair<QString, QString>> options;

    /// True for a location that names PostgreSQL (starts `postgresql://` or `postgres://`).
    static bool names(const QString &location);
    /// The parts of `location`; std::nullopt when it does not name PostgreSQL or is not a
    /// well-formed URI (a bad port, say).
    static std::optional<PostgresLocation> parse(const QString &location);
    /// `location` with any password left out, for messages and logs.
    static QString shown(const QString &location);

    /// These parts as a location that parse() reads back to the same parts: `postgresql://`,
    /// the user (and, with `withPassword`, the password), the host — a socket directory as the
    /// `host=` query item —, the port unless 0, the database, then the options as query items;
    /// each part percent-encoded. Parts
    /// left empty are left out (libpq's environment and defaults fill them in).
    QString uri(bool withPassword = false) const;
};

} // namespace aduan
