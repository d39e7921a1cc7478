#include "domain/complaint.h"

using namespace Qt::StringLiterals;

namespace aduan {

QString urgencyCode(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Biasa: return u"biasa"_s;
    case Urgency::Segera: return u"segera"_s;
    case Urgency::SangatSegera: return u"sangat_segera"_s;
    case Urgency::Rahasia: return u"rahasia"_s;
    }
    return {};
}

QString urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Biasa: return u"Biasa"_s;
    case Urgency::Segera: return u"Segera"_s;
    case Urgency::SangatSegera: return u"Sangat Segera"_s;
    case Urgency::Rahasia: return u"Rahasia"_s;
    }
    return {};
}

std::optional<Urgency> urgencyFromCode(const QString &code)
{
    for (auto u : {Urgency::Biasa, Urgency::Segera, Urgency::SangatSegera, Urgency::Rahasia}) {
        if (urgencyCode(u) == code)
            return u;
    }
    return std::nullopt;
}

QStringList standardInstructions()
{
    return {u"Rapatkan segera"_s,       u"Tindak lanjuti"_s,  u"Pelajari dan laporkan"_s,
            u"Koordinasikan"_s,         u"Untuk diketahui"_s, u"Salurkan ke instansi terkait"_s,
            u"Arsipkan"_s};
}

QString statusCode(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::InProgress: return u"in_progress"_s;
    case ComplaintStatus::Paused: return u"paused"_s;
    case ComplaintStatus::Completed: return u"completed"_s;
    case ComplaintStatus::Referred: return u"referred"_s;
    case ComplaintStatus::Voided: return u"voided"_s;
    }
    return {};
}

std::optional<ComplaintStatus> statusFromCode(const QString &code)
{
    for (auto s : {ComplaintStatus::InProgress, ComplaintStatus::Paused,
                   ComplaintStatus::Completed, ComplaintStatus::Referred,
                   ComplaintStatus::Voided}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::InProgress: return u"Dalam proses"_s;
    case ComplaintStatus::Paused: return u"Ditunda"_s;
    case ComplaintStatus::Completed: return u"Selesai"_s;
    case ComplaintStatus::Referred: return u"Disalurkan"_s;
    case ComplaintStatus::Voided: return u"Dibatalkan"_s;
    }
    return {};
}

ComplaintStatus deriveStatus(const StatusFacts &facts)
{
    if (facts.voided)
        return ComplaintStatus::Voided;
    if (facts.stepOpen)
        return facts.paused ? ComplaintStatus::Paused : ComplaintStatus::InProgress;
    return facts.referred ? ComplaintStatus::Referred : ComplaintStatus::Completed;
}

StatusCondition statusCondition(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Voided: return {true, {}, {}, {}};
    case ComplaintStatus::Paused: return {false, true, true, {}};
    case ComplaintStatus::InProgress: return {false, true, false, {}};
    case ComplaintStatus::Referred: return {false, false, {}, true};
    case ComplaintStatus::Completed: return {false, false, {}, false};
    }
    return {};
}

ComplaintStatus ComplaintRecord::status() const
{
    return deriveStatus({voidedAt.isValid(), currentStep() != nullptr, isPaused(),
                         referral.has_value()});
}

const StepState *ComplaintRecord::currentStep() const
{
    if (voidedAt.isValid())
        return nullptr;
    for (const StepState &step : steps) {
        if (!step.completed())
            return &step;
    }
    return nullptr;
}

bool ComplaintRecord::isPaused() const
{
    for (const PauseRecord &pause : pauses) {
        if (!pause.resumedAt.isValid())
            return true;
    }
    return false;
}

QString ComplaintRecord::complainantDisplayName() const
{
    if (confidentiality == Confidentiality::Anonymous)
        return anonymousLabel();
    if (identityHidden || !complainant)
        return hiddenIdentityLabel();
    return complainant->name;
}

} // namespace aduan
