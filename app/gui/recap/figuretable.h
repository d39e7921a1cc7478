#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QGroupBox;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace aduan::gui::figures {

// The recap screen's tables of figures: how a figure looks (right-aligned, zero dimmed), not
// what it is; the figures come from the core (buildRecap, recap/recapcomparison.h).

/// A figure table scrolls beyond this many rows.
inline constexpr int kMaxFigureRows = 9;

/// A count in the office locale ("1.234").
QString number(qint64 value);
/// A share in whole percent from percentOf(): "50%"; "—" when there is nothing to share.
QString percent(std::optional<int> share);

/// A read-only text cell, its text also as tooltip.
QTableWidgetItem *textItem(const QString &text);
/// A number, right-aligned; `zero` dims it so that the figures that matter stand out.
QTableWidgetItem *figureItem(const QString &text, bool zero = false);
/// A count (number()), dimmed when 0.
QTableWidgetItem *countItem(qint64 value);

/// A read-only table with `headers`, whole rows selected, no vertical header.
QTableWidget *newTable(const QStringList &headers);
/// A table of one figure per row: the item (`itemHeading`), this period, the previous period.
QTableWidget *newFigureTable(const QString &itemHeading);
/// Makes a table exactly as tall as its rows (up to `maxRows`, then it scrolls).
void fitHeight(QTableWidget *table, int maxRows);
/// `content` in a titled group box.
QGroupBox *group(const QString &title, QWidget *content);

/// One row of a figure table.
struct FigureRow {
    QString label;
    QString current;
    QString previous;
    bool zeroCurrent = false;
    bool zeroPrevious = false;
    QString toolTip;
};

/// A row of two counts.
FigureRow counts(const QString &label, qint64 current, qint64 previous);
/// Replaces the rows of a newFigureTable(), then fits its height to at most `maxRows`.
void setFigureRows(QTableWidget *table, const QList<FigureRow> &rows,
                   int maxRows = kMaxFigureRows);

} // namespace aduan::gui::figures
