#pragma once

#include <QList>
#include <QStringList>

namespace aduan {

struct MonthlyRecap;

/// The recap's figures as rows of text — heading row first: "Bagian", "Uraian", this period,
/// the previous period — shared by the CSV and XLSX exports. Indonesian, like the printed recap.
QList<QStringList> recapTable(const MonthlyRecap &recap);

} // namespace aduan
