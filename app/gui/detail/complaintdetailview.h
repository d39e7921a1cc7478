#pragma once

#include "domain/complaint.h"
#include "sop/sopdefinition.h"

#include <optional>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace aduan::gui {

class Session;

/// One complaint, read-only: its Formulir Aduan, the timeline of the SOP steps (actor, started,
/// done, time used against the target, late flag, deviation reason), pauses, each step's output,
/// attachments and the change history — as the viewer may see them.
class ComplaintDetailView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailView)

public:
    explicit ComplaintDetailView(Session &session, QWidget *parent = nullptr);

    /// Loads and shows a complaint; false (and an inline message) when it cannot be read.
    bool showComplaint(qint64 complaintId);
    /// Reloads the complaint shown.
    void reload();
    qint64 complaintId() const { return m_record.id; }
    const ComplaintRecord &record() const { return m_record; }

    /// Texts of the timeline table (tests read them).
    QTableWidget *timeline() const { return m_steps; }
    QTableWidget *history() const { return m_history; }

private:
    /// MessageIntake::refreshDelivery() of the complaint's SMS still in flight, when the SMS
    /// daemon is set up; its trouble kept in m_smsProblem.
    void refreshSmsDelivery(qint64 complaintId);
    void fillSummary();
    void fillTimeline();
    void fillOutputs();
    void fillAttachments();
    void fillHistory(qint64 complaintId);
    void saveAttachment();

    Session &m_session;
    ComplaintRecord m_record;
    QString m_smsProblem; ///< why the SMS daemon could not be asked on opening, else empty
    std::optional<SopDefinition> m_sop;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_summary = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_pauses = nullptr;
    QTextBrowser *m_outputs = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace aduan::gui
