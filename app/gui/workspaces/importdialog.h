#pragma once

#include "import/websiteimport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Impor CSV (issue 19): a website or Google Form export, as saved by Excel or Google Sheets in
/// an Indonesian locale, into SMS masuk. The officer picks the file, sees its first rows, and
/// maps the columns to the fields once (the mapping is remembered by the core for the next
/// import); the result names each row that was not imported by its line and reason.
class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(Session &session, QWidget *parent = nullptr);

    /// Reads `path` and shows its columns (the mapping remembered, else guessed); false with
    /// the reason shown when it cannot be read.
    bool loadFile(const QString &path);
    /// Imports with the mapping chosen; the report, or nullopt when nothing was imported (the
    /// reason is shown).
    std::optional<ImportReport> runImport();

    QComboBox *columnBox(ImportField field) const { return m_columns.value(field); }
    QLabel *resultLabel() const { return m_result; }

private:
    void chooseFile();
    ImportMapping chosenMapping() const;

    Session &m_session;
    QLineEdit *m_path = nullptr;
    QHash<ImportField, QComboBox *> m_columns;
    QTableWidget *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_import = nullptr;
    CsvTable m_table;
};

} // namespace aduan::gui
