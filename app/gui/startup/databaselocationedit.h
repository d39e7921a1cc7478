#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace aduan::gui {

/// Where a database is, as the set-up screen asks it: the office's shared file (a path, with a
/// Browse button) or a PostgreSQL server (server, port, database, user, password, and whether
/// this PC keeps the password in libpq's password file, storage/postgres/pgpassfile.h). The
/// widget only gathers the parts; opening, and what a location means, are the core's
/// (storage/sqldialect.h makeDialect(), storage/postgres/postgreslocation.h).
class DatabaseLocationEdit : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLocationEdit)

public:
    /// What the location is for: an existing database (Browse opens a file) or a new one
    /// (Browse names a file to create; a server database must exist and be empty).
    enum class Purpose { Existing, New };
    enum class Kind { File, Server };

    explicit DatabaseLocationEdit(Purpose purpose, QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    /// The location for Database: a file path (this system's separators taken back), or a
    /// `postgresql://` URI with the password when `withPassword` (PostgresLocation::uri()).
    /// Empty when the file path, or the server's database name, is not filled in.
    QString location(bool withPassword) const;
    /// Fills the fields from `location` (a path or a `postgresql://` URI).
    void setLocation(const QString &location);
    /// With Kind::Server, a password typed and "remember" ticked: keeps it in libpq's password
    /// file (PgPassFile::remember()), so that the location kept in the settings holds none.
    /// Call after the database opened. Throws aduan::Error(Storage) when the file cannot be
    /// written.
    void rememberPasswordIfAsked() const;
    /// The field to put the cursor in when location() is empty.
    QWidget *missingField() const;

signals:
    /// The kind was changed (the widget's size changes with it).
    void kindChanged();

private:
    void browse();

    Purpose m_purpose;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace aduan::gui
