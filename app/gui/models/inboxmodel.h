#pragma once

#include "queries/intakebook.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace aduan::gui {

/// The complaints waiting for the viewer (IntakeBook::inbox), each with its step's time left in
/// working time, coloured by the clock's state.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column { Number, Received, Complainant, Subject, Step, TimeLeft, ColumnCount };
    enum ItemRole {
        ComplaintIdRole = Qt::UserRole + 1,
        ClockStateRole, ///< StepClock::State as int
    };

    explicit InboxModel(QObject *parent = nullptr);

    /// Replaces the items; keeps the view's rows when the list did not change in shape.
    void setItems(const QList<InboxItem> &items, const QTimeZone &officeZone);
    const QList<InboxItem> &items() const { return m_items; }
    const InboxItem *itemAt(int row) const;
    int rowOf(qint64 complaintId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InboxItem> m_items;
    QTimeZone m_zone;
};

} // namespace aduan::gui
