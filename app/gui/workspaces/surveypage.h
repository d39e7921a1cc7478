#pragma once

#include "skm/questionnaire.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace aduan::gui {

class ResultBanner;
class Session;

/// Petugas Pengaduan, after SOP step 5: the Survei Kepuasan Masyarakat at the desk
/// (PermenPANRB 14/2017). Lists the complaints whose result was conveyed and whose survey is
/// open; for the one chosen, the questionnaire in force (its elements as data) is typed in with
/// the keyboard — each answer a list whose items start with their score, so typing 1–4 answers
/// and Tab moves on — from the complainant at the desk or a returned paper questionnaire.
/// Saves the answers (Ctrl+S) or that the complainant declined; prints the blank questionnaire
/// with the complaint's number (Ctrl+P). Every rule is the core's (SkmSurvey); its findings
/// show beside the answers, and what was typed stays.
class SurveyPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyPage)

public:
    explicit SurveyPage(Session &session, QWidget *parent = nullptr);

    QListWidget *pendingList() const { return m_pending; }
    /// The answer list of element `code` ("U1" ...), nullptr when the questionnaire has none.
    QComboBox *answerBox(const QString &code) const;
    QComboBox *modeBox() const { return m_mode; }
    QList<QComboBox *> profileBoxes() const { return m_profile; }
    ResultBanner *banner() const { return m_banner; }

    /// Reads the pending complaints again, keeping the selection when it is still there.
    void reload();
    /// Selects the complaint `complaintId` when it is pending (after conveying its result).
    void offer(qint64 complaintId);
    /// Saves the answers of the selected complaint; true when saved.
    bool saveAnswers();
    /// Records that the complainant declined; true when saved.
    bool saveDeclined();
    void printBlank();

private:
    void buildQuestionnaire();
    void selectionChanged();
    void clearAnswers();
    qint64 selectedId() const;
    QString selectedNumber() const;

    Session &m_session;
    SkmQuestionnaire m_questionnaire;
    QListWidget *m_pending = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_mode = nullptr;
    QWidget *m_form = nullptr;
    QList<QComboBox *> m_answers;
    QList<QLabel *> m_questions;
    QList<QComboBox *> m_profile;
    QLabel *m_message = nullptr;
    ResultBanner *m_banner = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace aduan::gui
