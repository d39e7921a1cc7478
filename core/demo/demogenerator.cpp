#include "demo/demogenerator.h"

#include "calendar/officecalendar.h"
#include "sop/stepaction.h"
#include "storage/auditlog.h"
#include "storage/rowseal.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/agendanumber.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QStringList kMaleNames = {
    u"Budi"_s, u"Agus"_s, u"Slamet"_s, u"Joko"_s, u"Eko"_s, u"Bambang"_s, u"Sugeng"_s,
    u"Hadi"_s, u"Wahyu"_s, u"Imam"_s, u"Yusuf"_s, u"Rahmat"_s, u"Sutrisno"_s, u"Teguh"_s,
    u"Dimas"_s, u"Fajar"_s, u"Heru"_s, u"Kusnadi"_s, u"Mulyono"_s, u"Supriyadi"_s};
const QStringList kFemaleNames = {
    u"Siti"_s, u"Sri"_s, u"Dwi"_s, u"Endang"_s, u"Lestari"_s, u"Sumarni"_s, u"Wahyuni"_s,
    u"Hartini"_s, u"Ninik"_s, u"Rini"_s, u"Yuli"_s, u"Suparmi"_s, u"Tutik"_s, u"Dewi"_s,
    u"Ayu"_s, u"Kartika"_s, u"Murni"_s, u"Sulastri"_s, u"Nur"_s, u"Wulan"_s};
const QStringList kFamilyNames = {
    u"Santoso"_s, u"Prasetyo"_s, u"Wibowo"_s, u"Susanto"_s, u"Hidayat"_s, u"Saputra"_s,
    u"Rahayu"_s, u"Wulandari"_s, u"Kurniawan"_s, u"Setiawan"_s, u"Purnomo"_s, u"Utami"_s,
    u"Handayani"_s, u"Nugroho"_s, u"Permatasari"_s, u"Sulistyo"_s, u""_s, u""_s};
const QStringList kKelurahan[3] = {
    {u"Sukorejo"_s, u"Tanjungsari"_s, u"Karangsari"_s, u"Pakunden"_s, u"Tlumpu"_s,
     u"Blitar"_s, u"Turi"_s},
    {u"Kepanjenlor"_s, u"Kepanjenkidul"_s, u"Kauman"_s, u"Bendo"_s, u"Sentul"_s,
     u"Tanggung"_s, u"Ngadirejo"_s},
    {u"Sananwetan"_s, u"Rembang"_s, u"Bendogerit"_s, u"Plosokerep"_s, u"Karangtengah"_s,
     u"Gedog"_s, u"Klampok"_s}};
const QStringList kKecamatan = {u"Sukorejo"_s, u"Kepanjenkidul"_s, u"Sananwetan"_s};

struct Topic {
    QString category;
    QString subject;
    QString description;
};
const QList<Topic> kTopics = {
    {u"Bantuan sosial"_s, u"Bantuan PKH tidak cair"_s,
     u"Bantuan PKH tahap terakhir belum masuk ke rekening padahal masih terdaftar sebagai penerima."_s},
    {u"Bantuan sosial"_s, u"BPNT terlambat"_s,
     u"Saldo bantuan pangan non tunai belum terisi sejak dua bulan."_s},
    {u"Data kesejahteraan sosial (DTKS)"_s, u"Belum terdaftar DTKS"_s,
     u"Keluarga kurang mampu belum masuk data terpadu kesejahteraan sosial."_s},
    {u"Data kesejahteraan sosial (DTKS)"_s, u"Data ganda di DTKS"_s,
     u"Nama tercatat dua kali sehingga bantuan diblokir."_s},
    {u"Rehabilitasi sosial"_s, u"Orang dengan gangguan jiwa terlantar"_s,
     u"Ada ODGJ tidur di emperan toko dan perlu penanganan."_s},
    {u"Rehabilitasi sosial"_s, u"Lansia hidup sendiri"_s,
     u"Tetangga lansia hidup sendiri tanpa perawatan keluarga."_s},
    {u"Rehabilitasi sosial"_s, u"Anak putus sekolah"_s,
     u"Anak tetangga berhenti sekolah karena biaya dan bekerja di pasar."_s},
    {u"Perlindungan dan jaminan sosial"_s, u"Rumah rusak terdampak angin kencang"_s,
     u"Atap rumah roboh sebagian setelah angin kencang."_s},
    {u"Perlindungan dan jaminan sosial"_s, u"Kepesertaan PBI BPJS nonaktif"_s,
     u"Kartu BPJS PBI tidak aktif saat berobat ke puskesmas."_s},
    {u"Pelayanan publik"_s, u"Pungutan oleh oknum pendamping"_s,
     u"Ada oknum yang meminta uang kepada penerima bantuan saat pencairan."_s},
    {u"Pelayanan publik"_s, u"Pelayanan loket lambat"_s,
     u"Antrean di loket pelayanan sangat lama dan tidak ada informasi."_s},
    {u"Lainnya"_s, u"Jalan berlubang di depan rumah"_s,
     u"Jalan berlubang dan membahayakan pengendara."_s},
};
const QStringList kLateReasons = {
    u"Petugas melayani pengadu lain bersamaan"_s, u"Kepala Dinas rapat di luar kantor"_s,
    u"Menunggu kelengkapan berkas dari pengadu"_s, u"Jaringan komputer terganggu"_s,
    u"Tim menunggu anggota yang bertugas lapangan"_s, u"Aduan masuk menjelang jam pulang"_s};
const QStringList kPauseReasons = {
    u"Menunggu data kepesertaan dari BPJS Kesehatan"_s,
    u"Menunggu klarifikasi dari pendamping PKH"_s, u"Menunggu hasil survei lapangan"_s,
    u"Menunggu konfirmasi dari kelurahan"_s};

/// Picks by weights (they need not add up to anything in particular).
template<typename T>
T weighted(QRandomGenerator &rng, const QList<std::pair<T, int>> &choices)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.second;
    int pick = int(rng.bounded(total));
    for (const auto &c : choices) {
        if (pick < c.second)
            return c.first;
        pick -= c.second;
    }
    return choices.constLast().first;
}

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(int(list.size()))));
}

/// A structurally valid Kota Blitar NIK (35.72.0d, birth date with day + 40 for women).
QString makeNik(QRandomGenerator &rng, int district, bool female, QDate birth)
{
    const int day = birth.day() + (female ? 40 : 0);
    return u"35720%1%2%3%4%5"_s.arg(district)
        .arg(day, 2, 10, QChar(u'0'))
        .arg(birth.month(), 2, 10, QChar(u'0'))
        .arg(birth.year() % 100, 2, 10, QChar(u'0'))
        .arg(int(rng.bounded(1, 9999)), 4, 10, QChar(u'0'));
}

struct Context {
    QRandomGenerator rng;
    OfficeCalendar calendar;
    SopDefinition sop;
    QString pattern;
    QList<ComplaintClass> classes;
    QList<Agency> agencies;
    qint64 officer = 0, secretary = 0, head = 0, acting = 0;
    QList<qint64> team;
    QList<QString> teamNames;
    QDate actingFrom, actingTo;
    QHash<int, int> sequence;
    QDateTime now;
};

/// Builds one complaint received at `received`, carried through the steps as far as `now`.
BulkComplaint makeComplaint(Context &ctx, const QDateTime &received)
{
    QRandomGenerator &rng = ctx.rng;
    BulkComplaint c;
    c.sopRevisionId = ctx.sop.revisionId;
    c.channel = weighted<Channel>(rng, {{Channel::Direct, 45}, {Channel::Sms, 12},
                                        {Channel::Telephone, 12}, {Channel::Website, 10},
                                        {Channel::Letter, 6}, {Channel::Email, 4},
                                        {Channel::SocialMedia, 6}, {Channel::Lapor, 5}});
    c.confidentiality = weighted<Confidentiality>(
        rng, {{Confidentiality::Public, 91}, {Confidentiality::Confidential, 6},
              {Confidentiality::Anonymous, 3}});
    const bool direct = c.channel == Channel::Direct;
    // Walk-ins arrive in office hours; the rest whenever, and wait for the officer.
    c.receivedAt = direct ? ctx.calendar.addWorkingSeconds(received, 0) : received;
    const QDateTime opened = ctx.calendar.addWorkingSeconds(
        c.receivedAt, direct ? 0 : qint64(rng.bounded(0, 3 * 3600)));

    const bool female = rng.bounded(2) == 1;
    const int district = int(rng.bounded(1, 4));
    const QString first = pick(rng, female ? kFemaleNames : kMaleNames);
    const QString family = pick(rng, kFamilyNames);
    c.complainant.name = family.isEmpty() ? first : first + u' ' + family;
    c.complainant.gender = female ? Gender::Female : Gender::Male;
    const QDate birth = QDate(1945, 1, 1).addDays(rng.bounded(0, 365 * 58));
    const bool hasNik = direct || rng.bounded(100) < 40;
    if (hasNik)
        c.complainant.nik = makeNik(rng, district, female, birth);
    c.complainant.phone = u"+628%1"_s.arg(qint64(rng.bounded(1100000000, 1999999999)));
    c.complainant.address = u"Jl. %1 No. %2, Kel. %3, Kec. %4"_s
                                .arg(pick(rng, {u"Merdeka"_s, u"Kenanga"_s, u"Cemara"_s,
                                                u"Anggrek"_s, u"Mawar"_s, u"Kalimantan"_s,
                                                u"Sudanco Supriyadi"_s}))
                                .arg(rng.bounded(1, 120))
                                .arg(pick(rng, kKelurahan[district - 1]))
                                .arg(kKecamatan.at(district - 1));
    const Topic &topic = kTopics.at(int(rng.bounded(int(kTopics.size()))));
    c.subject = topic.subject;
    c.description = topic.description;
    c.category = topic.category;
    c.location = u"Kel. "_s + pick(rng, kKelurahan[district - 1]);
    const ComplaintClass &cls = ctx.classes.at(
        weighted<int>(rng, {{0, 70}, {1, 25}, {2, qMin(5, int(ctx.classes.size()) - 2)}}));
    c.classCode = cls.code;
    c.deadlineAt = ctx.calendar.deadlineAfterWorkingDays(c.receivedAt, cls.deadlineWorkingDays);
    c.createdBy = ctx.officer;
    const bool cardShown = direct && rng.bounded(100) < 90;
    c.requirements.insert(u"identity_card"_s,
                          {cardShown, cardShown ? QString()
                                                : direct ? u"KTP tertinggal di rumah"_s
                                                         : u"Aduan tidak langsung ("_s
                                                               + channelLabel(c.channel) + u')'});
    const bool evidence = rng.bounded(100) < 70;
    if (evidence)
        c.evidence << pick(rng, {u"fotokopi KK"_s, u"foto rumah"_s, u"fotokopi KKS"_s,
                                 u"surat keterangan RT"_s, u"tangkapan layar"_s});
    c.requirements.insert(u"evidence"_s,
                          {evidence, evidence ? QString() : u"Bukti akan dikirim menyusul"_s});

    // The steps: each starts when the one before ended, and takes a time around its target.
    // The last week's complaints wait at every step, so that every inbox has work.
    const bool recent = received.secsTo(ctx.now) < 7 * 24 * 3600;
    const int stopAt = recent ? weighted<int>(rng, {{2, 3}, {3, 3}, {4, 3}, {5, 3}, {99, 3}}) : 99;
    const bool holdDecision = recent && stopAt == 4 && rng.bounded(100) < 30;
    QDateTime actionable = opened;
    for (const SopStep &step : ctx.sop.steps) {
        if (step.number >= stopAt) {
            StepState open;
            open.number = step.number;
            open.targetMinutes = step.targetMinutes;
            open.actionableAt = actionable;
            c.steps << open;
            if (holdDecision) {
                PauseRecord p;
                p.stepNumber = step.number;
                p.pausedAt = ctx.calendar.addWorkingSeconds(actionable, 300);
                p.reason = pick(rng, kPauseReasons);
                p.id = ctx.team.first();
                if (p.pausedAt < ctx.now)
                    c.pauses << p;
            }
            break;
        }
        StepState st;
        st.number = step.number;
        st.targetMinutes = step.targetMinutes;
        st.actionableAt = actionable;
        const qint64 target = qint64(step.targetMinutes) * 60;
        const bool late = rng.bounded(100) < 12;
        const qint64 worked = late ? target + qint64(rng.bounded(30, int(target * 2)))
                                   : qint64(rng.bounded(int(target * 3 / 10), int(target) + 1));
        QList<TimeInterval> pauses;
        if (step.action == stepActionCode(StepAction::Decide) && rng.bounded(100) < 6) {
            PauseRecord p;
            p.stepNumber = step.number;
            p.pausedAt = ctx.calendar.addWorkingSeconds(actionable, qMin<qint64>(worked, 600));
            p.resumedAt = ctx.calendar.addWorkingSeconds(p.pausedAt, qint64(rng.bounded(1800, 6 * 3600)));
            p.reason = pick(rng, kPauseReasons);
            p.id = ctx.team.first();
            if (p.pausedAt > ctx.now) {
                c.steps << st; // still open, not yet paused
                break;
            }
            if (p.resumedAt > ctx.now)
                p.resumedAt = QDateTime();
            else
                p.resumeNote = u"Data sudah diterima"_s;
            c.pauses << p;
            pauses << TimeInterval{p.pausedAt, p.resumedAt};
        }
        const QDateTime done = ctx.calendar.addWorkingSeconds(actionable, worked, pauses);
        if (!done.isValid() || done > ctx.now) {
            c.steps << st; // still open
            break;
        }
        st.completedAt = done;
        st.workedSeconds = worked;
        st.late = worked > target;
        if (st.late)
            st.deviationReason = pick(rng, kLateReasons);
        switch (step.actor) {
        case Role::Officer: st.completedBy = ctx.officer; break;
        case Role::Secretary: st.completedBy = ctx.secretary; break;
        case Role::Head: {
            const QDate day = ctx.calendar.officeDate(done);
            st.actingHead = ctx.acting > 0 && day >= ctx.actingFrom && day <= ctx.actingTo;
            st.completedBy = st.actingHead ? ctx.acting : ctx.head;
            break;
        }
        case Role::Team: st.completedBy = ctx.team.at(int(rng.bounded(int(ctx.team.size())))); break;
        case Role::Admin: st.completedBy = ctx.officer; break;
        }
        if (step.action == stepActionCode(StepAction::Register)) {
            c.registeredAt = done;
            const QDate day = ctx.calendar.officeDate(done);
            c.agendaYear = day.year();
            c.agendaSeq = ++ctx.sequence[day.year()];
            c.agendaNumber = agendanumber::format(ctx.pattern, c.agendaSeq, day);
        } else if (step.action == stepActionCode(StepAction::Dispose)) {
            DispositionRecord d;
            d.input.urgency = weighted<Urgency>(rng, {{Urgency::Biasa, 50}, {Urgency::Segera, 35},
                                                      {Urgency::SangatSegera, 10},
                                                      {Urgency::Rahasia, 5}});
            d.input.instructions = {u"Rapatkan segera"_s};
            d.input.addressee = u"Tim Pengelola Pengaduan"_s;
            d.signerId = st.completedBy;
            d.signedAsActing = st.actingHead;
            d.signedAt = done;
            c.disposition = d;
        } else if (step.action == stepActionCode(StepAction::Decide)) {
            DecisionRecord d;
            d.input.meetingAt = ctx.calendar.addWorkingSeconds(actionable, worked / 4, pauses);
            d.input.attendees = ctx.teamNames;
            d.input.discussion = u"Tim membahas aduan dan data pendukung."_s;
            d.input.withinAuthority = rng.bounded(100) >= 15;
            d.decidedBy = st.completedBy;
            d.decidedAt = done;
            if (d.input.withinAuthority) {
                d.input.decision = u"Ditindaklanjuti oleh bidang terkait dalam 7 hari kerja."_s;
            } else {
                const Agency &agency = ctx.agencies.at(int(rng.bounded(int(ctx.agencies.size()))));
                ReferralRecord r;
                r.input.agencyId = agency.id;
                r.input.reason = u"Bukan kewenangan Dinas Sosial"_s;
                r.input.letterNumber = u"400/%1/410.105/%2"_s.arg(rng.bounded(1, 999)).arg(done.date().year());
                r.agencyName = agency.name;
                r.referredAt = done;
                c.referral = r;
                d.input.referral = r.input;
                d.input.decision = u"Disalurkan ke "_s + agency.name;
            }
            c.decision = d;
        } else if (step.action == stepActionCode(StepAction::Convey)) {
            ResolutionReportRecord r;
            r.input.method = pick(rng, {u"langsung"_s, u"telepon"_s, u"surat"_s});
            r.input.summary = c.decision ? c.decision->input.decision : u"Selesai"_s;
            r.input.complainantResponse = pick(rng, {u"Menerima"_s, u"Puas"_s, u"Akan menunggu"_s});
            r.officerId = st.completedBy;
            r.conveyedAt = done;
            c.resolutionReport = r;
        }
        c.steps << st;
        actionable = done;
    }
    if (c.agendaNumber.isEmpty())
        return {}; // the officer has not finished registering it yet
    if (rng.bounded(1000) < 8 && c.steps.size() >= 2) {
        c.voidedAt = c.steps.at(1).actionableAt.addSecs(120);
        if (c.voidedAt < ctx.now) {
            c.voidedBy = ctx.secretary;
            c.voidReason = u"Tercatat dua kali"_s;
            // Nothing happens on a voided complaint after it was voided.
            while (c.steps.size() > 2)
                c.steps.removeLast();
            c.steps.last().completedAt = QDateTime();
            c.steps.last().completedBy = 0;
            c.steps.last().deviationReason.clear();
            c.disposition.reset();
            c.decision.reset();
            c.referral.reset();
            c.resolutionReport.reset();
            c.pauses.clear();
        } else {
            c.voidedAt = QDateTime();
        }
    }
    return c;
}

} // namespace

SetupInput demoSetupInput()
{
    SetupInput input;
    input.profile.address = u"Jl. Jend. Ahmad Yani No. 1, Blitar · Telp. (0342) 801234"_s;
    input.profile.headName = u"Drs. Hendra Wijaya, M.Si."_s;
    input.profile.headNip = u"197003121995031004"_s;
    OfficeCalendar calendar = OfficeCalendar::defaultOffice();
    const QList<Holiday> holidays = {
        {QDate(2026, 1, 1), QDate(2026, 1, 1), u"Tahun Baru Masehi"_s},
        {QDate(2026, 2, 17), QDate(2026, 2, 17), u"Tahun Baru Imlek"_s},
        {QDate(2026, 3, 19), QDate(2026, 3, 19), u"Hari Suci Nyepi"_s},
        {QDate(2026, 3, 20), QDate(2026, 3, 24), u"Idul Fitri dan cuti bersama"_s},
        {QDate(2026, 4, 3), QDate(2026, 4, 3), u"Wafat Yesus Kristus"_s},
        {QDate(2026, 5, 1), QDate(2026, 5, 1), u"Hari Buruh"_s},
        {QDate(2026, 5, 14), QDate(2026, 5, 14), u"Kenaikan Yesus Kristus"_s},
        {QDate(2026, 5, 27), QDate(2026, 5, 27), u"Idul Adha"_s},
        {QDate(2026, 6, 1), QDate(2026, 6, 1), u"Hari Lahir Pancasila"_s},
        {QDate(2026, 8, 17), QDate(2026, 8, 17), u"Hari Kemerdekaan"_s},
        {QDate(2026, 12, 24), QDate(2026, 12, 25), u"Natal dan cuti bersama"_s},
    };
    calendar.setHolidays(holidays);
    input.calendar = calendar;
    return input;
}

qint64 generateDemoComplaints(Database &db, const DemoOptions &options, const Clock &clock)
{
    Context ctx;
    ctx.rng.seed(options.seed);
    SettingsStore settings(db);
    ctx.calendar = settings.calendar();
    ctx.now = clock.now();
    const QDate today = ctx.calendar.officeDate(ctx.now);
    const auto sop = settings.sopRevisionInForce(today);
    if (!sop)
        throw Error(Error::Code::Storage, u"No SOP revision in the database"_s);
    ctx.sop = *sop;
    ctx.pattern = settings.agendaPattern();
    ctx.classes = settings.complaintClasses();
    ctx.agencies = settings.agencies();
    if (ctx.classes.size() < 3 || ctx.agencies.isEmpty())
        throw Error(Error::Code::Storage, u"The database lacks complaint classes or agencies"_s);
    for (const User &u : UserStore(db).all()) {
        if (u.hasRole(Role::Officer) && !ctx.officer)
            ctx.officer = u.id;
        if (u.hasRole(Role::Secretary) && !ctx.secretary)
            ctx.secretary = u.id;
        if (u.hasRole(Role::Head) && !ctx.head)
            ctx.head = u.id;
        if (u.hasRole(Role::Team)) {
            ctx.team << u.id;
            ctx.teamNames << u.fullName;
        }
    }
    if (!ctx.officer || !ctx.secretary || !ctx.head || ctx.team.isEmpty())
        throw Error(Error::Code::Storage, u"The database needs a user for every SOP role"_s);
    // The secretary stood in for the head (Plh.) for a week last month.
    ctx.acting = ctx.secretary;
    ctx.actingFrom = QDate(today.year(), today.month(), 1).addMonths(-1).addDays(7);
    ctx.actingTo = ctx.actingFrom.addDays(4);
    db.write([&] {
        UserStore(db).insertDelegation(Delegation{0, ctx.acting, Role::Head, ctx.actingFrom,
                                                  ctx.actingTo, u"Kepala Dinas cuti"_s, false},
                                       ctx.head, ctx.now);
    });

    QDate from = options.fromMonth.isValid()
                     ? QDate(options.fromMonth.year(), options.fromMonth.month(), 1)
                     : QDate(today.year(), today.month(), 1).addMonths(-3);
    const QDateTime start(from, QTime(0, 0), ctx.calendar.timeZone());
    // Receipts end where every complaint is surely registered by now (an indirect one waits up
    // to 3 working hours for the officer, who takes at most 3 × the 5-minute target): so exactly
    // the number asked for is written.
    constexpr qint64 kLongestRegistration = 3 * 3600 + 15 * 60 + 60;
    qint64 early = start.secsTo(ctx.now) - 60LL * 24 * 3600, late = start.secsTo(ctx.now);
    while (late - early > 1) {
        const qint64 mid = (early + late) / 2;
        const QDateTime done = ctx.calendar.addWorkingSeconds(start.addSecs(mid), kLongestRegistration);
        (done.isValid() && done <= ctx.now ? early : late) = mid;
    }
    const qint64 span = std::max<qint64>(3600, early);
    QList<qint64> offsets;
    offsets.reserve(options.complaints);
    for (int i = 0; i < options.complaints; ++i)
        offsets << qint64(ctx.rng.bounded(quint64(span)));
    std::sort(offsets.begin(), offsets.end());

    // Every record without a sealed history entry gets one now, before the complaints (whose
    // entries would make this read a million seals), so that `aduan-cli check` finds a demo
    // record changed outside Aduan (issue 14).
    db.write([&] { sealUnsealedRecords(db, ctx.now, u"demo-data.seal"_s); });
    BulkWriter writer(db, /*suspendIndexes=*/true);
    // Each batch's complaints sealed in the batch's transaction, from the rows written: one
    // transaction sealing a million at the end read each back and ran for over 20 minutes on a
    // server without committing (issue 22).
    writer.sealAs(ctx.now, u"demo-data.seal"_s);
    QList<BulkComplaint> batch;
    constexpr int kBatch = 20000;
    qint64 written = 0;
    for (qint64 offset : offsets) {
        BulkComplaint c = makeComplaint(ctx, start.addSecs(offset).toUTC());
        if (c.agendaNumber.isEmpty())
            continue;
        batch << std::move(c);
        if (batch.size() >= kBatch) {
            writer.write(batch);
            written += batch.size();
            batch.clear();
        }
    }
    writer.write(batch);
    written += batch.size();
    writer.finish();
    db.write([&] {
        AuditLog(db).append(ctx.now, 0, u"demo-data"_s, u"database"_s, 0, {},
                            {{u"complaints"_s, written}, {u"seed"_s, qint64(options.seed)}});
    });
    return written;
}

} // namespace aduan
