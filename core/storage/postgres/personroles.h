#pragma once

#include <QString>

#include <optional>

namespace aduan {

class Database;

/// Each person as a PostgreSQL role of their own (issue 17): the login roles the server checks
/// passwords for (SCRAM-SHA-256) and the group roles (NOLOGIN) of the office roles and of the
/// right to see confidential identities, made by migration 7 of the PostgreSQL store
/// (resources/sql/postgres/007_person_roles.sql, which also holds the rules the server keeps
/// for them: hidden identities, steps by their actor, history written by triggers). The shared
/// file has no such roles: there each function says so and changes nothing.
namespace personroles {

/// Whether `db` can give people roles of their own: a PostgreSQL database whose group roles
/// exist (its migration was run by a role with CREATEROLE). Never throws.
bool available(const Database &db);

/// Makes the login role of user `userId` (app_user.id), or brings an existing one up to date
/// with the account: named "<database>_<username>" (roles are cluster-wide: the database's
/// name keeps two offices on one server apart), a member of the person group, of the groups of
/// the user's office roles and of the confidential group when the user has that right, LOGIN
/// while the account is active. `password` (std::nullopt: unchanged) goes to the server, which
/// keeps only its SCRAM-SHA-256 verifier. Must run inside Database::write(); the connection's
/// role needs CREATEROLE. Returns the role's name. Throws Error(Storage) when the server
/// refuses (e.g. no CREATEROLE), Error(Invalid) on the shared file.
QString enrol(Database &db, qint64 userId, const std::optional<QString> &password);

/// The login role of user `userId`, empty when the user has none.
QString roleOf(const Database &db, qint64 userId);

} // namespace personroles

} // namespace aduan
