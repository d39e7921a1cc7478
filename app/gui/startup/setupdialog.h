#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace aduan {
class Clock;
class Database;
} // namespace aduan

namespace aduan::gui {

/// First run on a PC: open the office's existing shared database file, or create a new one
/// (where, the office profile, the first administrator) through createOfficeDatabase. A file
/// that is not there is an error naming the path, never a new empty database.
class SetupDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    SetupDialog(const Clock &clock, const QString &problem = {}, QWidget *parent = nullptr);
    ~SetupDialog() override;

    /// The database opened or created (after accept()).
    std::unique_ptr<Database> takeDatabase();

private:
    void browseExisting();
    void browseNew();
    void finish();
    bool openExisting();
    bool createNew();
    void showProblem(const QString &message);

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QRadioButton *m_openChoice = nullptr;
    QRadioButton *m_createChoice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_existingPath = nullptr;
    QLineEdit *m_newPath = nullptr;
    QLineEdit *m_government = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_headNip = nullptr;
    QLineEdit *m_adminUsername = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminPasswordAgain = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace aduan::gui
