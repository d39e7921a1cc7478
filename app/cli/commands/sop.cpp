// aduan-cli sop show|export|import|evaluate: the SOP's revisions for administrators and scripts.
#include "cli.h"
#include "commands/viewer.h"

#include "admin/administration.h"
#include "recap/sopevaluation.h"
#include "sop/sopdefinition.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/stepclock.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace aduan::cli {

namespace {

const QCommandLineOption kRevision(u"revision"_s,
                                   u"The revision's number as `sop show` lists it (default: the "
                                   "revision in force today)."_s,
                                   u"N"_s);

/// The revision --revision names, else the one in force today. Throws Error(NotFound).
SopDefinition chosenRevision(Context &ctx, Database &db, const QCommandLineParser &parser)
{
    const SettingsStore settings(db);
    if (parser.isSet(kRevision)) {
        bool ok = false;
        const qint64 id = parser.value(kRevision).toLongLong(&ok);
        const auto sop = ok ? settings.sopRevision(id) : std::nullopt;
        if (!sop) {
            throw Error(Error::Code::NotFound,
                        u"There is no SOP revision %1; `aduan-cli sop show` lists them."_s.arg(
                            parser.value(kRevision)));
        }
        return *sop;
    }
    const QDate today = settings.calendar().officeDate(ctx.clock().now());
    const auto sop = settings.sopRevisionInForce(today);
    if (!sop)
        throw Error(Error::Code::NotFound, u"No SOP revision is in force on %1."_s.arg(
                                               today.toString(Qt::ISODate)));
    return *sop;
}

QString day(QDate d)
{
    return d.isValid() ? d.toString(u"dd-MM-yyyy"_s) : u"-"_s;
}

void printList(QTextStream &out, const QString &title, const QStringList &items)
{
    out << title << u":\n"_s;
    for (qsizetype i = 0; i < items.size(); ++i)
        out << u"  "_s << (i + 1) << u". "_s << items.at(i) << u'\n';
}

void printRevision(QTextStream &out, const SopDefinition &sop)
{
    out << u"Nama SOP:         "_s << sop.name << u'\n'
        << u"Instansi:         "_s << sop.office << u'\n'
        << u"No. SOP:          "_s << sop.number << u'\n'
        << u"Tgl. pembuatan:   "_s << day(sop.createdOn) << u'\n'
        << u"Tgl. revisi:      "_s << day(sop.revisedOn) << u'\n'
        << u"Tgl. pengesahan:  "_s << day(sop.approvedOn) << u'\n'
        << u"Berlaku mulai:    "_s << day(sop.effectiveFrom) << u'\n'
        << u"Disahkan oleh:    "_s << sop.approverTitle << u", "_s << sop.approverName
        << u", NIP "_s << sop.approverNip << u'\n';
    printList(out, u"Dasar hukum"_s, sop.legalBasis);
    printList(out, u"Kualifikasi pelaksana"_s, sop.qualifications);
    printList(out, u"Keterkaitan"_s, sop.related);
    printList(out, u"Peralatan / perlengkapan"_s, sop.equipment);
    printList(out, u"Peringatan"_s, sop.warnings);
    printList(out, u"Pencatatan dan pendataan"_s, sop.recording);
    out << u"Prosedur:\n"_s;
    for (const SopStep &s : sop.steps) {
        QStringList requirements, outputs;
        for (const SopRequirement &r : s.requirements)
            requirements << r.name;
        for (const SopOutput &o : s.outputs)
            outputs << o.name;
        out << u"  "_s << s.number << u". "_s << s.activity << u'\n'
            << u"     pelaksana: "_s << roleTitle(s.actor) << u" · persyaratan: "_s
            << requirements.join(u", "_s) << u" · waktu: "_s << s.targetMinutes
            << u" menit · output: "_s << outputs.join(u", "_s) << u'\n';
    }
    out << u"Jumlah waktu: "_s << sop.totalTargetMinutes() << u" menit\n"_s;
}

int runShow(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists the SOP's revisions (number, effective date, the one in force today marked *) "
        "and shows one in full: header, legal basis, qualifications, related SOPs, equipment, "
        "warnings, recording rules and the procedure with its mutu baku."_s);
    parser.addHelpOption();
    parser.addOption(kRevision);
    parser.process(ctx.arguments);
    auto db = ctx.open();
    const SettingsStore settings(*db);
    const SopDefinition chosen = chosenRevision(ctx, *db, parser);
    const auto inForce =
        settings.sopRevisionInForce(settings.calendar().officeDate(ctx.clock().now()));
    ctx.out << u"Revisions:\n"_s;
    for (const SopDefinition &r : settings.sopRevisions()) {
        const bool current = inForce && inForce->revisionId == r.revisionId;
        ctx.out << (current ? u"* "_s : u"  "_s) << r.revisionId << u"  berlaku mulai "_s
                << day(r.effectiveFrom) << u"  revisi "_s << day(r.revisedOn) << u"  "_s
                << r.totalTargetMinutes() << u" menit\n"_s;
    }
    ctx.out << u"\nRevision "_s << chosen.revisionId << u":\n"_s;
    printRevision(ctx.out, chosen);
    return 0;
}

int runExportRevision(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a revision (default: the one in force today) as JSON, the format that "
        "`sop import` reads: edit a copy, then import it as a new revision."_s);
    parser.addHelpOption();
    parser.addOption(kRevision);
    parser.addPositionalArgument(u"FILE"_s, u"The JSON file to write."_s);
    parser.process(ctx.arguments);
    if (parser.positionalArguments().size() != 1) {
        ctx.err << parser.helpText();
        return 2;
    }
    auto db = ctx.open();
    const SopDefinition sop = chosenRevision(ctx, *db, parser);
    QSaveFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(sop.toJson()) < 0 || !file.commit()) {
        throw Error(Error::Code::ReadOnly, u"%1 cannot be written: %2."_s.arg(
                                               file.fileName(), file.errorString()));
    }
    ctx.out << u"Revision "_s << sop.revisionId << u" written to "_s << file.fileName()
            << u'\n';
    return 0;
}

int runImportRevision(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, u"The JSON file of the new revision."_s);
    parseActingCommand(
        ctx, parser,
        u"Adds a new SOP revision from a JSON file (as `sop export` writes it) after checking "
        "it: every actor an office role, every requirement an earlier step's output or (step 1) "
        "the complainant's, targets positive, the effective date not in the past once "
        "complaints exist. It applies to complaints registered from its effective date. Needs "
        "an administrator (--as, default: the first administrator) and that password. Exit 0 "
        "when added, 1 when the file was refused (every problem listed), 2 on an error."_s);
    if (parser.positionalArguments().size() != 1) {
        ctx.err << parser.helpText();
        return 2;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound, u"%1 cannot be read: %2."_s.arg(file.fileName(),
                                                                        file.errorString()));
    }
    const QByteArray json = file.readAll();
    auto db = ctx.open();
    const User admin = actingUser(ctx, *db, parser);
    try {
        const SopDefinition sop = SopDefinition::fromJson(json);
        const qint64 id = Administration(*db, ctx.clock()).addSopRevision(admin.id, sop);
        ctx.out << u"Revision "_s << id << u" added; it applies to complaints registered from "_s
                << day(sop.effectiveFrom) << u".\n"_s;
        return 0;
    } catch (const Error &e) {
        if (e.code() != Error::Code::Invalid)
            throw;
        ctx.err << file.fileName() << u" was not added:\n"_s;
        if (e.findings().isEmpty())
            ctx.err << u"  "_s << e.message() << u'\n';
        for (const Finding &f : e.findings())
            ctx.err << u"  "_s << f.message << u'\n';
        return 1;
    }
}

int runEvaluate(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The SOP's evaluation for office dates --from to --to (inclusive): per step its target "
        "beside the median and 90th percentile of the working time used and the share on time, "
        "the deviations grouped by their reasons, and the steps late most often. Run it for the "
        "periods before and after a revision's date to see the revision's effect. --pdf and "
        "--xlsx write it too."_s);
    parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, u"First day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption pdf = fileOption(u"pdf"_s, u"Also print it to this PDF."_s);
    const QCommandLineOption xlsx = fileOption(u"xlsx"_s, u"Also write it as XLSX."_s);
    parser.addOptions({from, to, pdf, xlsx});
    parser.process(ctx.arguments);
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid()) {
        ctx.err << u"sop evaluate needs --from and --to as YYYY-MM-DD.\n"_s;
        return 2;
    }
    auto db = ctx.open();
    const SopEvaluation evaluation = evaluateSop(*db, first, last, ctx.clock().now());
    ctx.out << u"Evaluasi SOP "_s << day(first) << u" s.d. "_s << day(last) << u'\n';
    ctx.out << u"Langkah  Target   Selesai  Tepat waktu     Median          P90             Kegiatan\n"_s;
    for (const SopStepEvaluation &s : evaluation.steps) {
        ctx.out << QString::number(s.stepNumber).leftJustified(9)
                << u"%1 mnt"_s.arg(s.targetMinutes).leftJustified(9)
                << QString::number(s.completed).leftJustified(9)
                << u"%1/%2 (%3%)"_s.arg(s.onTime).arg(s.completed).arg(s.onTimePercent())
                       .leftJustified(16)
                << QString(formatWorkingDuration(s.medianSeconds) + u' ').leftJustified(16)
                << QString(formatWorkingDuration(s.p90Seconds) + u' ').leftJustified(16) << s.activity
                << u'\n';
    }
    ctx.out << u"Penyimpangan: "_s << evaluation.deviationCount << u'\n';
    for (const DeviationReasonGroup &g : evaluation.reasons) {
        QStringList steps;
        for (int n : g.stepNumbers)
            steps << QString::number(n);
        ctx.out << u"  "_s << g.count << u"× "_s << g.reason << u" (langkah "_s
                << steps.join(u", "_s) << u": "_s << g.agendaNumbers.join(u", "_s) << u")\n"_s;
    }
    QStringList late;
    for (int n : evaluation.lateMostOften)
        late << QString::number(n);
    ctx.out << u"Paling sering terlambat: "_s
            << (late.isEmpty() ? u"-"_s : u"langkah "_s + late.join(u", "_s)) << u'\n';
    if (parser.isSet(xlsx)) {
        exportSopEvaluationXlsx(evaluation, parser.value(xlsx));
        ctx.out << u"XLSX written: "_s << parser.value(xlsx) << u'\n';
    }
    if (parser.isSet(pdf))
        return printSopEvaluationPdf(ctx, *db, evaluation, parser.value(pdf));
    return 0;
}

} // namespace

int runSop(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    Context subContext{ctx.arguments.mid(1), ctx.databasePath, ctx.out, ctx.err};
    if (sub == u"show"_s)
        return runShow(subContext);
    if (sub == u"export"_s)
        return runExportRevision(subContext);
    if (sub == u"import"_s)
        return runImportRevision(subContext);
    if (sub == u"evaluate"_s)
        return runEvaluate(subContext);
    ctx.err << u"Usage: aduan-cli sop show [--revision N]\n"
               "       aduan-cli sop export [--revision N] FILE.json\n"
               "       aduan-cli sop import FILE.json [--as USER] [--password-file F]\n"
               "       aduan-cli sop evaluate --from DATE --to DATE [--pdf F] [--xlsx F]\n"_s;
    return 2;
}

} // namespace aduan::cli
