#include "recap/figuretable.h"

#include "support/officetime.h"

#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan::gui::figures {

QString number(qint64 value)
{
    return officetime::locale().toString(value);
}

QString percent(std::optional<int> share)
{
    if (!share)
        return u"—"_s;
    QString text = officetime::locale().toString(*share);
    text += u'%';
    return text;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *figureItem(const QString &text, bool zero)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (zero)
        item->setForeground(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    return item;
}

QTableWidgetItem *countItem(qint64 value)
{
    return figureItem(number(value), value == 0);
}

QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidget *newFigureTable(const QString &itemHeading)
{
    QTableWidget *table = newTable({itemHeading, QString(), QString()});
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return table;
}

void fitHeight(QTableWidget *table, int maxRows)
{
    const int rows = std::clamp(table->rowCount(), 1, maxRows);
    const int height = table->horizontalHeader()->sizeHint().height()
                       + rows * table->verticalHeader()->defaultSectionSize()
                       + 2 * table->frameWidth();
    table->setFixedHeight(height);
}

QGroupBox *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(content);
    return box;
}

FigureRow counts(const QString &label, qint64 current, qint64 previous)
{
    return {label, number(current), number(previous), current == 0, previous == 0, {}};
}

void setFigureRows(QTableWidget *table, const QList<FigureRow> &rows, int maxRows)
{
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const FigureRow &row = rows.at(r);
        QTableWidgetItem *label = textItem(row.label);
        if (!row.toolTip.isEmpty())
            label->setToolTip(row.toolTip);
        table->setItem(r, 0, label);
        table->setItem(r, 1, figureItem(row.current, row.zeroCurrent));
        table->setItem(r, 2, figureItem(row.previous, row.zeroPrevious));
    }
    fitHeight(table, maxRows);
}

} // namespace aduan::gui::figures
