#pragma once

#include <QString>

namespace aduan {

/// Password hashing with Argon2id through libsodium's crypto_pwhash_str at its "interactive"
/// limits (OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE: about 64 MiB and a tenth of a second).
/// The result is the self-describing "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string; the
/// clear password is never stored, logged or printed.
namespace password {

/// The shortest password accepted, in characters.
constexpr int kMinimumLength = 8;

/// Throws aduan::Error(Invalid) when `clear` is shorter than kMinimumLength: the one rule for
/// every password, the program's own and a database server's (Administration::givePersonRole()).
void requireAcceptable(const QString &clear);
/// Hashes a password. Throws aduan::Error(Invalid) when it is shorter than kMinimumLength, and
/// aduan::Error(Storage) when libsodium cannot allocate its memory.
QString hash(const QString &clear);
/// True when `clear` matches `storedHash`. Constant-time in the hash comparison. An empty
/// `storedHash` (a person whose password the database server keeps: Administration::
/// givePersonRole()) matches no password.
bool verify(const QString &storedHash, const QString &clear);
/// True when `storedHash` was made with weaker limits than the current ones: rehash at login.
bool needsRehash(const QString &storedHash);

} // namespace password
} // namespace aduan
