#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: delegations of the head's signing to an acting official (Plh. Kepala Dinas)
/// for a range of office dates.
class DelegationsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegationsPage)

public:
    explicit DelegationsPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void add();

    Session &m_session;
    QTableWidget *m_table = nullptr;
    QComboBox *m_delegate = nullptr;
    QDateEdit *m_firstDay = nullptr;
    QDateEdit *m_lastDay = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace aduan::gui
