#pragma once

#include <QString>

#include <memory>

namespace aduan {

class Database;

/// The program working as the logged-in person's own PostgreSQL role (issue 17, second part):
/// the connection a person's session runs on, and what such a session needs of the server
/// (resources/sql/postgres/010_person_sessions.sql). The login itself, and its one message for
/// every refusal, is Authenticator::openPersonSession() (auth/authenticator.h).
namespace personroles {

/// The login role of the person who logs in as `username` on `db` (app_user.db_role, made by
/// enrol()), read by the office's own connection before anyone has logged in; empty when that
/// person has none, the database has no person roles (available()), or `db` is the shared
/// file. Never throws.
QString roleOfUsername(const Database &db, const QString &username);

/// Opens the database of `office` again, as `role` with `password`: the same server, port,
/// database and connection security as the office's location, the user and password replaced.
/// The server checks the password (SCRAM-SHA-256) and refuses a role that may not log in (an
/// inactive account: NOLOGIN). The Database returned is a person's session
/// (Database::isPersonSession()): everything it does runs under the server's rules for that
/// person. Throws what Database's constructor throws: Error(FileMissing) with the server's
/// words when it refuses the role or the password (or cannot be reached), Error(Invalid) on the
/// shared file.
std::unique_ptr<Database> openSession(const Database &office, const QString &role,
                                      const QString &password);

/// Appends a described history entry (AuditLog: the program's words for a change) from a
/// person's session, through the server: aduan_describe() stamps it with the server's time and
/// the session's role and chains it after the triggers' entries of the same change.
/// `oldValue`/`newValue`: compact JSON objects ('' for none); every value is stored as text.
/// Must run inside Database::write(). Returns the entry's id. Throws Error(Storage) when the
/// server refuses (an action beginning "sql.", the office's own connection).
qint64 describe(Database &db, const QString &action, const QString &entity, qint64 entityId,
                const QString &oldValue, const QString &newValue);

} // namespace personroles

} // namespace aduan
