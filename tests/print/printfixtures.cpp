#include "printfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace aduan::printtest {

namespace {

StepState step(int number, const QString &action, Role actor, int target, const QDateTime &from,
               const QDateTime &to, const QString &by, qint64 worked, const QString &reason = {})
{
    StepState s;
    s.number = number;
    s.action = action;
    s.actor = actor;
    s.targetMinutes = target;
    s.actionableAt = from;
    s.completedAt = to;
    s.completedBy = number;
    s.completedByName = by;
    s.workedSeconds = worked;
    s.late = worked > qint64(target) * 60;
    s.deviationReason = reason;
    return s;
}

} // namespace

QDateTime wib(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(7 * 3600))
        .toUTC();
}

OfficeProfile office()
{
    OfficeProfile profile;
    profile.address = u"Jl. contoh No. 1, Blitar"_s;
    profile.headName = u"Drs. Hendra Wijaya, M.Si."_s;
    profile.headNip = QString::fromLatin1(kHendraNip);
    return profile;
}

forms::PrintContext context(forms::PaperSize paper)
{
    forms::PrintContext ctx;
    ctx.office = office();
    ctx.paper = paper;
    ctx.preparedBy = u"Rina Puspitasari"_s;
    ctx.printedAt = wib(2026, 4, 6, 11, 5);
    return ctx;
}

ComplaintRecord walkthroughA()
{
    ComplaintRecord c;
    c.id = 1;
    c.agendaNumber = u"0001/ADUAN/III/2026"_s;
    c.channel = Channel::Direct;
    c.receivedAt = wib(2026, 3, 2, 9, 0);
    c.registeredAt = wib(2026, 3, 2, 9, 4, 10);
    c.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male,
                                u"+6281234567801"_s,
                                u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s};
    c.subject = u"Bantuan PKH tahap 3 dan 4 tidak cair"_s;
    c.description = u"Sejak Juli bantuan PKH tidak masuk ke rekening, padahal masih terdaftar sebagai penerima."_s;
    c.category = u"Bantuan sosial"_s;
    c.deadlineAt = wib(2026, 3, 9, 16, 0);
    c.requirements.insert(u"identity_card"_s, {true, {}});
    c.requirements.insert(u"evidence"_s, {true, {}});
    c.evidence = {u"fotokopi KKS"_s, u"fotokopi buku tabungan"_s};
    c.steps = {
        step(1, u"register"_s, Role::Officer, 5, wib(2026, 3, 2, 9, 0), wib(2026, 3, 2, 9, 4, 10), u"Rina Puspitasari"_s, 250),
        step(2, u"report"_s, Role::Secretary, 10, wib(2026, 3, 2, 9, 4, 10), wib(2026, 3, 2, 9, 12), u"Dewi Kartika Sari"_s, 470),
        step(3, u"dispose"_s, Role::Head, 10, wib(2026, 3, 2, 9, 12), wib(2026, 3, 2, 9, 20), u"Drs. Hendra Wijaya, M.Si."_s, 480),
        step(4, u"decide"_s, Role::Team, 30, wib(2026, 3, 2, 9, 20), wib(2026, 3, 2, 9, 45), u"Agus Setiawan"_s, 1500),
        step(5, u"convey"_s, Role::Officer, 10, wib(2026, 3, 2, 9, 45), wib(2026, 3, 2, 9, 53), u"Rina Puspitasari"_s, 480),
    };
    DispositionRecord d;
    d.input.urgency = Urgency::Segera;
    d.input.instructions = {u"Rapatkan segera"_s};
    d.input.note = u"rapatkan segera"_s;
    d.input.addressee = u"Tim Pengelola Pengaduan"_s;
    d.signerId = 3;
    d.signerName = u"Drs. Hendra Wijaya, M.Si."_s;
    d.signerNip = QString::fromLatin1(kHendraNip);
    d.signedAt = wib(2026, 3, 2, 9, 20);
    c.disposition = d;
    DecisionRecord decision;
    decision.input.meetingAt = wib(2026, 3, 2, 9, 25);
    decision.input.attendees = {u"Agus Setiawan"_s, u"Lina Marlina"_s};
    decision.input.discussion = u"Data penerima PKH diperiksa: pengadu masih terdaftar, dana tahap 3 dan 4 tertahan karena rekening tidak aktif."_s;
    decision.input.decision = u"Dinas Sosial mengajukan aktivasi rekening pengadu kepada bank penyalur; pengadu diminta datang ke bank dengan KKS."_s;
    decision.input.withinAuthority = true;
    decision.decidedBy = 4;
    decision.decidedAt = wib(2026, 3, 2, 9, 45);
    c.decision = decision;
    ResolutionReportRecord report;
    report.input.method = u"telepon"_s;
    report.input.summary = u"Rekening pengadu telah diajukan untuk diaktifkan kembali; bantuan tahap 3 dan 4 akan cair setelah aktivasi."_s;
    report.input.complainantResponse = u"Pengadu menerima penjelasan dan akan datang ke bank penyalur."_s;
    report.officerId = 1;
    report.officerName = u"Rina Puspitasari"_s;
    report.officerNip = QString::fromLatin1(kRinaNip);
    report.conveyedAt = wib(2026, 3, 2, 9, 53);
    c.resolutionReport = report;
    return c;
}

ComplaintRecord walkthroughB()
{
    ComplaintRecord c;
    c.id = 2;
    c.agendaNumber = u"0002/ADUAN/III/2026"_s;
    c.channel = Channel::Sms;
    c.receivedAt = wib(2026, 3, 18, 21, 14);
    c.registeredAt = wib(2026, 3, 19, 15, 53, 30);
    c.complainant = Complainant{u"Ibu Lestari"_s, {}, Gender::Female, u"+6285712340001"_s, {}};
    c.subject = u"Orang dengan gangguan jiwa berkeliaran"_s;
    c.description = u"Di sekitar pasar Legi ada ODGJ tidur di emperan toko sejak tiga hari."_s;
    c.deadlineAt = wib(2026, 3, 26, 16, 0);
    c.requirements.insert(u"identity_card"_s,
                          {false, u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s});
    c.requirements.insert(u"evidence"_s, {false, u"Bukti akan dikirim menyusul"_s});
    c.steps = {
        step(1, u"register"_s, Role::Officer, 5, wib(2026, 3, 19, 15, 50), wib(2026, 3, 19, 15, 53, 30), u"Rina Puspitasari"_s, 210),
        step(2, u"report"_s, Role::Secretary, 10, wib(2026, 3, 19, 15, 53, 30), wib(2026, 3, 23, 7, 45), u"Dewi Kartika Sari"_s, 1290,
             u"Aduan masuk menjelang jam pulang; Jumat libur, dilaporkan Senin pagi"_s),
        step(3, u"dispose"_s, Role::Head, 10, wib(2026, 3, 23, 7, 45), wib(2026, 3, 23, 8, 0), u"Drs. Hendra Wijaya, M.Si."_s, 900,
             u"Kepala Dinas memimpin apel pagi"_s),
        step(4, u"decide"_s, Role::Team, 30, wib(2026, 3, 23, 8, 0), wib(2026, 3, 23, 10, 25), u"Agus Setiawan"_s, 1500),
        step(5, u"convey"_s, Role::Officer, 10, wib(2026, 3, 23, 10, 25), wib(2026, 3, 23, 10, 30), u"Rina Puspitasari"_s, 300),
    };
    PauseRecord pause;
    pause.id = 1;
    pause.stepNumber = 4;
    pause.pausedAt = wib(2026, 3, 23, 8, 10);
    pause.reason = u"menunggu data kepesertaan dari BPJS Kesehatan"_s;
    pause.resumedAt = wib(2026, 3, 23, 10, 10);
    pause.resumeNote = u"data kepesertaan diterima"_s;
    c.pauses = {pause};
    DispositionRecord d;
    d.input.urgency = Urgency::Segera;
    d.input.instructions = {u"Rapatkan segera"_s, u"Koordinasikan"_s};
    d.input.note = u"Koordinasikan dengan instansi terkait bila bukan kewenangan kita."_s;
    d.input.addressee = u"Tim Pengelola Pengaduan"_s;
    d.signerName = u"Drs. Hendra Wijaya, M.Si."_s;
    d.signerNip = QString::fromLatin1(kHendraNip);
    d.signedAt = wib(2026, 3, 23, 8, 0);
    c.disposition = d;
    DecisionRecord decision;
    decision.input.meetingAt = wib(2026, 3, 23, 8, 5);
    decision.input.attendees = {u"Agus Setiawan"_s, u"Lina Marlina"_s};
    decision.input.discussion = u"ODGJ terlantar di ruang publik memerlukan penanganan medis dan jaminan kesehatan."_s;
    decision.input.decision = u"Bukan kewenangan Dinas Sosial: disalurkan kepada Dinas Kesehatan Kota Blitar."_s;
    decision.input.withinAuthority = false;
    ReferralInput referralInput{7, u"Penanganan medis ODGJ dan kepesertaan jaminan kesehatan adalah kewenangan Dinas Kesehatan"_s,
                                u"400.9/123/410.105/2026"_s};
    decision.input.referral = referralInput;
    decision.decidedAt = wib(2026, 3, 23, 10, 25);
    c.decision = decision;
    ReferralRecord referral;
    referral.input = referralInput;
    referral.agencyName = u"Dinas Kesehatan Kota Blitar"_s;
    referral.agencyAddress = u"Jl. contoh No. 2, Blitar"_s;
    referral.referredAt = wib(2026, 3, 23, 10, 25);
    c.referral = referral;
    ResolutionReportRecord report;
    report.input.method = u"telepon"_s;
    report.input.summary = u"Aduan telah disalurkan kepada Dinas Kesehatan Kota Blitar dengan surat nomor 400.9/123/410.105/2026."_s;
    report.input.complainantResponse = u"Pengadu memahami dan akan menghubungi Dinas Kesehatan."_s;
    report.officerName = u"Rina Puspitasari"_s;
    report.officerNip = QString::fromLatin1(kRinaNip);
    report.conveyedAt = wib(2026, 3, 23, 10, 30);
    c.resolutionReport = report;
    return c;
}

ComplaintRecord walkthroughC()
{
    ComplaintRecord c;
    c.id = 3;
    c.agendaNumber = u"0003/ADUAN/IV/2026"_s;
    c.channel = Channel::Direct;
    c.confidentiality = Confidentiality::Confidential;
    c.receivedAt = wib(2026, 4, 6, 10, 0);
    c.registeredAt = wib(2026, 4, 6, 10, 6);
    c.complainant = Complainant{u"Hartini"_s, u"3572015203880002"_s, Gender::Female,
                                u"+6281234567808"_s, u"Jl. Mawar 3, Kel. Sukorejo"_s};
    c.subject = u"Pungutan liar saat pencairan bantuan"_s;
    c.description = u"Saya diminta menyerahkan sebagian bantuan kepada pendamping."_s;
    c.deadlineAt = wib(2026, 4, 13, 16, 0);
    c.requirements.insert(u"identity_card"_s, {true, {}});
    c.requirements.insert(u"evidence"_s, {true, {}});
    c.evidence = {u"catatan tanggal kejadian"_s};
    c.steps = {
        step(1, u"register"_s, Role::Officer, 5, wib(2026, 4, 6, 10, 0), wib(2026, 4, 6, 10, 6), u"Rina Puspitasari"_s, 360,
             u"Pengadu meminta ruang tertutup sebelum menyampaikan aduan"_s),
        step(2, u"report"_s, Role::Secretary, 10, wib(2026, 4, 6, 10, 6), wib(2026, 4, 6, 10, 10), u"Dewi Kartika Sari"_s, 240),
        step(3, u"dispose"_s, Role::Head, 10, wib(2026, 4, 6, 10, 10), wib(2026, 4, 6, 10, 15), u"Dewi Kartika Sari"_s, 300),
        step(4, u"decide"_s, Role::Team, 30, wib(2026, 4, 6, 10, 15), wib(2026, 4, 6, 10, 50), u"Agus Setiawan"_s, 2100,
             u"Klarifikasi kepada koordinator pendamping memerlukan waktu"_s),
        step(5, u"convey"_s, Role::Officer, 10, wib(2026, 4, 6, 10, 50), wib(2026, 4, 6, 11, 0), u"Rina Puspitasari"_s, 600),
    };
    c.steps[2].actingHead = true;
    DispositionRecord d;
    d.input.urgency = Urgency::Rahasia;
    d.input.instructions = {u"Pelajari dan laporkan"_s};
    d.input.note = u"Jaga kerahasiaan identitas pengadu."_s;
    d.input.addressee = u"Tim Pengelola Pengaduan"_s;
    d.signerName = u"Dewi Kartika Sari"_s;
    d.signerNip = QString::fromLatin1(kDewiNip);
    d.signedAsActing = true;
    d.signedAt = wib(2026, 4, 6, 10, 15);
    c.disposition = d;
    DecisionRecord decision;
    decision.input.meetingAt = wib(2026, 4, 6, 10, 20);
    decision.input.attendees = {u"Agus Setiawan"_s, u"Lina Marlina"_s};
    decision.input.discussion = u"Pungutan oleh pendamping melanggar ketentuan penyaluran bantuan."_s;
    decision.input.decision = u"Pendamping yang bersangkutan dipanggil dan diberi teguran tertulis; bantuan dikembalikan utuh kepada pengadu."_s;
    decision.input.withinAuthority = true;
    decision.decidedAt = wib(2026, 4, 6, 10, 50);
    c.decision = decision;
    ResolutionReportRecord report;
    report.input.method = u"langsung"_s;
    report.input.summary = u"Pendamping telah diberi teguran tertulis dan bantuan dikembalikan utuh."_s;
    report.input.complainantResponse = u"Pengadu puas dengan penyelesaian."_s;
    report.officerName = u"Rina Puspitasari"_s;
    report.officerNip = QString::fromLatin1(kRinaNip);
    report.conveyedAt = wib(2026, 4, 6, 11, 0);
    c.resolutionReport = report;
    return c;
}

ComplaintRecord walkthroughCHidden()
{
    ComplaintRecord c = walkthroughC();
    c.complainant.reset();
    c.identityHidden = true;
    return c;
}

IntakeBookRow intakeRow(const ComplaintRecord &complaint)
{
    IntakeBookRow row;
    row.complaintId = complaint.id;
    row.agendaNumber = complaint.agendaNumber;
    row.receivedAt = complaint.receivedAt;
    row.registeredAt = complaint.registeredAt;
    row.complainantName = complaint.complainantDisplayName();
    row.channel = complaint.channel;
    row.subject = complaint.subject;
    row.category = complaint.category;
    row.status = complaint.status();
    return row;
}

QList<IntakeBookRow> intakeRows()
{
    return {intakeRow(walkthroughA()), intakeRow(walkthroughB()),
            intakeRow(walkthroughCHidden())};
}

ComplaintRecord fromCase(const QString &caseId, const QString &agendaNumber, const QDateTime &at)
{
    QFile file(QStringLiteral(ADUAN_CASES_DIR "/complaints.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QJsonObject input;
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(u"id"_s).toString() == caseId)
            input = value.toObject().value(u"input"_s).toObject();
    }
    REQUIRE(!input.isEmpty());

    ComplaintRecord c;
    c.id = 50;
    c.agendaNumber = agendaNumber;
    c.channel = channelFromCode(input.value(u"channel"_s).toString()).value_or(Channel::Direct);
    c.receivedAt = at;
    c.registeredAt = at;
    const QString confidentiality = input.value(u"confidentiality"_s).toString(u"biasa"_s);
    c.confidentiality = confidentialityFromCode(confidentiality).value_or(Confidentiality::Public);
    const QJsonObject person = input.value(u"complainant"_s).toObject();
    if (!person.isEmpty()) {
        Complainant complainant;
        complainant.name = person.value(u"name"_s).toString();
        complainant.nik = person.value(u"nik"_s).toString();
        complainant.phone = person.value(u"phone"_s).toString();
        complainant.address = person.value(u"address"_s).toString();
        const QString gender = person.value(u"gender"_s).toString();
        complainant.gender = gender == u"L" ? Gender::Male : gender == u"P" ? Gender::Female : Gender::Unknown;
        c.complainant = complainant;
    }
    c.subject = input.value(u"subject"_s).toString();
    c.description = input.value(u"description"_s).toString();
    c.category = input.value(u"category"_s).toString();
    if (caseId == u"long-and-strange-text") {
        // "(repeat this paragraph until the text is 6000 characters long)"
        QString paragraph = c.description.left(c.description.lastIndexOf(u'\n') + 1);
        QString description;
        while (description.size() < 6000)
            description += paragraph;
        c.description = description;
    }
    for (const QJsonValue &item : input.value(u"evidence"_s).toArray())
        c.evidence << item.toString();
    const bool cardShown = input.value(u"identityCardShown"_s).toBool();
    c.requirements.insert(u"identity_card"_s,
                          {cardShown, cardShown ? QString() : input.value(u"requirementWaiver"_s).toString()});
    const bool hasEvidence = !c.evidence.isEmpty();
    c.requirements.insert(u"evidence"_s,
                          {hasEvidence, hasEvidence ? QString() : input.value(u"evidenceWaiver"_s).toString()});
    c.steps = {step(1, u"register"_s, Role::Officer, 5, at.addSecs(-240), at, u"Rina Puspitasari"_s, 240)};
    return c;
}

QList<AuditEntry> auditFor(const ComplaintRecord &complaint)
{
    QList<AuditEntry> entries;
    qint64 id = 100;
    for (const StepState &s : complaint.steps) {
        AuditEntry e;
        e.id = ++id;
        e.at = s.completedAt;
        e.userId = s.completedBy;
        e.userName = s.completedByName;
        e.action = s.action;
        e.entity = u"complaint"_s;
        e.entityId = complaint.id;
        e.oldValue = QJsonObject{{u"step"_s, s.number}};
        e.newValue = QJsonObject{{u"step"_s, s.number + 1}};
        if (s.number == 1)
            e.newValue.insert(u"agenda_number"_s, complaint.agendaNumber);
        entries << e;
    }
    return entries;
}

} // namespace aduan::printtest
