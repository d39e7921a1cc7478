#include "models/complaintlistmodel.h"

namespace aduan::gui {

ComplaintListModel::ComplaintListModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

int ComplaintListModel::rowOf(qint64 complaintId) const
{
    const int count = complaintCount();
    for (int i = 0; i < count; ++i) {
        if (complaintIdAt(i) == complaintId)
            return i;
    }
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : complaintCount();
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names = headings();
    if (section < 0 || section >= names.size())
        return {};
    return names.at(section);
}

} // namespace aduan::gui
