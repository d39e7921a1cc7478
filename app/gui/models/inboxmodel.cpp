#include "models/inboxmodel.h"

#include "models/stepclockstyle.h"
#include "support/officetime.h"

using namespace Qt::StringLiterals;

namespace aduan::gui {

InboxModel::InboxModel(QObject *parent)
    : ComplaintListModel(ColumnCount, parent)
{
}

void InboxModel::setItems(const QList<InboxItem> &items, const QTimeZone &officeZone)
{
    m_zone = officeZone;
    bool sameShape = items.size() == m_items.size();
    for (int i = 0; sameShape && i < items.size(); ++i)
        sameShape = items.at(i).row.complaintId == m_items.at(i).row.complaintId;
    if (sameShape) {
        m_items = items;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

const InboxItem *InboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const InboxItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const IntakeBookRow &row = item->row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.agendaNumber;
        case Received:
            return officetime::shortDateTime(row.receivedAt, m_zone);
        case Complainant:
            return row.complainantName;
        case Subject:
            return row.subject;
        case Step:
            return tr("%1 · %2").arg(row.currentStep).arg(roleTitle(row.currentActor));
        case TimeLeft:
            return stepclockstyle::timeLeft(item->clock);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft || index.column() == Step) {
            QString tip = stepclockstyle::stateName(item->clock.state);
            tip += u'\n';
            tip += tr("Used %1 of %2 minutes")
                       .arg(formatWorkingDuration(item->clock.workedSeconds))
                       .arg(item->clock.targetSeconds / 60);
            if (item->clock.dueAt.isValid()) {
                tip += u'\n';
                tip += tr("Due %1").arg(officetime::longDateTime(item->clock.dueAt, m_zone));
            }
            return tip;
        }
        if (index.column() == Received || index.column() == Number)
            return tr("Received %1").arg(officetime::longDateTime(row.receivedAt, m_zone));
        if (index.column() == Complainant)
            return row.complainantName;
        if (index.column() == Subject)
            return row.subject;
        break;
    case Qt::BackgroundRole:
        return stepclockstyle::background(item->clock.state);
    case Qt::ForegroundRole:
        if (index.column() == TimeLeft)
            return stepclockstyle::foreground(item->clock.state);
        break;
    case ComplaintIdRole:
        return row.complaintId;
    case ClockStateRole:
        return int(item->clock.state);
    default:
        break;
    }
    return {};
}

QStringList InboxModel::headings() const
{
    // In the order of Column.
    return {tr("Number"), tr("Received"), tr("Complainant"), tr("Subject"), tr("Step"),
            tr("Time left")};
}

} // namespace aduan::gui
