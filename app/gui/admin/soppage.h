#pragma once

#include "sop/sopdefinition.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: the SOP Penyaluran Pengaduan Masyarakat and its revisions. Shows the revision
/// in force (or any earlier or later one, read-only); "New revision" copies the shown revision
/// into an editable draft — header, approver, the six lists (one item per line) and per step
/// its activity, actor, requirements, target minutes and outputs — that "Save revision" hands
/// to Administration::addSopRevision(). The core's findings are listed under the form, and the
/// step rows they name are marked; nothing is saved until the core accepts the whole revision.
class SopPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopPage)

public:
    explicit SopPage(Session &session, QWidget *parent = nullptr);

    /// The draft's steps table (column order: Columns).
    QTableWidget *stepsTable() const { return m_steps; }
    bool isEditing() const { return m_editing; }

    enum Columns { NumberColumn, ActivityColumn, ActorColumn, RequirementsColumn,
                   MinutesColumn, OutputsColumn, ColumnCount };

public slots:
    /// Reads the revisions again and shows the one in force (a draft being typed is kept).
    void reload();
    /// Starts a new revision from the one shown, taking effect today.
    void startRevision();
    /// Hands the draft to the core; on success shows the stored revision.
    bool saveRevision();
    /// Drops the draft.
    void discard();

private:
    void showRevision(const SopDefinition &sop);
    SopDefinition draft() const;
    void setEditing(bool editing);
    void showFindings(const QString &message, const QList<QString> &lines,
                      const QList<int> &stepRows);
    void chooseRevision(int index);

    Session &m_session;
    QList<SopDefinition> m_revisions;
    SopDefinition m_base; ///< the revision shown, or the one the draft was copied from
    bool m_editing = false;

    QComboBox *m_revisionBox = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_createdOn = nullptr;
    QDateEdit *m_revisedOn = nullptr;
    QDateEdit *m_approvedOn = nullptr;
    QDateEdit *m_effectiveFrom = nullptr;
    QLineEdit *m_approverTitle = nullptr;
    QLineEdit *m_approverName = nullptr;
    QLineEdit *m_approverNip = nullptr;
    QPlainTextEdit *m_legalBasis = nullptr;
    QPlainTextEdit *m_qualifications = nullptr;
    QPlainTextEdit *m_related = nullptr;
    QPlainTextEdit *m_equipment = nullptr;
    QPlainTextEdit *m_warnings = nullptr;
    QPlainTextEdit *m_recording = nullptr;
    QTableWidget *m_steps = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace aduan::gui
