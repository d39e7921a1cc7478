#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace aduan::gui::admintable {

// The lists of the administrator's pages (users, delegations): how they look, nothing else.

/// A read-only table with the column `headers`: no row numbers, whole rows selected, the last
/// column stretched to the table's width.
QTableWidget *newTable(const QStringList &headers);

/// A read-only, selectable cell showing `text`.
QTableWidgetItem *cell(const QString &text);

} // namespace aduan::gui::admintable
