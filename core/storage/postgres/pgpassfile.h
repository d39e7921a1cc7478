#pragma once

#include "storage/postgres/postgreslocation.h"

#include <QString>

namespace aduan {

/// libpq's password file, where a PC remembers the password of a PostgreSQL server location so
/// that the location kept in the settings never holds it
/// (https://www.postgresql.org/docs/15/libpq-pgpass.html): the file PGPASSFILE names, else
/// `~/.pgpass` (Windows: `%APPDATA%\postgresql\pgpass.conf`). Lines
/// `hostname:port:database:username:password`, `*` matching anything, `:` and `\` escaped with
/// `\`; the first matching line wins; on Unix libpq ignores the file unless only its owner may
/// read it (mode 0600).
class PgPassFile
{
public:
    /// The file libpq reads for this user now.
    static QString path();

    /// Puts `password` for `location` (its host — a socket directory as it is; none:
    /// `localhost` —, port — 0: `*` —, database and user — empty: `*`) first in the file,
    /// replacing a line for exactly the same four fields and keeping every other line. Creates
    /// the file (and its folder) when missing; the file is replaced whole (QSaveFile) and left
    /// readable by its owner only.
    /// Throws aduan::Error(Storage) naming the file when it cannot be written.
    static void remember(const PostgresLocation &location, const QString &password);

    /// The line remember() writes for `location` (without the newline).
    static QString line(const PostgresLocation &location, const QString &password);
};

} // namespace aduan
