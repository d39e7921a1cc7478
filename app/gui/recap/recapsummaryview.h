#pragma once

#include <QScrollArea>

class QTableWidget;

namespace aduan::gui {

struct RecapData;

/// The recap page's summary tab: received, completed and carried over; overall deadline
/// compliance; referrals; and what was received by channel, status at the period's end,
/// category and class — each beside the previous period. It shows the lines the core merged
/// (recap/recapcomparison.h) and words them; it counts and folds nothing itself.
class RecapSummaryView : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecapSummaryView)

public:
    explicit RecapSummaryView(QWidget *parent = nullptr);

    /// Shows `data` (nullptr: empty tables) under the column headings `currentName` and
    /// `previousName` ("Mar 2026").
    void showRecap(const RecapData *data, const QString &currentName,
                   const QString &previousName);

    QTableWidget *complaintsTable() const { return m_complaints; }
    QTableWidget *deadlineTable() const { return m_deadline; }
    QTableWidget *channelTable() const { return m_channels; }
    QTableWidget *statusTable() const { return m_statuses; }
    QTableWidget *categoryTable() const { return m_categories; }
    QTableWidget *classTable() const { return m_classes; }
    QTableWidget *referralTable() const { return m_referrals; }

private:
    QList<QTableWidget *> tables() const;
    void showFigures(const RecapData &data);

    QTableWidget *m_complaints = nullptr;
    QTableWidget *m_deadline = nullptr;
    QTableWidget *m_channels = nullptr;
    QTableWidget *m_statuses = nullptr;
    QTableWidget *m_categories = nullptr;
    QTableWidget *m_classes = nullptr;
    QTableWidget *m_referrals = nullptr;
};

} // namespace aduan::gui
