#include "admin/officeprofilepage.h"

#include "session/session.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/pagecolumn.h"
#include "util/error.h"
#include "support/writeguard.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

OfficeProfilePage::OfficeProfilePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    QVBoxLayout *layout = pageColumn(this);
    auto *form = new QFormLayout;
    m_government = new QLineEdit;
    m_office = new QLineEdit;
    m_address = new QLineEdit;
    m_city = new QLineEdit;
    m_headTitle = new QLineEdit;
    m_headName = new QLineEdit;
    m_headNip = new QLineEdit;
    m_headNip->setPlaceholderText(tr("18 digits"));
    form->addRow(tr("&Government:"), m_government);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&City (before dates):"), m_city);
    form->addRow(tr("Head's &title:"), m_headTitle);
    form->addRow(tr("Head's &name:"), m_headName);
    form->addRow(tr("Head's NI&P:"), m_headNip);
    auto *emblemRow = new QHBoxLayout;
    m_emblem = new QLabel;
    m_emblem->setFixedSize(96, 96);
    m_emblem->setAlignment(Qt::AlignCenter);
    m_emblem->setWordWrap(true); // "(gambar pengganti)" on two lines, never cut
    m_emblem->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(icons::open(), tr("C&hoose image…"));
    auto *placeholder = new QPushButton(tr("Use the &placeholder"));
    emblemRow->addWidget(m_emblem);
    emblemRow->addWidget(choose);
    emblemRow->addWidget(placeholder);
    emblemRow->addStretch();
    form->addRow(tr("Emblem:"), emblemRow);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *revert = new QPushButton(tr("Re&vert"));
    auto *save = new QPushButton(icons::save(), tr("&Save profile"));
    writeguard::mark(save, m_session);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(choose, &QPushButton::clicked, this, &OfficeProfilePage::chooseEmblem);
    connect(placeholder, &QPushButton::clicked, this, [this] {
        m_emblemPng.clear();
        showEmblem();
    });
    connect(revert, &QPushButton::clicked, this, &OfficeProfilePage::reload);
    connect(save, &QPushButton::clicked, this, &OfficeProfilePage::save);
    reload();
}

void OfficeProfilePage::reload()
{
    feedback::guarded(this, tr("Office profile"), [this] {
        const OfficeProfile p = SettingsStore(m_session.database()).officeProfile();
        m_government->setText(p.government);
        m_office->setText(p.officeName);
        m_address->setText(p.address);
        m_city->setText(p.city);
        m_headTitle->setText(p.headTitle);
        m_headName->setText(p.headName);
        m_headNip->setText(p.headNip);
        m_emblemPng = p.emblemPng;
        showEmblem();
    });
}

void OfficeProfilePage::showEmblem()
{
    QPixmap pixmap;
    if (!m_emblemPng.isEmpty() && pixmap.loadFromData(m_emblemPng)) {
        m_emblem->setPixmap(pixmap.scaled(m_emblem->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                          Qt::SmoothTransformation));
    } else {
        m_emblem->setText(tr("(placeholder)"));
    }
}

void OfficeProfilePage::chooseEmblem()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the emblem"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        feedback::showProblem(this, tr("Choose the emblem"),
                              tr("%1 could not be read as an image: %2")
                                  .arg(path, reader.errorString()));
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
    m_emblemPng = png;
    showEmblem();
}

void OfficeProfilePage::save()
{
    OfficeProfile p;
    p.government = m_government->text().trimmed();
    p.officeName = m_office->text().trimmed();
    p.address = m_address->text().trimmed();
    p.city = m_city->text().trimmed();
    p.headTitle = m_headTitle->text().trimmed();
    p.headName = m_headName->text().trimmed();
    p.headNip = m_headNip->text().remove(u' ').trimmed();
    p.emblemPng = m_emblemPng;
    if (feedback::guarded(this, tr("Save profile"), [&] {
            m_session.administration().setOfficeProfile(m_session.userId(), p);
        })) {
        m_session.notifyChanged();
        feedback::inform(this, tr("Save profile"), tr("The office profile is saved."));
    }
}

} // namespace aduan::gui
