#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: the lists the forms choose from (categories, agencies for referrals) and the
/// agenda number pattern.
class ListsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsPage)

public:
    explicit ListsPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void addCategory();
    void addAgency();
    void savePattern();
    void previewPattern();

    Session &m_session;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_newCategory = nullptr;
    QTableWidget *m_agencies = nullptr;
    QLineEdit *m_agencyName = nullptr;
    QLineEdit *m_agencyAddress = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_patternPreview = nullptr;
};

} // namespace aduan::gui
