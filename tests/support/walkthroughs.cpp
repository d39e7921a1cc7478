#include "walkthroughs.h"

#include "admin/administration.h"
#include "storage/settingsstore.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;

namespace aduan::test {

WalkthroughIds runWalkthroughs(TestOffice &office)
{
    Workflow wf(*office.db, office.clock);
    WalkthroughIds ids;
    DispositionInput disposition;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    auto decision = [](const QDateTime &at, const QString &text) {
        DecisionInput d;
        d.meetingAt = at;
        d.attendees = {u"Agus"_s, u"Lina"_s};
        d.discussion = u"Pembahasan tim."_s;
        d.decision = text;
        return d;
    };

    // A — Monday 2 March 2026.
    {
        ComplaintDraft d;
        d.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male,
                                    u"0812 3456 7801"_s,
                                    u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s};
        d.requirements.insert(u"identity_card"_s, {true, {}});
        d.requirements.insert(u"evidence"_s, {true, {}});
        d.evidence = {u"fotokopi KKS"_s, u"fotokopi buku tabungan"_s};
        d.subject = u"Bantuan PKH tahap 3 dan 4 tidak cair"_s;
        d.description = u"Sejak Juli bantuan PKH tidak masuk ke rekening, padahal masih terdaftar "
                        "sebagai penerima."_s;
        d.category = u"Bantuan sosial"_s;
        office.clock.set(wib(2026, 3, 2, 9, 4, 10));
        ids.a = wf.registerComplaint(office.rina, d, wib(2026, 3, 2, 9, 0)).complaintId;
        office.clock.set(wib(2026, 3, 2, 9, 12));
        wf.reportToHead(office.dewi, {ids.a});
        office.clock.set(wib(2026, 3, 2, 9, 20));
        DispositionInput segera = disposition;
        segera.urgency = Urgency::Segera;
        wf.dispose(office.hendra, {ids.a}, segera);
        office.clock.set(wib(2026, 3, 2, 9, 45));
        wf.decide(office.agus, {ids.a},
                  decision(wib(2026, 3, 2, 9, 25), u"Diverifikasi ulang ke pendamping PKH."_s));
        office.clock.set(wib(2026, 3, 2, 9, 53));
        wf.conveyResult(office.rina, {ids.a},
                        {u"telepon"_s, u"Bantuan akan dicairkan pada tahap berikut."_s,
                         u"Menerima"_s});
    }
    // B — SMS on Wednesday 18 March, registered Thursday 19, finished Monday 23 March.
    {
        ComplaintDraft d;
        d.channel = Channel::Sms;
        d.receivedAt = wib(2026, 3, 18, 21, 14);
        d.complainant = Complainant{u"Ibu Lestari"_s, {}, Gender::Unknown, u"085712340001"_s, {}};
        d.requirements.insert(u"identity_card"_s,
                              {false, u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s});
        d.requirements.insert(u"evidence"_s, {false, u"Bukti akan dikirim menyusul"_s});
        d.subject = u"Orang dengan gangguan jiwa berkeliaran"_s;
        d.description = u"Di sekitar pasar Legi ada ODGJ tidur di emperan toko sejak tiga hari."_s;
        office.clock.set(wib(2026, 3, 19, 15, 53, 30));
        ids.b = wf.registerComplaint(office.rina, d, wib(2026, 3, 19, 15, 50)).complaintId;
        office.clock.set(wib(2026, 3, 23, 7, 45));
        wf.reportToHead(office.dewi, {ids.b}, {}, u"Libur Nyepi dan akhir pekan"_s);
        office.clock.set(wib(2026, 3, 23, 8, 0));
        wf.dispose(office.hendra, {ids.b}, disposition, u"Rapat pimpinan pagi"_s);
        office.clock.set(wib(2026, 3, 23, 8, 10));
        wf.pause(office.agus, {ids.b}, u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
        office.clock.set(wib(2026, 3, 23, 10, 10));
        wf.resume(office.agus, {ids.b}, u"Data diterima"_s);
        office.clock.set(wib(2026, 3, 23, 10, 25));
        qint64 dinkes = 0;
        for (const Agency &a : SettingsStore(*office.db).agencies()) {
            if (a.name == u"Dinas Kesehatan Kota Blitar"_s)
                dinkes = a.id;
        }
        wf.refer(office.agus, {ids.b},
                 decision(wib(2026, 3, 23, 10, 15), u"Bukan kewenangan Dinas Sosial."_s),
                 ReferralInput{dinkes, u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s,
                               u"400/12/410.105/2026"_s});
        office.clock.set(wib(2026, 3, 23, 10, 30));
        wf.conveyResult(office.rina, {ids.b},
                        {u"telepon"_s, u"Aduan disalurkan ke Dinas Kesehatan Kota Blitar."_s, {}});
    }
    // C — confidential, Monday 6 April 2026, Dewi acting head 6–8 April.
    {
        Delegation plh;
        plh.delegateUserId = office.dewi;
        plh.firstDay = QDate(2026, 4, 6);
        plh.lastDay = QDate(2026, 4, 8);
        plh.reason = u"Kepala Dinas cuti"_s;
        office.clock.set(wib(2026, 4, 3, 9, 0));
        Administration(*office.db, office.clock).addDelegation(office.admin, plh);
        ComplaintDraft d;
        d.confidentiality = Confidentiality::Confidential;
        d.complainant = Complainant{u"Hartini"_s, u"3572015203880002"_s, Gender::Female,
                                    u"081234567808"_s, {}};
        d.requirements.insert(u"identity_card"_s, {true, {}});
        d.requirements.insert(u"evidence"_s, {true, {}});
        d.evidence = {u"catatan tanggal kejadian"_s};
        d.subject = u"Pungutan liar saat pencairan bantuan"_s;
        d.description = u"Saya diminta menyerahkan sebagian bantuan kepada pendamping."_s;
        office.clock.set(wib(2026, 4, 6, 10, 6));
        ids.c = wf.registerComplaint(office.rina, d, wib(2026, 4, 6, 10, 0),
                                     u"Pengadu ragu-ragu menyampaikan identitasnya"_s)
                    .complaintId;
        office.clock.set(wib(2026, 4, 6, 10, 10));
        wf.reportToHead(office.dewi, {ids.c});
        office.clock.set(wib(2026, 4, 6, 10, 15));
        DispositionInput rahasia = disposition;
        rahasia.urgency = Urgency::Rahasia;
        wf.dispose(office.dewi, {ids.c}, rahasia);
        office.clock.set(wib(2026, 4, 6, 10, 50));
        wf.decide(office.agus, {ids.c}, decision(wib(2026, 4, 6, 10, 20), u"Ditindaklanjuti."_s),
                  u"Menunggu klarifikasi pendamping"_s);
        office.clock.set(wib(2026, 4, 6, 11, 0));
        wf.conveyResult(office.rina, {ids.c},
                        {u"langsung"_s, u"Pendamping diperiksa inspektorat."_s, u"Puas"_s});
    }
    return ids;
}

} // namespace aduan::test
