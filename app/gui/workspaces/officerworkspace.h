#pragma once

#include <QTabWidget>

namespace aduan::gui {

class ConveyPanel;
class InboxPage;
class NewComplaintPage;
class RegisterPage;
class Session;
class SmsInboxPage;
class SurveyPage;

/// Petugas Pengaduan: Aduan baru (step 1), Sampaikan hasil (step 5, the officer's inbox), the
/// intake book to look things up, the satisfaction survey after step 5 (SKM) and SMS masuk
/// (complaints that came by SMS or from the website, made complaints through Aduan baru).
class OfficerWorkspace : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerWorkspace)

public:
    explicit OfficerWorkspace(Session &session, QWidget *parent = nullptr);

    NewComplaintPage *newComplaintPage() const { return m_newComplaint; }
    InboxPage *inboxPage() const { return m_inbox; }
    SurveyPage *surveyPage() const { return m_survey; }
    SmsInboxPage *smsInboxPage() const { return m_sms; }

private:
    NewComplaintPage *m_newComplaint = nullptr;
    SmsInboxPage *m_sms = nullptr;
    InboxPage *m_inbox = nullptr;
    ConveyPanel *m_convey = nullptr;
    SurveyPage *m_survey = nullptr;
    RegisterPage *m_register = nullptr;
};

} // namespace aduan::gui
