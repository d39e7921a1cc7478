#pragma once

#include "domain/intakebook.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aduan::gui {

class IntakeBookModel;
class ResultBanner;
class Session;

/// The Buku Penerimaan Pengaduan: every complaint, filtered by month, year, status, channel and
/// open step, searched by number, name, NIK, phone or words; sortable by the headers that the
/// register can sort; "N aduan" is COUNT(*). With `canReport`, the selected complaint can be
/// reported to the head (SOP step 2) from here.
class RegisterPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)

public:
    RegisterPage(Session &session, bool canReport, QWidget *parent = nullptr);

    IntakeBookModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *monthBox() const { return m_month; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *stepBox() const { return m_step; }
    QLabel *totalLabel() const { return m_total; }

    /// The filter the controls describe.
    IntakeBookFilter currentFilter() const;
    /// Applies the controls' filter now (the search box waits for a pause in typing).
    void applyFilter();
    /// The complaint of the selected row, or 0.
    qint64 selectedComplaintId() const;
    /// Reports the selected complaint to the head (Lapor ke Kepala Dinas).
    bool reportSelected();

public slots:
    void refresh();
    void focusSearch();

private:
    void fillYears();
    void updateTotal();
    void updateButtons();
    void openDetail();

    Session &m_session;
    IntakeBookModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_month = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problem = nullptr;
    ResultBanner *m_banner = nullptr;
    QPushButton *m_detail = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_print = nullptr;
    QTimer m_searchDelay;
    bool m_applying = false;
};

} // namespace aduan::gui
