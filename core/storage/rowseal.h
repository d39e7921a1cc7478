#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace aduan {

class Database;

/// The digest (SHA-256, hex) of the rows a history entry speaks for, as they are now: for a
/// complaint its row and every row of its steps, requirements, evidence, attachments (their
/// names, types, sizes and checksums), pauses and outputs; for a user the account with its
/// password hash and row version (prefixed "2:", the seal's second format; issue 14) and its
/// roles — without the login counters (failed_logins, locked_until): every wrong password
/// changes them, typed by anyone at the login screen, and a history entry for each would let
/// anyone grow the history at will; what changing them outside Aduan gains is bounded (a lockout
/// lifted early: more guesses, each still a full Argon2id check) — and without the server
/// role's name (db_role). Seals of the first format (before issue 14) are still checked as they
/// were made. For "setting" every
/// setting and complaint class; for "category" every category; for an agency, a delegation or
/// an SOP revision its row(s); for "skm" (id 0) the whole survey — questionnaires, each
/// complaint's outcome, the anonymous responses and their answers, one record so that no entry
/// names a response; for "incoming_message" an SMS or website message of SMS masuk, as received
/// and as settled (its replies' delivery states left out: the SMS daemon's side writes them).
/// std::nullopt for any other entity (the database itself, demo
/// data). Values are read column by column in a fixed order; must run inside a transaction or
/// on a quiet database for a consistent answer.
std::optional<QString> rowSeal(const Database &db, const QString &entity, qint64 entityId);

/// The seals rowSeal() gives the complaints whose ids lie in [firstId, lastId]: complaint id ->
/// seal, read with one statement per table for the whole range instead of a few per complaint
/// (BulkWriter seals each batch it writes so). Must run inside a transaction (or on a quiet
/// database) for a consistent answer. Throws what the reads throw (aduan::Error, Storage ...).
QHash<qint64, QString> complaintSealsBetween(const Database &db, qint64 firstId, qint64 lastId);

/// Gives every record without a sealed history entry one (and every user sealed in the first
/// format one of the current format), so that `aduan-cli check` can judge it from now on:
/// records written before seals existed (schema 4), by the demo generator's bulk path, or by an
/// older program. One entry each, `action`, entity and id of the record, by no user, at `at`
/// (AuditLog::append(): never before the newest entry), new value {"sealed": "rows as found"}.
/// The rows are sealed as they are found: what was changed outside Aduan before cannot be told
/// apart any more — except a user whose first-format seal no longer matches, which is left
/// unsealed so that check still names it. Must run inside Database::write(). Returns how many
/// records were sealed. Throws what AuditLog::append() and the reads throw.
qint64 sealUnsealedRecords(Database &db, const QDateTime &at, const QString &action);

/// The rows changed outside Aduan: for every record whose newest sealed history entry
/// (AuditLog::append stores rowSeal() with each entry) no longer matches its rows, one line
/// naming the record ("complaint 12 (0001/ADUAN/III/2026)", "user 5 (lina)", ...) and that
/// entry. Records never sealed (written before this check existed, or by the demo generator)
/// cannot be judged and are not listed.
QStringList rowsChangedOutside(const Database &db);

} // namespace aduan
