#pragma once

#include "domain/role.h"

#include <QDate>
#include <QList>
#include <QString>

namespace aduan {

class Clock;

/// A demo login (shown on the login screen in demo mode only).
struct DemoAccount {
    QString username;
    QString password;
    QString fullName;
    QList<Role> roles;
};

/// Options of the demo / benchmark data generator.
struct DemoOptions {
    int complaints = 400;   ///< how many complaints
    quint32 seed = 20260302; ///< same seed, same data
    QDate fromMonth;        ///< first month (office time); invalid = so that the last lies in the clock's month
};

/// The demo accounts: the walkthrough's people (Rina, Dewi, Hendra, Agus, Lina, Admin).
QList<DemoAccount> demoAccounts();

/// Creates a demo database at `path` (which must not exist): the walkthrough's office profile and
/// calendar, one user per role (demoAccounts()), and `options.complaints` complaints over recent
/// months in every state (late steps with reasons, pauses, referrals, confidential and anonymous
/// ones, voided ones), with complete step histories, ending before clock.now().
/// Returns the number of complaints written. On failure the half-made file is removed.
qint64 createDemoDatabase(const QString &path, const DemoOptions &options, const Clock &clock);

} // namespace aduan
