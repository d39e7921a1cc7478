#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace aduan {

/// Instants are stored as UTC text of one fixed width, "yyyy-MM-ddTHH:mm:ss.zzzZ"
/// (ISO 8601, e.g. "2026-03-02T02:04:10.000Z"), so that text order is time order in SQL and a
/// value reads the same in any tool. Converts from any time spec; an invalid QDateTime gives a
/// null QString (stored as NULL).
QString toStorageTime(const QDateTime &instant);

/// toStorageTime() as a value to bind: SQL NULL for an invalid QDateTime.
QVariant storageTimeOrNull(const QDateTime &instant);

/// Parses a value written by toStorageTime() back into a UTC QDateTime; null or malformed text
/// gives an invalid QDateTime.
QDateTime fromStorageTime(const QString &text);

/// Dates without a time (holidays, delegations) are stored as "yyyy-MM-dd".
QString toStorageDate(QDate date);
QDate fromStorageDate(const QString &text);

} // namespace aduan
