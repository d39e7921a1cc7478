#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace aduan {

class Database;

/// The digest (SHA-256, hex) of the rows a history entry speaks for, as they are now: for a
/// complaint its row and every row of its steps, requirements, evidence, attachments (their
/// names, types, sizes and checksums), pauses and outputs; for a user the account (without the
/// password hash and the login counters, which logins change) and its roles; for "setting" every
/// setting and complaint class; for "category" every category; for an agency, a delegation or
/// an SOP revision its row(s). std::nullopt for any other entity (the database itself, demo
/// data). Values are read column by column in a fixed order; must run inside a transaction or
/// on a quiet database for a consistent answer.
std::optional<QString> rowSeal(const Database &db, const QString &entity, qint64 entityId);

/// The rows changed outside Aduan: for every record whose newest sealed history entry
/// (AuditLog::append stores rowSeal() with each entry) no longer matches its rows, one line
/// naming the record ("complaint 12 (0001/ADUAN/III/2026)", "user 5 (lina)", ...) and that
/// entry. Records never sealed (written before this check existed, or by the demo generator)
/// cannot be judged and are not listed.
QStringList rowsChangedOutside(const Database &db);

} // namespace aduan
