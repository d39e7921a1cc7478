#include "admin/listspage.h"

#include "common/palette.h"
#include "session/session.h"
#include "storage/complaintstore.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "util/error.h"
#include "workflow/agendanumber.h"
#include "support/writeguard.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

ListsPage::ListsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);

    auto *categoriesBox = new QGroupBox(tr("Categories"));
    auto *categoriesLayout = new QVBoxLayout(categoriesBox);
    m_categories = new QListWidget;
    categoriesLayout->addWidget(m_categories, 1);
    auto *categoryRow = new QHBoxLayout;
    m_newCategory = new QLineEdit;
    m_newCategory->setPlaceholderText(tr("New category"));
    auto *addCategory = new QPushButton(icons::add(), tr("&Add"));
    writeguard::mark(addCategory, m_session);
    categoryRow->addWidget(m_newCategory, 1);
    categoryRow->addWidget(addCategory);
    categoriesLayout->addLayout(categoryRow);
    layout->addWidget(categoriesBox, 2);

    auto *agenciesBox = new QGroupBox(tr("Agencies (for referrals)"));
    auto *agenciesLayout = new QVBoxLayout(agenciesBox);
    m_agencies = new QTableWidget(0, 2);
    m_agencies->setHorizontalHeaderLabels({tr("Name"), tr("Address")});
    m_agencies->verticalHeader()->hide();
    m_agencies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agencies->horizontalHeader()->setStretchLastSection(true);
    agenciesLayout->addWidget(m_agencies, 1);
    auto *agencyForm = new QFormLayout;
    m_agencyName = new QLineEdit;
    m_agencyAddress = new QLineEdit;
    agencyForm->addRow(tr("&Name:"), m_agencyName);
    agencyForm->addRow(tr("A&ddress:"), m_agencyAddress);
    agenciesLayout->addLayout(agencyForm);
    auto *addAgency = new QPushButton(icons::add(), tr("Add a&gency"));
    writeguard::mark(addAgency, m_session);
    auto *agencyButtons = new QHBoxLayout;
    agencyButtons->addStretch();
    agencyButtons->addWidget(addAgency);
    agenciesLayout->addLayout(agencyButtons);
    layout->addWidget(agenciesBox, 3);

    auto *patternBox = new QGroupBox(tr("Agenda number"));
    auto *patternLayout = new QVBoxLayout(patternBox);
    m_pattern = new QLineEdit;
    patternLayout->addWidget(m_pattern);
    auto *tokens = new QLabel(tr("Tokens: {seq} or {seq:04} (the year's running number), "
                                 "{month}, {month:02}, {month_roman}, {year}."));
    tokens->setWordWrap(true);
    patternLayout->addWidget(tokens);
    m_patternPreview = new QLabel;
    m_patternPreview->setWordWrap(true);
    patternLayout->addWidget(m_patternPreview);
    auto *savePattern = new QPushButton(icons::save(), tr("&Save pattern"));
    writeguard::mark(savePattern, m_session);
    patternLayout->addWidget(savePattern);
    patternLayout->addStretch();
    layout->addWidget(patternBox, 2);

    connect(addCategory, &QPushButton::clicked, this, &ListsPage::addCategory);
    connect(m_newCategory, &QLineEdit::returnPressed, this, &ListsPage::addCategory);
    connect(addAgency, &QPushButton::clicked, this, &ListsPage::addAgency);
    connect(savePattern, &QPushButton::clicked, this, &ListsPage::savePattern);
    connect(m_pattern, &QLineEdit::textChanged, this, &ListsPage::previewPattern);
    reload();
}

void ListsPage::reload()
{
    feedback::guarded(this, tr("Lists"), [this] {
        const SettingsStore settings(m_session.database());
        m_categories->clear();
        m_categories->addItems(settings.categories());
        const QList<Agency> agencies = settings.agencies();
        m_agencies->setRowCount(int(agencies.size()));
        for (int r = 0; r < agencies.size(); ++r) {
            m_agencies->setItem(r, 0, new QTableWidgetItem(agencies.at(r).name));
            m_agencies->setItem(r, 1, new QTableWidgetItem(agencies.at(r).address));
        }
        m_agencies->resizeColumnToContents(0);
        m_pattern->setText(settings.agendaPattern());
    });
}

void ListsPage::previewPattern()
{
    try {
        // The number the next registration takes (the sequence restarts each year).
        const QDate today = m_session.officeToday();
        const int next = ComplaintStore(m_session.database(), m_session.officeZone())
                             .nextAgendaSequence(today.year());
        const QString example = agendanumber::format(m_pattern->text(), next, today);
        m_patternPreview->setStyleSheet(QString());
        m_patternPreview->setText(tr("The next number will be: %1").arg(example));
    } catch (const Error &error) {
        m_patternPreview->setStyleSheet(palette::problemLabelStyle());
        m_patternPreview->setText(error.message());
    }
}

void ListsPage::addCategory()
{
    const QString name = m_newCategory->text().trimmed();
    if (feedback::guarded(this, tr("Add category"), [&] {
            m_session.administration().addCategory(m_session.userId(), name);
        })) {
        m_newCategory->clear();
        m_session.notifyChanged();
        reload();
    }
}

void ListsPage::addAgency()
{
    const QString name = m_agencyName->text().trimmed();
    const QString address = m_agencyAddress->text().trimmed();
    if (feedback::guarded(this, tr("Add agency"), [&] {
            m_session.administration().addAgency(m_session.userId(), name, address);
        })) {
        m_agencyName->clear();
        m_agencyAddress->clear();
        m_session.notifyChanged();
        reload();
    }
}

void ListsPage::savePattern()
{
    const QString pattern = m_pattern->text().trimmed();
    if (feedback::guarded(this, tr("Save pattern"), [&] {
            m_session.administration().setAgendaPattern(m_session.userId(), pattern);
        })) {
        m_session.notifyChanged();
        feedback::inform(this, tr("Save pattern"),
                         tr("The agenda number pattern is saved; it numbers the next "
                            "complaints."));
    }
}

} // namespace aduan::gui
