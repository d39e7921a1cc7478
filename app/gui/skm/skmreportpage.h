#pragma once

#include "skm/skmreport.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace aduan::gui {

class Session;
class SkmChart;

/// The SKM report of any period (semester and year at the touch of a button): respondents
/// against the recommended sample, NRR per element in a table and a chart, IKM, SKM value,
/// grade, weakest elements; printed with the letterhead and the head's signature, or written as
/// XLSX. Everything is computed by the core (buildSkmReport); with several questionnaire
/// versions in the period, each is shown on its own.
class SkmReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkmReportPage)

public:
    explicit SkmReportPage(Session &session, QWidget *parent = nullptr);

    /// Shows the report of office dates from..to.
    void showPeriod(QDate from, QDate to);
    const SkmReport &report() const { return m_report; }
    QTableWidget *elementTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void showSection();
    void exportXlsx();

    Session &m_session;
    SkmReport m_report;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_value = nullptr;
    QTableWidget *m_table = nullptr;
    SkmChart *m_chart = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace aduan::gui
