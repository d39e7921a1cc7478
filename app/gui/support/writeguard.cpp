#include "support/writeguard.h"

#include "session/session.h"
#include "storage/database.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace aduan::gui::writeguard {

namespace {

/// Turns a marked widget off again whenever something turns it on.
class Keeper : public QObject
{
public:
    Keeper(QWidget *control, QString reason)
        : QObject(control)
        , m_reason(std::move(reason))
    {
        control->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *w = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::EnabledChange && w->isEnabled())
            w->setEnabled(false);
        if (event->type() == QEvent::ToolTipChange && w->toolTip() != m_reason)
            w->setToolTip(m_reason);
        return false;
    }

private:
    QString m_reason;
};

} // namespace

QString reason(const Session &session)
{
    const Database &db = session.database();
    if (!db.isReadOnly())
        return {};
    return QCoreApplication::translate("aduan::gui::writeguard",
                                       "Read-only: nothing can be saved. %1")
        .arg(db.readOnlyReason());
}

void mark(QWidget *control, const Session &session)
{
    if (!control || !session.database().isReadOnly())
        return;
    control->setEnabled(false);
    control->setToolTip(reason(session));
    new Keeper(control, reason(session));
}

void mark(QAction *action, const Session &session)
{
    if (!action || !session.database().isReadOnly())
        return;
    action->setEnabled(false);
    action->setToolTip(reason(session));
    QObject::connect(action, &QAction::enabledChanged, action, [action](bool enabled) {
        if (enabled)
            action->setEnabled(false);
    });
    const QString why = reason(session);
    QObject::connect(action, &QAction::changed, action, [action, why] {
        if (action->toolTip() != why)
            action->setToolTip(why);
    });
}

} // namespace aduan::gui::writeguard
