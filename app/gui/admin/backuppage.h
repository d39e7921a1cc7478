#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace aduan::forms {
class FieldMessage;
}

namespace aduan::gui {

class Session;

/// Administrator: where the automatic daily backups go (issue 14, finding 2). Beside the
/// database on the shared folder (the default), or a folder the administrator chooses — on a
/// PC's own disk, say — with the core's warning (backupFolderWarning()) beside the field of
/// what such a copy holds: every identity, confidential ones too, readable by whoever can read
/// that folder. Saved through Administration::setBackupFolder(), which records the choice in
/// the history. On a database server there are no automatic backups: the page says so and
/// offers nothing to change.
class BackupPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPage)

public:
    explicit BackupPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void save();
    void browse();
    void showWarning();
    /// The folder as chosen on the page: empty for the one beside the database.
    QString chosenFolder() const;

    Session &m_session;
    QRadioButton *m_beside = nullptr;
    QRadioButton *m_elsewhere = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    forms::FieldMessage *m_warning = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace aduan::gui
