#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace aduan::gui {

/// What the tables of complaints (the inbox, the intake book) share: one complaint a row, found
/// by its id; a fixed number of columns; headings on the horizontal header only. A subclass
/// says how many rows it holds, which complaint a row is, and its headings.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintListModel)

public:
    /// The row of a complaint among the rows held (for the intake book: fetched so far), or -1.
    int rowOf(qint64 complaintId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// headings() for Qt::DisplayRole of a horizontal section; nothing otherwise.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ComplaintListModel(int columnCount, QObject *parent);

    /// The number of rows held.
    virtual int complaintCount() const = 0;
    /// The complaint id of `row`, 0 <= row < complaintCount().
    virtual qint64 complaintIdAt(int row) const = 0;
    /// The column headings in column order, translated (asked each time: the language may change).
    virtual QStringList headings() const = 0;

private:
    int m_columnCount;
};

} // namespace aduan::gui
