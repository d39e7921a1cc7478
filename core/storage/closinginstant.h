#pragma once

#include <QStringList>

namespace aduan {

class Database;

/// The stored closing instants that disagree with the step records: for every complaint whose
/// complaint.closed_at (migration 8: the instant its SOP revision's last step was completed,
/// NULL while it is not) differs from that step record's completed_at, one line naming the
/// complaint and both values (UTC, as stored). Empty when all agree. Reads every complaint once
/// (seconds at a million); run inside a transaction for a consistent answer. Storage errors
/// as aduan::Error (SqlQuery).
QStringList closingInstantFindings(const Database &db);

} // namespace aduan
