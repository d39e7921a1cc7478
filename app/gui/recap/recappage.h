#pragma once

#include "recap/recapbuilder.h"
#include "recap/recapstepsview.h"

#include <QIcon>
#include <QWidget>

#include <memory>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace aduan::gui {

class RecapSummaryView;
class ResultBanner;
class Session;

/// The Rekapitulasi (SOP, Pencatatan dan Pendataan 3) on screen, for the secretary, the head and
/// the administrator: a month (or a whole year) beside the period before it — complaints
/// received by channel, category, class and status at the period's end, completed, carried in
/// and over, voided, referrals, overall deadline compliance, per-step figures and the deviation
/// list with reasons — and three charts. Exports the recap (CSV, XLSX) and hands it to the
/// print seam. The figures come from the core (buildRecap); this page only shows them.
///
/// The recap is built when the page is first shown, and again when the period changes or the
/// data changes while the page is visible: on a worker thread (RecapBuilder), as a month of a
/// large database takes some tenths of a second; the figures shown stay until the new ones come.
class RecapPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecapPage)

public:
    explicit RecapPage(Session &session, QWidget *parent = nullptr);
    ~RecapPage() override;

    /// The icon of the page's tab in the workspaces.
    static QIcon icon();

    /// Shows the recap of `month` (1–12) of `year`, or of the whole year with month 0: sets the
    /// pickers and starts building it (recapShown() when it is on screen).
    void showPeriod(int year, int month);
    /// The office dates [from, to] the pickers describe.
    std::pair<QDate, QDate> selectedRange() const;
    /// True once a recap is shown (false before the first build and after a failed one).
    bool hasRecap() const { return m_data != nullptr; }
    /// The recap shown (empty without one).
    const MonthlyRecap &recap() const;
    /// True while a recap is being built.
    bool isBuilding() const { return m_building; }

    /// Writes the recap as CSV / the period's complaints and the recap as XLSX to `path`,
    /// showing a core error's message when it fails. The buttons ask for the path, then call these.
    bool exportCsv(const QString &path);
    bool exportXlsx(const QString &path);
    /// Opens the recap's print preview (printing::previewRecap).
    void print();

    // The parts, for tests.
    QComboBox *monthBox() const { return m_month; }
    QComboBox *yearBox() const { return m_year; }
    QLabel *headingLabel() const { return m_heading; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *complaintsTable() const;
    QTableWidget *deadlineTable() const;
    QTableWidget *channelTable() const;
    QTableWidget *statusTable() const;
    QTableWidget *categoryTable() const;
    QTableWidget *classTable() const;
    QTableWidget *referralTable() const;
    QTableWidget *stepTable() const;
    QTableWidget *deviationTable() const;
    QChart *receivedChart() const;
    QChart *onTimeChart() const;
    QChart *statusChart() const;

    /// Columns of the step and deviation tables (RecapStepsView's).
    using enum RecapStepsView::StepColumn;
    using enum RecapStepsView::DeviationColumn;

signals:
    /// A newly built recap is on screen (or its failure is shown: hasRecap() is then false).
    void recapShown();

public slots:
    /// Builds the recap of the selected period again and shows it when it is ready.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createChartsTab();
    void periodChanged();
    void dataChanged();
    void showBuilt(std::shared_ptr<const RecapData> data);
    void showFailure(const QString &message);
    void buildEnded();
    void fill();
    void fillCharts();
    void updateButtons();
    /// "Maret 2026", "Year 2026" (tr), else "1 Mar 2026 – 15 Mar 2026"; with `brief`, the
    /// month is shortened for column headings: "Mar 2026".
    QString periodName(const PeriodRecap &period, bool brief = false) const;
    QString periodName(QDate from, QDate to, bool brief = false) const;
    QString suggestedFileName(const QString &suffix) const;

    Session &m_session;
    RecapBuilder *m_builder = nullptr; // created on the first build
    std::shared_ptr<const RecapData> m_data;
    bool m_stale = true;     // to be built when next shown
    bool m_building = false;
    bool m_rebuild = false;  // asked again while building: the running build's result is stale
    QComboBox *m_month = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_problem = nullptr;
    ResultBanner *m_banner = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_print = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecapSummaryView *m_summary = nullptr;
    RecapStepsView *m_stepsView = nullptr;
    QChartView *m_receivedView = nullptr;
    QChartView *m_onTimeView = nullptr;
    QChartView *m_statusView = nullptr;
};

} // namespace aduan::gui
