#pragma once

#include "domain/intakebook.h"
#include "models/complaintlistmodel.h"
#include "workflow/stepclock.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace aduan::gui {

class Session;

/// The Buku Penerimaan Pengaduan as a table: the total comes from IntakeBook::count
/// (COUNT(*)), never from the rows fetched so far; rows come in pages (offset/limit) as the view
/// scrolls (canFetchMore/fetchMore), so scrolling to the end shows the last complaint.
class IntakeBookModel : public ComplaintListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeBookModel)

public:
    enum Column { Number, Received, Complainant, Channel, Subject, Status, Step, TimeLeft,
                  ColumnCount };
    enum ItemRole {
        ComplaintIdRole = Qt::UserRole + 1,
        RowVersionRole,
        ClockStateRole, ///< StepClock::State as int; invalid when no step is open
    };

    explicit IntakeBookModel(Session &session, QObject *parent = nullptr, int pageSize = 200);

    IntakeBookFilter filter() const { return m_filter; }
    /// Applies a filter and reloads from the first page.
    void setFilter(const IntakeBookFilter &filter);
    IntakeBookSort sortKey() const { return m_sort; }
    bool descending() const { return m_descending; }
    /// The sort key of a column, or nullopt when the column cannot be sorted.
    static std::optional<IntakeBookSort> sortKeyOf(int column);
    static int columnOf(IntakeBookSort sort);

    /// The number of complaints matching the filter (COUNT(*)).
    qint64 total() const { return m_total; }
    /// Reloads: the total again and as many rows as were fetched (keeps the scroll position).
    void reload();
    /// Forgets the computed clocks and repaints the time-left column.
    void refreshClocks();

    const IntakeBookRow *rowAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);
    /// Loading failed (database away, locked, ...): the message says what to do.
    void loadFailed(const QString &message);

private:
    int complaintCount() const override { return int(m_rows.size()); }
    qint64 complaintIdAt(int row) const override { return m_rows.at(row).complaintId; }
    QStringList headings() const override;
    std::optional<StepClock> clockOf(const IntakeBookRow &row) const;
    bool load(int count);

    Session &m_session;
    int m_pageSize;
    IntakeBookFilter m_filter;
    IntakeBookSort m_sort = IntakeBookSort::ReceivedAt;
    bool m_descending = true;
    qint64 m_total = 0;
    QList<IntakeBookRow> m_rows;
    QTimeZone m_zone;
    mutable QHash<qint64, std::optional<StepClock>> m_clocks;
};

} // namespace aduan::gui
