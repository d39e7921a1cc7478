#include "startup/databaselocationedit.h"

#include "storage/postgres/pgpassfile.h"
#include "storage/postgres/postgreslocation.h"
#include "support/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
/// PostgreSQL's own port (https://www.postgresql.org/docs/15/runtime-config-connection.html).
constexpr int kDefaultPort = 5432;
} // namespace

DatabaseLocationEdit::DatabaseLocationEdit(Purpose purpose, QWidget *parent)
    : QWidget(parent)
    , m_purpose(purpose)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Shared file (SQLite) in the office's shared folder"));
    m_kind->addItem(tr("Database server (PostgreSQL)"));
    form->addRow(tr("&Kind:"), m_kind);

    m_pages = new QStackedWidget;
    // A file.
    auto *filePage = new QWidget;
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit;
    auto *browse = new QPushButton(icons::open(), tr("&Browse…"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_pages->addWidget(filePage);
    // A server.
    auto *serverPage = new QWidget;
    auto *serverForm = new QFormLayout(serverPage);
    serverForm->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("server name or address, e.g. 192.168.1.10"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(u"aduan"_s);
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember &the password on this PC"));
    m_remember->setToolTip(tr("Kept in PostgreSQL's own password file of this Windows or Linux "
                              "user (.pgpass), which only this user can read; Aduan's settings "
                              "never hold it."));
    m_remember->setChecked(true);
    serverForm->addRow(tr("Ser&ver:"), m_host);
    serverForm->addRow(tr("Po&rt:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("Us&er:"), m_user);
    serverForm->addRow(tr("Pa&ssword:"), m_password);
    serverForm->addRow(QString(), m_remember);
    m_pages->addWidget(serverPage);
    form->addRow(tr("Where:"), m_pages);
    qobject_cast<QLabel *>(form->labelForField(m_pages))->setBuddy(m_path);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, form](int index) {
        // Only the shown page takes room.
        for (int i = 0; i < m_pages->count(); ++i) {
            // The shown page never takes more height than it needs: spare height of the
            // dialog goes below the fields, not between them.
            m_pages->widget(i)->setSizePolicy(
                i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                i == index ? QSizePolicy::Maximum : QSizePolicy::Ignored);
        }
        m_pages->setCurrentIndex(index);
        qobject_cast<QLabel *>(form->labelForField(m_pages))->setBuddy(index == 0 ? m_path : m_host);
        emit kindChanged();
    });
    serverPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    filePage->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(browse, &QPushButton::clicked, this, &DatabaseLocationEdit::browse);
}

DatabaseLocationEdit::Kind DatabaseLocationEdit::kind() const
{
    return m_kind->currentIndex() == 1 ? Kind::Server : Kind::File;
}

void DatabaseLocationEdit::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::Server ? 1 : 0);
}

QString DatabaseLocationEdit::location(bool withPassword) const
{
    if (kind() == Kind::File)
        return QDir::fromNativeSeparators(m_path->text().trimmed());
    PostgresLocation parts;
    parts.host = m_host->text().trimmed();
    parts.port = m_port->value();
    parts.database = m_database->text().trimmed();
    parts.user = m_user->text().trimmed();
    parts.password = m_password->text();
    if (parts.host.isEmpty() || parts.database.isEmpty())
        return {};
    return parts.uri(withPassword);
}

void DatabaseLocationEdit::setLocation(const QString &location)
{
    if (const auto parts = PostgresLocation::parse(location)) {
        setKind(Kind::Server);
        m_host->setText(parts->host);
        m_port->setValue(parts->port > 0 ? parts->port : kDefaultPort);
        m_database->setText(parts->database);
        m_user->setText(parts->user);
        m_password->setText(parts->password);
        return;
    }
    setKind(Kind::File);
    m_path->setText(QDir::toNativeSeparators(location));
}

void DatabaseLocationEdit::rememberPasswordIfAsked() const
{
    if (kind() != Kind::Server || !m_remember->isChecked() || m_password->text().isEmpty())
        return;
    if (const auto parts = PostgresLocation::parse(location(true)))
        PgPassFile::remember(*parts, parts->password);
}

QWidget *DatabaseLocationEdit::missingField() const
{
    if (kind() == Kind::File)
        return m_path;
    return m_host->text().trimmed().isEmpty() ? m_host : m_database;
}

void DatabaseLocationEdit::browse()
{
    if (m_purpose == Purpose::Existing) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open the office's database"), m_path->text(),
            tr("Aduan database (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
        return;
    }
    const QString start = m_path->text().isEmpty()
                              ? QDir(QStandardPaths::writableLocation(
                                         QStandardPaths::DocumentsLocation))
                                    .filePath(u"aduan.sqlite"_s)
                              : m_path->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Create a new database"), start,
                                                      tr("Aduan database (*.sqlite)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

} // namespace aduan::gui
