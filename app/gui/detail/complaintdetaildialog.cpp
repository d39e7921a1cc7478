#include "detail/complaintdetaildialog.h"

#include "detail/complaintdetailview.h"
#include "print/documentprinting.h"
#include "session/session.h"
#include "support/icons.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace aduan::gui {

ComplaintDetailDialog::ComplaintDetailDialog(Session &session, qint64 complaintId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_view(new ComplaintDetailView(session, this))
{
    setWindowTitle(tr("Complaint detail"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *print = buttons->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    print->setIcon(icons::print());
    auto *menu = new QMenu(print);
    print->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, &session] {
        printing::fillMenu(menu, this, session, m_view->complaintId());
    });
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setIcon(icons::refresh());
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, m_view, &ComplaintDetailView::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(&session, &Session::dataChanged, m_view, &ComplaintDetailView::reload);
    m_view->showComplaint(complaintId);
    QSize size(1300, 640);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    if (!m_view->record().agendaNumber.isEmpty())
        setWindowTitle(tr("Complaint %1").arg(m_view->record().agendaNumber));
}

void ComplaintDetailDialog::open(Session &session, qint64 complaintId, QWidget *parent)
{
    auto *dialog = new ComplaintDetailDialog(session, complaintId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace aduan::gui
