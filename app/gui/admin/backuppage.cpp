#include "admin/backuppage.h"

#include "admin/administration.h"
#include "common/fieldmessage.h"
#include "session/session.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/pagecolumn.h"
#include "support/writeguard.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

BackupPage::BackupPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    QVBoxLayout *layout = pageColumn(this);

    const Database &db = m_session.database();
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!db.dialect().isFile()) {
        intro->setText(tr("This database is on a server: Aduan writes no automatic backups of "
                          "it. The server's administrator schedules its dumps."));
        layout->addStretch();
        return;
    }
    intro->setText(tr("Each office day, the first PC that starts Aduan writes a backup of the "
                      "whole database. Choose where these backups go, for every PC of the "
                      "office."));

    m_beside = new QRadioButton(
        tr("&Beside the database, in the shared folder (recommended): %1")
            .arg(QDir::toNativeSeparators(defaultBackupFolder(db.path()))));
    m_beside->setObjectName(u"backupBeside"_s);
    m_elsewhere = new QRadioButton(tr("&Another folder:"));
    m_elsewhere->setObjectName(u"backupElsewhere"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_beside);
    group->addButton(m_elsewhere);
    m_folder = new QLineEdit;
    m_folder->setObjectName(u"backupFolderEdit"_s);
    m_folder->setPlaceholderText(tr("a whole path, such as D:\\Cadangan Aduan"));
    m_browse = new QPushButton(icons::open(), tr("B&rowse…"));
    m_warning = new forms::FieldMessage;
    m_warning->setObjectName(u"backupFolderWarning"_s);
    m_warning->setLines(3);
    m_warning->setStyleSheet(u"color:#9a3412"_s);

    layout->addWidget(m_beside);
    auto *row = new QHBoxLayout;
    row->addWidget(m_elsewhere);
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    layout->addWidget(m_warning);

    auto *buttons = new QHBoxLayout;
    m_result = new QLabel;
    m_result->setObjectName(u"backupResult"_s);
    m_result->setWordWrap(true);
    buttons->addWidget(m_result, 1);
    auto *revert = new QPushButton(tr("Re&vert"));
    auto *save = new QPushButton(icons::save(), tr("&Save backup folder"));
    save->setObjectName(u"backupSave"_s);
    writeguard::mark(save, m_session);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_beside, &QRadioButton::toggled, this, &BackupPage::showWarning);
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_elsewhere->setChecked(true);
        showWarning();
    });
    connect(m_browse, &QPushButton::clicked, this, &BackupPage::browse);
    connect(revert, &QPushButton::clicked, this, &BackupPage::reload);
    connect(save, &QPushButton::clicked, this, &BackupPage::save);
    reload();
}

void BackupPage::reload()
{
    if (!m_beside)
        return;
    m_result->clear();
    feedback::guarded(this, tr("Backups"), [this] {
        const QString folder = m_session.administration().backupFolder();
        m_folder->setText(QDir::toNativeSeparators(folder));
        (folder.isEmpty() ? m_beside : m_elsewhere)->setChecked(true);
        showWarning();
    });
}

QString BackupPage::chosenFolder() const
{
    return m_elsewhere->isChecked() ? m_folder->text().trimmed() : QString();
}

void BackupPage::showWarning()
{
    const QString folder = chosenFolder();
    m_warning->setMessage(folder.isEmpty()
                              ? QString()
                              : backupFolderWarning(QDir::fromNativeSeparators(folder),
                                                    m_session.database().path()));
}

void BackupPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                             m_folder->text());
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_elsewhere->setChecked(true);
    showWarning();
}

void BackupPage::save()
{
    const QString folder = chosenFolder();
    if (feedback::guarded(this, tr("Save backup folder"), [&] {
            m_session.administration().setBackupFolder(m_session.userId(),
                                                       QDir::fromNativeSeparators(folder));
        })) {
        m_session.notifyChanged();
        m_result->setText(folder.isEmpty()
                              ? tr("Saved: the backups go beside the database.")
                              : tr("Saved: the backups go to %1.").arg(folder));
    }
}

} // namespace aduan::gui
