#pragma once

#include "domain/complaint.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aduan::gui {

class ResultBanner;
class Session;

/// Petugas Pengaduan: SMS masuk (issue 19; SOP "Pencatatan dan Pendataan" 1–2). The SMS that
/// Gammu's SMS daemon received and the rows imported from the website or a Google Form, waiting
/// for the officer, oldest first: sender (+62…), received time in office time, channel, the
/// whole text. *Jadikan aduan* (Enter) hands the message to the complaint form, filled in
/// (makeComplaint); *Bukan aduan* (Delete) asks the reason and sets it aside; *Impor CSV…*
/// opens the import. Every rule is MessageIntake's; this page only shows and asks.
class SmsInboxPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsInboxPage)

public:
    explicit SmsInboxPage(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ResultBanner *banner() const { return m_banner; }
    /// Messages waiting, as last read.
    int waitingCount() const;
    /// Reads the waiting messages again.
    void refresh();
    /// Jadikan aduan for the selected message.
    void makeComplaintOfSelected();
    /// Bukan aduan for the selected message (asks the reason).
    void setSelectedAside();

signals:
    /// The officer chose to register message `messageId`; `draft` is the form filled from it.
    void makeComplaint(qint64 messageId, const ComplaintDraft &draft);
    void countChanged(int waiting);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    void updateButtons();
    /// MessageIntake::syncWithDaemon() when the daemon is set up; its trouble in the banner.
    void syncWithDaemon();

    Session &m_session;
    ResultBanner *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_aside = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace aduan::gui
