#pragma once

#include "domain/channel.h"
#include "domain/complaint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aduan {

/// One line of the Buku Penerimaan Pengaduan (the intake book / register), as one user may see
/// it: a confidential complainant reads "Dirahasiakan" for a user without the right.
struct IntakeBookRow {
    qint64 complaintId = 0;
    QString agendaNumber;
    QDateTime receivedAt;     ///< UTC
    QDateTime registeredAt;   ///< UTC
    QString complainantName;  ///< the name, "Dirahasiakan" or "Anonim"
    Channel channel = Channel::Direct;
    QString subject;
    QString category;
    ComplaintStatus status = ComplaintStatus::InProgress;
    int currentStep = 0;            ///< 0 when no step is open
    Role currentActor = Role::Officer;
    int currentTargetMinutes = 0;
    QDateTime currentActionableAt;  ///< UTC; when the open step could start
    int rowVersion = 0;
    QString voidReason;             ///< why it was voided, as typed; empty unless voided
};

/// The status as the register and the printed Buku show it: the status's office term
/// (statusLabel()), and for a voided complaint its reason too — "Dibatalkan: Tercatat dua kali"
/// ("Dibatalkan" alone when no reason was stored). Always Indonesian, as printed.
QString statusLine(const IntakeBookRow &row);

/// Filters of the register view. Months and dates are office dates (Asia/Jakarta by default).
struct IntakeBookFilter {
    QDate fromDate;                 ///< received on or after (office date); invalid = open
    QDate toDate;                   ///< received on or before (office date); invalid = open
    std::optional<ComplaintStatus> status;
    std::optional<Channel> channel;
    int step = 0;                   ///< only complaints whose open step is this one; 0 = any
    QString search;                 ///< number, name, NIK, phone or words of subject/description
    bool includeVoided = true;
};

/// Sort keys for the register.
enum class IntakeBookSort { ReceivedAt, AgendaNumber, Complainant, Status };

} // namespace aduan
