#include "support/lockwait.h"

#include "common/palette.h"
#include "session/session.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QEventLoop>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives tr() calls in free functions of this namespace.
    return QCoreApplication::translate("aduan::gui", text);
}

/// The words of the bar while waiting `seconds` for `purpose`.
QString waitingText(Database::LockWaitFor purpose, qint64 seconds)
{
    if (purpose == Database::LockWaitFor::Writing) {
        return tr("Waiting for the database: another PC or program is using it (%1 s). "
                  "You can keep typing; the change is saved as soon as the database is free.")
            .arg(seconds);
    }
    return tr("Waiting for the database: another PC or program is using it (%1 s). "
              "You can keep typing; the screen is filled in as soon as the database is free.")
        .arg(seconds);
}

/// How many bars are showing (waits run one inside another only through a nested refresh).
int &showingBars()
{
    static int count = 0;
    return count;
}

/// Where the bar goes: across the bottom of the part of `host` that is on its screen (a main
/// window restored larger than a 1366×768 screen runs past the screen's bottom).
QRect barGeometry(const QWidget *host, int height)
{
    QRect visible = host->rect();
    if (const QScreen *screen = host->screen()) {
        const QRect area = screen->availableGeometry();
        visible &= QRect(host->mapFromGlobal(area.topLeft()), area.size());
    }
    if (visible.isEmpty())
        visible = host->rect();
    return {visible.left(), visible.bottom() + 1 - height, visible.width(), height};
}

} // namespace

bool lockWaitShowing()
{
    return showingBars() > 0;
}

namespace {

/// Waits, with the event loop running, until `db` could do what `purpose` needs; false on
/// Cancel or after `limitSeconds` by `clock`.
bool waitForLock(Database &db, const Clock &clock, Database::LockWaitFor purpose, QWidget *host,
                 int limitSeconds)
{
    auto *bar = new QFrame(host, host ? Qt::Widget : Qt::Tool);
    bar->setObjectName(u"lockWaitBar"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setStyleSheet(u"#lockWaitBar{background:%1;border:1px solid %2}"_s.arg(palette::css(palette::waitingFill), palette::css(palette::waitingBorder)));
    auto *layout = new QHBoxLayout(bar);
    auto *label = new QLabel;
    label->setObjectName(u"lockWaitText"_s);
    label->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"lockWaitCancel"_s);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    // Typing goes on in the form; Cancel is for the mouse or Esc.
    cancel->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(label, 1);
    layout->addWidget(cancel);
    label->setText(waitingText(purpose, 0));
    if (host) {
        const int width = barGeometry(host, 0).width();
        const int height = bar->heightForWidth(width) > 0 ? bar->heightForWidth(width)
                                                          : bar->sizeHint().height();
        bar->setGeometry(barGeometry(host, height));
    }
    bar->show();
    bar->raise();

    const QDateTime started = clock.now();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(250);
    const auto stillLocked = [&db, purpose] {
        return purpose == Database::LockWaitFor::Writing ? db.writeWouldWait()
                                                         : db.readWouldWait();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const qint64 waited = std::max<qint64>(0, started.secsTo(clock.now()));
        if (!stillLocked())
            loop.exit(1);
        else if (waited > limitSeconds)
            loop.exit(0);
        else
            label->setText(waitingText(purpose, waited));
    });
    QObject::connect(cancel, &QPushButton::clicked, &loop, [&loop] { loop.exit(0); });
    poll.start();
    ++showingBars();
    const int result = loop.exec();
    --showingBars();
    delete bar;
    return result == 1;
}

} // namespace

void installLockWait(Session &session, QWidget *window, int limitSeconds)
{
    Database &db = session.database();
    const Clock &clock = session.clock();
    QPointer<QWidget> host(window);
    db.setLockWait([&db, &clock, host, limitSeconds](Database::LockWaitFor purpose) {
        QWidget *where = host ? host.data() : QApplication::activeWindow();
        return waitForLock(db, clock, purpose, where, limitSeconds);
    });
}

} // namespace aduan::gui
