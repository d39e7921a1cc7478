#include "export/recaptable.h"

#include "recap/recap.h"
#include "recap/recapcomparison.h"
#include "skm/skmmethod.h"
#include "workflow/stepclock.h"

using namespace Qt::StringLiterals;

namespace aduan {

QList<QStringList> recapTable(const MonthlyRecap &recap)
{
    const PeriodRecap &c = recap.current;
    const PeriodRecap &p = recap.previous;
    auto period = [](const PeriodRecap &r) {
        return u"%1 s.d. %2"_s.arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    };
    QList<QStringList> rows;
    rows << QStringList{u"Bagian"_s, u"Uraian"_s, period(c), period(p)};
    auto add = [&](const QString &section, const QString &item, qint64 now, qint64 before) {
        rows << QStringList{section, item, QString::number(now), QString::number(before)};
    };
    add(u"Aduan"_s, u"Diterima"_s, c.received, p.received);
    add(u"Aduan"_s, u"Selesai dalam periode"_s, c.completed, p.completed);
    add(u"Aduan"_s, u"Sisa dari periode sebelumnya"_s, c.carriedIn, p.carriedIn);
    add(u"Aduan"_s, u"Belum selesai akhir periode"_s, c.carriedOver, p.carriedOver);
    add(u"Aduan"_s, u"Dibatalkan"_s, c.voided, p.voided);
    for (Channel ch : allChannels())
        add(u"Saluran"_s, channelLabel(ch), c.byChannel.value(ch), p.byChannel.value(ch));
    for (const RecapLine &line : categoryLines(recap))
        add(u"Kategori"_s, line.key, line.current, line.previous);
    for (ComplaintStatus s : recapStatuses())
        add(u"Status akhir periode"_s, statusLabel(s), c.byStatus.value(s), p.byStatus.value(s));
    for (const auto &[s, before] : stepLines(recap)) {
        const QString name = u"Langkah %1 (target %2 menit)"_s.arg(s.stepNumber).arg(s.targetMinutes);
        add(name, u"Selesai"_s, s.completed, before.completed);
        add(name, u"Tepat waktu"_s, s.onTime, before.onTime);
        add(name, u"Terlambat"_s, s.late, before.late);
        rows << QStringList{name, u"Median waktu"_s, formatWorkingDuration(s.medianSeconds),
                            formatWorkingDuration(before.medianSeconds)};
        rows << QStringList{name, u"Persentil ke-90"_s, formatWorkingDuration(s.p90Seconds),
                            formatWorkingDuration(before.p90Seconds)};
    }
    add(u"Batas waktu"_s, u"Selesai dalam batas waktu"_s, c.finishedWithinDeadline,
        p.finishedWithinDeadline);
    add(u"Batas waktu"_s, u"Selesai melewati batas waktu"_s, c.finishedPastDeadline,
        p.finishedPastDeadline);
    add(u"Batas waktu"_s, u"Belum selesai, melewati batas waktu"_s, c.openPastDeadline,
        p.openPastDeadline);
    add(u"Survei Kepuasan Masyarakat"_s, u"Responden"_s, c.skmRespondents, p.skmRespondents);
    auto skmValue = [](const PeriodRecap &r) {
        return r.skmRespondents > 0 ? skmDecimal(r.skmValueHundredths) + u" ("_s + r.skmGrade + u')'
                                    : u"-"_s;
    };
    rows << QStringList{u"Survei Kepuasan Masyarakat"_s, u"Nilai SKM (mutu)"_s, skmValue(c),
                        skmValue(p)};
    for (const auto &[agency, n] : c.referralsByAgency)
        rows << QStringList{u"Disalurkan ke"_s, agency, QString::number(n), QString()};
    for (const DeviationLine &d : c.deviations) {
        rows << QStringList{u"Penyimpangan"_s,
                            u"%1 langkah %2: %3 dari target %4 menit — %5 (%6)"_s
                                .arg(d.agendaNumber)
                                .arg(d.stepNumber)
                                .arg(formatWorkingDuration(d.workedSeconds))
                                .arg(d.targetMinutes)
                                .arg(d.reason, d.completedBy),
                            QString(), QString()};
    }
    rows << QStringList{u"Jejak audit"_s, u"Kepala rantai"_s, recap.auditHead, QString()};
    return rows;
}

} // namespace aduan
