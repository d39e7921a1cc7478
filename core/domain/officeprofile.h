#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace aduan {

/// Profil kantor: what the letterhead (Kop surat) and the signature blocks print.
struct OfficeProfile {
    QString government = QStringLiteral("PEMERINTAH KOTA BLITAR");
    QString officeName = QStringLiteral("DINAS SOSIAL");
    QString address;           ///< the address line under the office name
    QString city = QStringLiteral("Blitar"); ///< place name before the date of a signature
    QString headTitle = QStringLiteral("Kepala Dinas Sosial Kota Blitar");
    QString headName;
    QString headNip;           ///< 18 digits, printed grouped
    QByteArray emblemPng;      ///< the emblem (PNG); empty = the bundled placeholder

    QJsonObject toJson() const;
    static OfficeProfile fromJson(const QJsonObject &json);
};

/// A class of complaint with its overall deadline (defaults: 5, 14 and 60 working days; 60 is
/// the ceiling of UU 25/2009 on public service, art. 36).
struct ComplaintClass {
    QString code;
    QString name;
    int deadlineWorkingDays = 5;
};

struct Agency {
    qint64 id = 0;
    QString name;
    QString address;
    bool active = true;
};

} // namespace aduan
