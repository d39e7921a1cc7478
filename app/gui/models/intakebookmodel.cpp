#include "models/intakebookmodel.h"

#include "common/palette.h"
#include "models/stepclockstyle.h"
#include "session/session.h"
#include "storage/database.h"
#include "support/officetime.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace aduan::gui {

IntakeBookModel::IntakeBookModel(Session &session, QObject *parent, int pageSize)
    : ComplaintListModel(ColumnCount, parent)
    , m_session(session)
    , m_pageSize(std::max(1, pageSize))
{
}

void IntakeBookModel::setFilter(const IntakeBookFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_clocks.clear();
    endResetModel();
    load(m_pageSize);
}

std::optional<IntakeBookSort> IntakeBookModel::sortKeyOf(int column)
{
    switch (column) {
    case Number:
        return IntakeBookSort::AgendaNumber;
    case Received:
        return IntakeBookSort::ReceivedAt;
    case Complainant:
        return IntakeBookSort::Complainant;
    case Status:
        return IntakeBookSort::Status;
    default:
        return std::nullopt;
    }
}

int IntakeBookModel::columnOf(IntakeBookSort sort)
{
    switch (sort) {
    case IntakeBookSort::AgendaNumber:
        return Number;
    case IntakeBookSort::ReceivedAt:
        return Received;
    case IntakeBookSort::Complainant:
        return Complainant;
    case IntakeBookSort::Status:
        return Status;
    }
    return Received;
}

void IntakeBookModel::reload()
{
    load(std::max<int>(m_pageSize, int(m_rows.size())));
}

bool IntakeBookModel::load(int count)
{
    QList<IntakeBookRow> rows;
    qint64 total = 0;
    try {
        const IntakeBook book = m_session.intakeBook();
        m_zone = m_session.officeZone();
        m_session.database().read([&] {
            total = book.count(m_session.userId(), m_filter);
            rows = book.page(m_session.userId(), m_filter, m_sort, m_descending, 0, count);
        });
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return false;
    } catch (const std::exception &e) {
        emit loadFailed(QString::fromLocal8Bit(e.what()));
        return false;
    }
    bool sameShape = rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).complaintId == m_rows.at(i).complaintId;
    m_clocks.clear();
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (total != m_total) {
        m_total = total;
        emit totalChanged(m_total);
    } else {
        m_total = total;
    }
    return true;
}

void IntakeBookModel::refreshClocks()
{
    m_clocks.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Step), index(rowCount() - 1, TimeLeft));
}

const IntakeBookRow *IntakeBookModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<StepClock> IntakeBookModel::clockOf(const IntakeBookRow &row) const
{
    if (row.currentStep == 0)
        return std::nullopt;
    const auto cached = m_clocks.constFind(row.complaintId);
    if (cached != m_clocks.constEnd())
        return *cached;
    std::optional<StepClock> clock;
    try {
        const IntakeBook book = m_session.intakeBook();
        const ComplaintRecord record = book.complaint(m_session.userId(), row.complaintId);
        if (const StepState *step = record.currentStep())
            clock = book.stepClock(record, *step);
    } catch (...) {
        clock.reset(); // shown as unknown; the next refresh tries again
    }
    m_clocks.insert(row.complaintId, clock);
    return clock;
}

QVariant IntakeBookModel::data(const QModelIndex &index, int role) const
{
    const IntakeBookRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return row->agendaNumber;
        case Received:
            return officetime::shortDateTime(row->receivedAt, m_zone);
        case Complainant:
            return row->complainantName;
        case Channel:
            return channelLabel(row->channel);
        case Subject:
            return row->subject;
        case Status:
            return statusLabel(row->status); // a word of a closed set, read whole
        case Step:
            // A voided complaint stands nowhere in the SOP: its place says why it was voided
            // ("Dibatalkan: <reason>"; a long reason whole in the tooltip).
            if (row->currentStep > 0)
                return tr("%1 · %2").arg(row->currentStep).arg(roleTitle(row->currentActor));
            return row->status == ComplaintStatus::Voided ? statusLine(*row) : QString();
        case TimeLeft:
            if (row->status == ComplaintStatus::Paused)
                return tr("On hold");
            if (const auto clock = clockOf(*row))
                return stepclockstyle::timeLeft(*clock);
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == Received)
            return officetime::longDateTime(row->receivedAt, m_zone);
        if (column == Subject)
            return row->subject;
        if (column == Status || (column == Step && row->status == ComplaintStatus::Voided))
            return statusLine(*row);
        if (column == TimeLeft) {
            if (const auto clock = clockOf(*row); clock && clock->dueAt.isValid())
                return tr("Due %1").arg(officetime::longDateTime(clock->dueAt, m_zone));
        }
        break;
    case Qt::BackgroundRole:
        if (column == TimeLeft && row->currentStep > 0) {
            if (const auto clock = clockOf(*row))
                return stepclockstyle::background(clock->state);
        }
        break;
    case Qt::ForegroundRole:
        if (column == TimeLeft && row->currentStep > 0) {
            if (const auto clock = clockOf(*row))
                return stepclockstyle::foreground(clock->state);
        }
        if (row->status == ComplaintStatus::Voided)
            return palette::color(palette::dimmedText);
        break;
    case ComplaintIdRole:
        return row->complaintId;
    case RowVersionRole:
        return row->rowVersion;
    case ClockStateRole:
        if (const auto clock = clockOf(*row))
            return int(clock->state);
        return {};
    default:
        break;
    }
    return {};
}

QVariant IntakeBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return sortKeyOf(section) ? tr("Click to sort by this column")
                                  : tr("The register cannot be sorted by this column");
    }
    return ComplaintListModel::headerData(section, orientation, role);
}

QStringList IntakeBookModel::headings() const
{
    // In the order of Column.
    return {tr("Number"), tr("Received"), tr("Complainant"), tr("Channel"), tr("Subject"),
            tr("Status"), tr("Current step"), tr("Time left")};
}

void IntakeBookModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*key == m_sort && descending == m_descending)
        return;
    m_sort = *key;
    m_descending = descending;
    beginResetModel();
    m_rows.clear();
    m_clocks.clear();
    endResetModel();
    load(m_pageSize);
}

bool IntakeBookModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void IntakeBookModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    QList<IntakeBookRow> rows;
    try {
        rows = m_session.intakeBook().page(m_session.userId(), m_filter, m_sort, m_descending,
                                           int(m_rows.size()), m_pageSize);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return;
    } catch (const std::exception &e) {
        emit loadFailed(QString::fromLocal8Bit(e.what()));
        return;
    }
    if (rows.isEmpty()) {
        // Fewer rows than counted (another PC voided/changed meanwhile): take the total as seen.
        m_total = m_rows.size();
        emit totalChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows << rows;
    endInsertRows();
}

} // namespace aduan::gui
