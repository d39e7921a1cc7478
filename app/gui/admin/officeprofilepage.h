#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace aduan::gui {

class Session;

/// Administrator: the office profile (Profil kantor) that the letterhead and the signature
/// blocks print: names, address, emblem, the head's title, name and NIP.
class OfficeProfilePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeProfilePage)

public:
    explicit OfficeProfilePage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void save();
    void chooseEmblem();
    void showEmblem();

    Session &m_session;
    QLineEdit *m_government = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_headTitle = nullptr;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_headNip = nullptr;
    QLabel *m_emblem = nullptr;
    QByteArray m_emblemPng;
};

} // namespace aduan::gui
