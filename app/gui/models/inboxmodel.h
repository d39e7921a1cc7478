#pragma once

#include "queries/intakebook.h"

#include "models/complaintlistmodel.h"

#include <QList>
#include <QTimeZone>

namespace aduan::gui {

/// The complaints waiting for the viewer (IntakeBook::inbox), each with its step's time left in
/// working time, coloured by the clock's state.
class InboxModel : public ComplaintListModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int complaintCount() const override { return int(m_items.size()); }
    qint64 complaintIdAt(int row) const override { return m_items.at(row).row.complaintId; }
    QStringList headings() const override;

    QList<InboxItem> m_items;
    QTimeZone m_zone;
};

} // namespace aduan::gui
