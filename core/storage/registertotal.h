#pragma once

#include <QStringList>

namespace aduan {

class Database;
struct IntakeBookFilter;

/// The register's stored total (migration 12, issue 22): agenda_sequence.registered holds, per
/// agenda year, the number of complaint rows of that year, voided ones included. The store's
/// triggers keep it in the transaction that inserts or deletes a complaint, so that the
/// register's first page on a shared file reads one small table instead of an index of every
/// complaint (README, "On a network share").

/// Whether `filter` is the whole register (no dates, status, channel, step or search; voided
/// complaints included): the filter whose total is the stored one. The viewer's rights do not
/// change a total (a confidential complaint is counted for everyone, its name is hidden).
bool isWholeRegister(const IntakeBookFilter &filter);

/// The number of complaints in the register (voided included), from the stored counts: one
/// small table read. Storage errors as aduan::Error (SqlQuery).
qint64 storedRegisterTotal(const Database &db);

/// Sets every agenda year's stored count from the complaint rows themselves (adding a year the
/// complaints have but agenda_sequence lacks), for writers that load complaints with the
/// triggers dropped or bring the counts from elsewhere: the bulk writer (aduan-cli demo-data)
/// and the copy between stores (aduan-cli migrate). Reads every complaint's year once. Must run
/// inside Database::write(). Storage errors as aduan::Error (SqlQuery).
void recountRegistered(const Database &db);

/// The stored counts that disagree with the complaints: for every agenda year whose stored
/// count differs from the number of complaint rows of that year (a year with complaints but no
/// stored count reads 0), one line naming the year and both numbers. Empty when all agree.
/// Reads every complaint's year once (about a second at a million); run inside a transaction
/// for a consistent answer. Storage errors as aduan::Error (SqlQuery).
QStringList registerTotalFindings(const Database &db);

} // namespace aduan
