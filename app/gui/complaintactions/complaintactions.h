#pragma once

#include "domain/complaint.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace aduan {
struct User;
}

namespace aduan::gui {

class Session;

/// The corrections of a registered complaint, for the complaint's detail view: "Koreksi data"
/// (amend: AmendDialog, Workflow::amend) and "Batalkan aduan" (void: a reason through
/// ReasonDialog, Workflow::voidComplaint). Both send the row version the user saw; a stale one
/// shows the core's conflict message and keeps what was typed (the void reason is offered
/// again). The actions are shown to the officer, the secretary and the administrator only, and
/// enabled while the complaint allows them.
class ComplaintActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintActions)

public:
    /// `parent` is the widget the actions belong to (and the dialogs' parent).
    ComplaintActions(Session &session, QWidget *parent);

    /// The complaint as last loaded (its row version is the one sent).
    void setRecord(const ComplaintRecord &record);
    const ComplaintRecord &record() const { return m_record; }

    QAction *amendAction() const { return m_amend; }
    QAction *voidAction() const { return m_void; }

    /// Opens the correction dialog; true when the correction was saved.
    bool amend();
    /// Asks the reason and voids; true when the complaint was voided.
    bool voidComplaint();

signals:
    /// A correction or a voiding was saved.
    void changed(qint64 complaintId);

private:
    void update();

    Session &m_session;
    QPointer<QWidget> m_parent;
    ComplaintRecord m_record;
    QAction *m_amend = nullptr;
    QAction *m_void = nullptr;
    QHash<qint64, QString> m_unsavedReasons; ///< void reasons typed but refused, per complaint
};

} // namespace aduan::gui
