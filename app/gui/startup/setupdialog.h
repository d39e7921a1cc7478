#pragma once

#include "startup/databaselocationedit.h"

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

/// First run on a PC, or another database chosen: open the office's existing database — the
/// shared file, or a PostgreSQL server (DatabaseLocationEdit) — or create a new one (where, the
/// office profile, the first administrator) through createOfficeDatabase: a new file, or the
/// tables in an empty server database. A file that is not there is an error naming the path,
/// never a new empty database.
class SetupDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    SetupDialog(const Clock &clock, const QString &problem = {}, QWidget *parent = nullptr);
    ~SetupDialog() override;

    /// The database opened or created (after accept()).
    std::unique_ptr<Database> takeDatabase();
    /// Shows the page for opening (`create` false) or creating a database of `kind`, as if
    /// chosen.
    void showChoice(bool create, DatabaseLocationEdit::Kind kind);
    /// Fills the page for opening with `location` (a path or a `postgresql://` URI), e.g. the
    /// one this PC used before.
    void setExistingLocation(const QString &location);
    /// Continue pressed: opens or creates the database; true when it did (the dialog is
    /// accepted), false with the problem shown under the fields.
    bool tryContinue();

    // For tests.
    DatabaseLocationEdit *existingLocationEdit() const { return m_existing; }
    QLabel *problemLabel() const { return m_problem; }

private:
    /// Sizes the dialog to the chosen page and keeps it whole on its screen.
    void fitOnScreen();
    bool openExisting();
    bool createNew();
    void showProblem(const QString &message);

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QRadioButton *m_openChoice = nullptr;
    QRadioButton *m_createChoice = nullptr;
    QStackedWidget *m_pages = nullptr;
    DatabaseLocationEdit *m_existing = nullptr;
    DatabaseLocationEdit *m_new = nullptr;
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
