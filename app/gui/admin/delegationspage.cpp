#include "admin/delegationspage.h"

#include "admin/admintable.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "util/error.h"
#include "support/writeguard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

using admintable::cell;

QDateEdit *dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setLocale(officetime::locale());
    edit->setDisplayFormat(u"dddd, d MMMM yyyy"_s);
    return edit;
}
} // namespace

DelegationsPage::DelegationsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_table = admintable::newTable({tr("Acting head (Plh.)"), tr("From"), tr("Until"),
                                    tr("Reason"), tr("State")});
    layout->addWidget(m_table, 1);

    auto *box = new QGroupBox(tr("New delegation of the head's signing"));
    auto *form = new QFormLayout(box);
    m_delegate = new QComboBox;
    m_firstDay = dateEdit();
    m_lastDay = dateEdit();
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("e.g. Kepala Dinas on leave"));
    form->addRow(tr("&Acting official:"), m_delegate);
    form->addRow(tr("&From:"), m_firstDay);
    form->addRow(tr("&Until:"), m_lastDay);
    form->addRow(tr("&Reason:"), m_reason);
    auto *add = new QPushButton(icons::add(), tr("&Add delegation"));
    writeguard::mark(add, m_session);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    form->addRow(buttons);
    layout->addWidget(box);

    const QDate today = m_session.officeToday();
    m_firstDay->setDate(today);
    m_lastDay->setDate(today);
    connect(add, &QPushButton::clicked, this, &DelegationsPage::add);
    connect(&m_session, &Session::dataChanged, this, &DelegationsPage::reload);
    reload();
}

void DelegationsPage::reload()
{
    QList<User> users;
    QList<Delegation> delegations;
    try {
        const UserStore store(m_session.database());
        users = store.all();
        delegations = store.delegations();
    } catch (const Error &) {
        return;
    }
    QHash<qint64, QString> names;
    const qint64 chosen = m_delegate->currentData().toLongLong();
    m_delegate->clear();
    for (const User &u : users) {
        names.insert(u.id, u.fullName);
        if (u.active && !u.hasRole(Role::Head))
            m_delegate->addItem(u.fullName, u.id);
    }
    if (const int i = m_delegate->findData(chosen); i >= 0)
        m_delegate->setCurrentIndex(i);

    const QDate today = m_session.officeToday();
    m_table->setRowCount(int(delegations.size()));
    for (int r = 0; r < delegations.size(); ++r) {
        const Delegation &d = delegations.at(r);
        QString state = d.revoked ? tr("revoked")
                        : d.covers(today) ? tr("in force today")
                        : d.lastDay < today ? tr("past")
                                            : tr("coming");
        m_table->setItem(r, 0, cell(names.value(d.delegateUserId)));
        m_table->setItem(r, 1, cell(officetime::longDate(d.firstDay)));
        m_table->setItem(r, 2, cell(officetime::longDate(d.lastDay)));
        m_table->setItem(r, 3, cell(d.reason));
        m_table->setItem(r, 4, cell(state));
    }
    m_table->resizeColumnsToContents();
}

void DelegationsPage::add()
{
    Delegation d;
    d.delegateUserId = m_delegate->currentData().toLongLong();
    d.role = Role::Head;
    d.firstDay = m_firstDay->date();
    d.lastDay = m_lastDay->date();
    d.reason = m_reason->text().trimmed();
    if (feedback::guarded(this, tr("Add delegation"), [&] {
            m_session.administration().addDelegation(m_session.userId(), d);
        })) {
        m_reason->clear();
        m_session.notifyChanged();
    }
}

} // namespace aduan::gui
