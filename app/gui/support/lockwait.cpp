#include "support/lockwait.h"

#include "common/palette.h"
#include "session/session.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives tr() calls in free functions of this namespace.
    return QCoreApplication::translate("aduan::gui", text);
}

/// Waits, with the event loop running, until `db` could write; false on Cancel or time-out.
bool waitForLock(Database &db, QWidget *host, int limitSeconds)
{
    auto *bar = new QFrame(host, host ? Qt::Widget : Qt::Tool);
    bar->setObjectName(u"lockWaitBar"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setStyleSheet(u"#lockWaitBar{background:%1;border:1px solid %2}"_s.arg(palette::css(palette::waitingFill), palette::css(palette::waitingBorder)));
    auto *layout = new QHBoxLayout(bar);
    auto *label = new QLabel;
    label->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    layout->addWidget(label, 1);
    layout->addWidget(cancel);
    auto showWaited = [label](qint64 seconds) {
        label->setText(tr("Waiting for the database: another PC or program is using it (%1 s). "
                          "You can keep typing; the change is saved as soon as the database is "
                          "free.")
                           .arg(seconds));
    };
    showWaited(0);
    if (host) {
        const int height = bar->sizeHint().height();
        bar->setGeometry(0, host->height() - height, host->width(), height);
    }
    bar->show();
    bar->raise();

    QEventLoop loop;
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(250);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!db.writeWouldWait())
            loop.exit(1);
        else if (waited.elapsed() > qint64(limitSeconds) * 1000)
            loop.exit(0);
        else
            showWaited(waited.elapsed() / 1000);
    });
    QObject::connect(cancel, &QPushButton::clicked, &loop, [&loop] { loop.exit(0); });
    poll.start();
    const int result = loop.exec();
    delete bar;
    return result == 1;
}

} // namespace

void installLockWait(Session &session, QWidget *window, int limitSeconds)
{
    Database &db = session.database();
    QPointer<QWidget> host(window);
    db.setLockWait([&db, host, limitSeconds] {
        QWidget *where = host ? host.data() : QApplication::activeWindow();
        return waitForLock(db, where, limitSeconds);
    });
}

} // namespace aduan::gui
