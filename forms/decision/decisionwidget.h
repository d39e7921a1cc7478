#pragma once

#include "domain/complaint.h"
#include "domain/officeprofile.h"
#include "validation/finding.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace aduan::forms {

namespace Ui {
class DecisionWidget;
}

/// The entry screen of the Hasil Keputusan Penyelesaian Pengaduan (SOP step 4): the team's
/// meeting (time, who attended), the discussion and the decision, and whether the complaint is
/// the authority of Dinas Sosial or is referred to the competent agency (Formulir Penyaluran
/// Pengaduan Bukan Kewenangan: agency, reason, letter number, enabled only for a referral).
/// Enter never submits.
class DecisionWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionWidget)

public:
    explicit DecisionWidget(QWidget *parent = nullptr);
    ~DecisionWidget() override;

    /// The team members to tick as attendees (names as printed). Ticks are kept by name.
    void setTeamMembers(const QStringList &names);
    /// The agencies a complaint can be referred to; inactive ones are left out.
    void setAgencies(const QList<Agency> &agencies);
    /// The current time in the office zone: the default meeting time.
    void setNow(const QDateTime &now);
    /// Shows the complaint's head; `officeZone` is the zone of the meeting time.
    void setComplaint(const ComplaintRecord &complaint, const QTimeZone &officeZone);

    /// The decision as entered; `referral` is filled exactly when the complaint is not within
    /// the office's authority (agencyId 0 while no agency is chosen).
    DecisionInput input() const;
    /// Restores a decision; attendees who are not team members are added, ticked.
    void setInput(const DecisionInput &input);
    /// An empty decision: meeting now, nobody ticked, within the authority.
    void clear();

    /// What the engine would refuse (Workflow::decide()), in its words: checkDecision() of the
    /// input against setNow()'s time. Empty when the decision can be saved.
    Findings check() const;

signals:
    /// Any edit by the user.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addAttendee(const QString &name, bool checked);
    void addOtherAttendee();
    void updateAuthority();
    void showMeetingTime(const QDateTime &instant);
    QDateTime nowInZone() const;
    void edited();

    std::unique_ptr<Ui::DecisionWidget> m_ui;
    QDateTime m_now;
    QTimeZone m_zone;
    bool m_zoneFromComplaint = false;
    bool m_meetingTimeEdited = false;
    int m_loading = 0;
};

} // namespace aduan::forms
