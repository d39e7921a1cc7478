#include "mainwindow.h"

#include "storage/sqldialect.h"

#include "common/palette.h"
#include "complaintactions/draftkeeper.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/writeguard.h"
#include "workspaces/workspacefactory.h"

#include <QAction>
#include <QApplication>
#include <QTabBar>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_roles(session.workspaceRoles())
{
    setWindowTitle(tr("Aduan — Penyaluran Pengaduan Masyarakat"));
    m_stack = new QStackedWidget;
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    if (m_session.database().isReadOnly()) {
        // Said in the window, above every workspace: why saving is switched off.
        auto *banner = new QLabel(writeguard::reason(m_session));
        banner->setObjectName(u"readOnlyBanner"_s);
        banner->setWordWrap(true);
        banner->setStyleSheet(u"background:%1;%2;padding:8px"_s.arg(palette::css(palette::problemFill), palette::problemLabelStyle(true)));
        centralLayout->addWidget(banner);
    }
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_roles.size() > 1) {
        auto *label = new QLabel(tr("&Workspace: "));
        m_roleBox = new QComboBox;
        label->setBuddy(m_roleBox);
        toolbar->addWidget(label);
        toolbar->addWidget(m_roleBox);
        toolbar->addSeparator();
    }
    auto *refresh = toolbar->addAction(icons::refresh(), tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read everything again (F5)"));
    connect(refresh, &QAction::triggered, &m_session, &Session::notifyChanged);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    // A shared front-desk PC changes person without restarting: back to the login screen, a
    // form being filled kept as a draft (offered back to its user at the next login).
    auto *switchUser = toolbar->addAction(icons::switchUser(), tr("Switch user"));
    switchUser->setObjectName(u"switchUserAction"_s);
    switchUser->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    switchUser->setToolTip(tr("Log out and show the login screen; a form being filled is kept "
                              "as a draft (Ctrl+Shift+L)"));
    connect(switchUser, &QAction::triggered, this, [this] {
        keepDrafts();
        emit switchUserRequested();
    });
    auto *quit = toolbar->addAction(icons::quit(), tr("Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Aduan on this PC (Ctrl+Q); to hand the PC to another person use "
                        "Switch user"));
    connect(quit, &QAction::triggered, this, [this] {
        if (feedback::confirm(this, tr("Quit"),
                              tr("Close Aduan? A form being filled is kept as a draft."),
                              tr("&Quit")))
            close();
    });

    for (Role role : std::as_const(m_roles)) {
        QWidget *workspace = createWorkspace(role, m_session);
        workspace->setProperty("aduanRole", int(role));
        m_stack->addWidget(workspace);
        if (m_roleBox)
            m_roleBox->addItem(workspaceTitle(role, m_session), int(role));
    }
    if (m_roles.isEmpty()) {
        auto *none = new QLabel(tr("This account holds no role. Ask the administrator to give "
                                   "it one."));
        none->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(none);
    }
    if (m_roleBox) {
        connect(m_roleBox, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_stack->setCurrentIndex(index);
            updateStatus();
        });
    }

    m_userLabel = new QLabel;
    m_databaseLabel = new QLabel;
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (m_session.database().isReadOnly()) {
        // Why nothing can be saved, in the core's words (the full text in the tooltip).
        const QString reason = m_session.database().readOnlyReason();
        auto *readOnly = new QLabel(tr("Read-only: %1").arg(reason));
        readOnly->setObjectName(u"readOnlyReason"_s);
        readOnly->setToolTip(reason);
        readOnly->setStyleSheet(palette::problemLabelStyle(true));
        readOnly->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        statusBar()->addWidget(readOnly, 1);
    }
    updateStatus();

    resize(1280, 720);
    const QByteArray geometry = AppSettings::mainWindowGeometry().value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

QWidget *MainWindow::workspace(Role role) const
{
    const int index = int(m_roles.indexOf(role));
    return index >= 0 ? m_stack->widget(index) : nullptr;
}

void MainWindow::showWorkspace(Role role)
{
    const int index = int(m_roles.indexOf(role));
    if (index < 0)
        return;
    if (m_roleBox)
        m_roleBox->setCurrentIndex(index);
    m_stack->setCurrentIndex(index);
    updateStatus();
}

void MainWindow::focusWorkspace()
{
    QWidget *current = m_stack->currentWidget();
    if (!current)
        return;
    for (QWidget *w = current->nextInFocusChain(); w && w != current; w = w->nextInFocusChain()) {
        if (current->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QTabBar *>(w)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::updateStatus()
{
    const int index = m_stack->currentIndex();
    QString role;
    if (index >= 0 && index < m_roles.size())
        role = workspaceTitle(m_roles.at(index), m_session);
    m_userLabel->setText(role.isEmpty()
                             ? m_session.user().fullName
                             : tr("%1 — %2").arg(m_session.user().fullName, role));
    const Database &database = m_session.database();
    QString db = tr("Database: %1").arg(database.dialect().shownLocation(database.path()));
    if (m_session.database().isReadOnly())
        db += u" "_s + tr("(read-only)");
    if (m_session.isDemo())
        db += u" "_s + tr("(demo)");
    m_databaseLabel->setText(db);
    m_databaseLabel->setToolTip(m_session.database().isReadOnly()
                                    ? m_session.database().readOnlyReason()
                                    : QString());
}

void MainWindow::showOnDesk()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const bool kept = !AppSettings::mainWindowGeometry().value().isEmpty();
    if (kept && !isMaximized() && (available.isEmpty() || available.contains(geometry()))) {
        show();
        return;
    }
    if (!available.isEmpty())
        setGeometry(available);
    showMaximized();
}

void MainWindow::keepDrafts()
{
    for (DraftKeeper *drafts : findChildren<DraftKeeper *>())
        drafts->flush();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keepDrafts();
    AppSettings::mainWindowGeometry().setValue(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace aduan::gui
