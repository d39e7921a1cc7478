#include "security/idlelock.h"

#include "common/palette.h"
#include "auth/authenticator.h"
#include "security/lockdialog.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "storage/userstore.h"
#include "support/officetime.h"
#include "util/clock.h"
#include "util/error.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace aduan::gui {

namespace {

/// How often the idle time is looked at, at most: a PC waking from sleep locks within this.
constexpr std::chrono::milliseconds kLongestCheck = 15s;

std::chrono::milliseconds intervalFromSettings()
{
    return std::chrono::minutes(std::clamp(AppSettings::idleLockMinutes().value(), 1, 24 * 60));
}

bool isInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

/// An opaque sheet over one window's contents while the program is locked; follows the window's
/// size and stays on top of the window's other children.
class LockCover : public QWidget
{
public:
    explicit LockCover(QWidget *window)
        : QWidget(window)
    {
        setObjectName(u"lockCover"_s);
        setAutoFillBackground(true);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, palette::color(palette::lockBackground));
        pal.setColor(QPalette::WindowText, palette::color(palette::lockText));
        setPalette(pal);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(QCoreApplication::translate("aduan::gui::IdleLock",
                                                             "Aduan is locked."));
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(u"font-size:16pt"_s);
        layout->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parentWidget()) {
            if (event->type() == QEvent::Resize)
                setGeometry(parentWidget()->rect());
            else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ZOrderChange)
                QMetaObject::invokeMethod(this, &QWidget::raise, Qt::QueuedConnection);
        }
        return QWidget::eventFilter(watched, event);
    }
};

} // namespace

IdleLock::IdleLock(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_dialog(new LockDialog(window))
    , m_interval(intervalFromSettings())
{
    setObjectName(u"idleLock"_s);
    m_lockAction = new QAction(tr("&Lock"), window);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Lock the screen now; the password opens it again (Ctrl+L)"));
    window->addAction(m_lockAction);
    if (auto *toolbar = window->findChild<QToolBar *>(u"mainToolbar"_s)) {
        const QList<QAction *> actions = toolbar->actions();
        toolbar->insertAction(actions.isEmpty() ? nullptr : actions.last(), m_lockAction);
    }
    connect(m_lockAction, &QAction::triggered, this, &IdleLock::lock);

    connect(m_dialog, &LockDialog::unlockRequested, this, &IdleLock::tryUnlock);
    connect(m_dialog, &LockDialog::logoutRequested, this, [this] {
        release();
        emit logoutRequested();
    });

    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &IdleLock::check);
    qApp->installEventFilter(this);
    noteInput();
    check();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setIdleInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    if (!m_locked)
        check();
}

void IdleLock::noteInput()
{
    m_sinceInput.start();
    m_lastInputWallMs = QDateTime::currentMSecsSinceEpoch();
}

void IdleLock::check()
{
    if (m_locked)
        return;
    // The monotonic timer does not count while the PC sleeps on every system; the wall clock
    // does. Whichever says longer counts (a wall clock set forward only locks early).
    const qint64 idle = std::max(m_sinceInput.elapsed(),
                                 QDateTime::currentMSecsSinceEpoch() - m_lastInputWallMs);
    const qint64 left = m_interval.count() - idle;
    if (left <= 0) {
        lock();
        m_dialog->setIntro(tr("The screen was locked after %n minute(s) without use.", nullptr,
                              int(std::chrono::ceil<std::chrono::minutes>(m_interval).count()))
                           + u" "_s + introText());
        return;
    }
    m_check.start(std::chrono::milliseconds(std::min<qint64>(left, kLongestCheck.count())));
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_locked) {
        if (event->spontaneous() && isInput(event)) {
            noteInput();
            if (!m_check.isActive())
                check();
        }
        return false;
    }
    if (event->type() == QEvent::Close && isCoveredWindow(watched)) {
        event->ignore();
        return true;
    }
    return false;
}

bool IdleLock::isCoveredWindow(const QObject *object) const
{
    for (const Covered &c : m_covered) {
        if (c.window == object)
            return true;
    }
    return false;
}

QString IdleLock::introText() const
{
    const User &user = m_session.user();
    return tr("%1 (%2) is logged in. Type the password to continue; what was typed in the "
              "forms is kept.")
        .arg(user.fullName, user.username);
}

void IdleLock::lock()
{
    if (m_locked || !m_window)
        return;
    m_locked = true;
    m_check.stop();
    m_focus = QApplication::focusWidget();
    // Open menus and drop-down lists close; everything else stays as it is, under a cover.
    while (QWidget *popup = QApplication::activePopupWidget()) {
        if (!popup->close())
            break;
    }
    coverWindows();
    m_dialog->reset();
    m_dialog->setIntro(introText());
    m_dialog->adjustSize();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->passwordEdit()->setFocus();
    emit locked();
}

void IdleLock::coverWindows()
{
    m_covered.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == m_dialog || !window->isVisible())
            continue;
        const Qt::WindowType type = window->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip || type == Qt::Desktop
            || type == Qt::SplashScreen) {
            continue;
        }
        Covered covered;
        covered.window = window;
        const QList<QWidget *> children = window->findChildren<QWidget *>(
            Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (child->isWindow() || !child->isEnabledTo(window))
                continue;
            child->setEnabled(false);
            covered.disabled << child;
        }
        covered.cover = new LockCover(window);
        m_covered << covered;
    }
}

void IdleLock::uncoverWindows()
{
    for (const Covered &covered : std::as_const(m_covered)) {
        delete covered.cover.data();
        for (const QPointer<QWidget> &child : covered.disabled) {
            if (child)
                child->setEnabled(true);
        }
    }
    m_covered.clear();
}

void IdleLock::release()
{
    m_dialog->hide();
    m_dialog->reset();
    uncoverWindows();
    m_locked = false;
    noteInput();
    check();
}

bool IdleLock::tryUnlock(const QString &password)
{
    if (!m_locked)
        return true;
    const User &user = m_session.user();
    try {
        bool ok = false;
        {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const struct Restore {
                ~Restore() { QGuiApplication::restoreOverrideCursor(); }
            } restore;
            ok = m_session.authenticator().confirmPassword(user.id, password);
        }
        if (ok) {
            release();
            if (m_window)
                m_window->activateWindow();
            if (m_focus && m_focus->isEnabled())
                m_focus->setFocus(Qt::OtherFocusReason);
            emit unlocked();
            return true;
        }
        const auto locked = m_session.authenticator().lockNotice(user.id);
        if (locked) {
            m_dialog->showProblem(*locked);
            m_dialog->offerLogout(true);
        } else {
            const auto state = UserStore(m_session.loginDatabase()).loginState(user.username);
            const int left = Authenticator::kMaxFailures - (state ? state->failedLogins : 0);
            m_dialog->showProblem(
                tr("Wrong password.") + u" "_s
                + tr("After %n more wrong password(s) the account is locked.", nullptr, left));
        }
    } catch (const Error &error) {
        m_dialog->showProblem(error.message());
    } catch (const std::exception &e) {
        m_dialog->showProblem(tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

} // namespace aduan::gui
