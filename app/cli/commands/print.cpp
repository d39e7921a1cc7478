#include "cli.h"
#include "commands/viewer.h"

#include "complaintform/complaintformprint.h"
#include "decision/decisionprint.h"
#include "disposition/dispositionprint.h"
#include "document/documentrenderer.h"
#include "history/historyprint.h"
#include "intakebook/intakebookprint.h"
#include "queries/intakebook.h"
#include "recap/recap.h"
#include "recap/recapprint.h"
#include "receipt/receiptprint.h"
#include "referral/referralprint.h"
#include "resolutionreport/resolutionreportprint.h"
#include "skm/skmprint.h"
#include "skm/skmsurvey.h"
#include "sop/sopevaluationprint.h"
#include "sop/sopsheetprint.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/outputdocuments.h"

#include <QCommandLineParser>

#include <functional>

using namespace Qt::StringLiterals;

namespace aduan::cli {

namespace {

using forms::FormDocument;
using forms::PrintContext;

/// The paper forms by the name an administrator types.
const QList<std::pair<QString, std::function<FormDocument(const ComplaintRecord &, const PrintContext &,
                                                          IntakeBook &, qint64)>>> &complaintForms()
{
    static const QList<std::pair<QString, std::function<FormDocument(const ComplaintRecord &,
                                                                     const PrintContext &,
                                                                     IntakeBook &, qint64)>>>
        forms = {
            {u"formulir-aduan"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::complaintFormDocument(c, ctx); }},
            {u"tanda-terima"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::receiptDocument(c, ctx); }},
            {u"disposisi"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::dispositionDocument(c, ctx); }},
            {u"keputusan"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::decisionDocument(c, ctx); }},
            {u"penyaluran"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::referralDocument(c, ctx); }},
            {u"berita-acara"_s, [](const auto &c, const auto &ctx, auto &, qint64) { return forms::resolutionReportDocument(c, ctx); }},
            {u"riwayat"_s, [](const auto &c, const auto &ctx, IntakeBook &book, qint64 viewer) {
                 return forms::historyDocument(c, ctx, book.history(viewer, c.id));
             }},
        };
    return forms;
}

/// The forms that are the output of a later step: printed only once that step wrote them.
std::optional<OutputDocument> outputOf(const QString &form)
{
    static const QList<std::pair<QString, OutputDocument>> outputs{
        {u"disposisi"_s, OutputDocument::Disposition},
        {u"keputusan"_s, OutputDocument::Decision},
        {u"penyaluran"_s, OutputDocument::Referral},
        {u"berita-acara"_s, OutputDocument::ResolutionReport},
    };
    for (const auto &[name, output] : outputs) {
        if (name == form)
            return output;
    }
    return std::nullopt;
}

PrintContext printContext(Database &db, const QString &paper, const QString &who, const QDateTime &now)
{
    SettingsStore settings(db);
    PrintContext context;
    context.office = settings.officeProfile();
    context.zone = settings.calendar().timeZone();
    context.paper = forms::paperFromName(paper).value_or(forms::PaperSize::A4);
    context.preparedBy = who;
    context.printedAt = now;
    return context;
}

int write(Context &ctx, forms::Printable &document, const QString &path)
{
    QString error;
    if (!forms::DocumentRenderer::writePdf(document, path, &error)) {
        ctx.err << error << u'\n';
        return 2;
    }
    ctx.out << u"written: "_s << path << u" ("_s << document.pageCount() << u" pages)\n"_s;
    return 0;
}

} // namespace

int runPrint(Context &ctx)
{
    QStringList names;
    for (const auto &f : complaintForms())
        names << f.first;
    names << u"kuesioner-skm"_s << u"buku-penerimaan"_s;
    names << u"sop"_s;
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FORM"_s, u"The form."_s);
    const QCommandLineOption complaint(u"complaint"_s, u"The complaint's agenda number."_s, u"NUMBER"_s);
    const QCommandLineOption pdf = fileOption(u"pdf"_s, u"The PDF file to write."_s);
    const QCommandLineOption paper(u"paper"_s, u"A4 (default) or F4."_s, u"PAPER"_s, u"A4"_s);
    const QCommandLineOption from(u"from"_s, u"Register: first day (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Register: last day (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption revision(u"revision"_s,
                                      u"sop: the revision's number as `aduan-cli sop show` lists "
                                      "it (default: the revision in force today)."_s,
                                      u"N"_s);
    parseActingCommand(
        ctx, parser,
        u"Prints a paper form to PDF, always in Indonesian, as the office files it. FORM is one "
        "of: "_s + names.join(u", "_s)
            + u". The register (buku-penerimaan) takes --from and --to instead of --complaint; "
              "the SOP sheet (sop, landscape, with its flowchart) takes --revision."_s,
        {complaint, pdf, paper, from, to, revision});
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !names.contains(args.first()) || !parser.isSet(pdf)) {
        ctx.err << u"usage: aduan-cli print FORM --complaint NUMBER --pdf FILE (FORM: "_s
                << names.join(u", "_s) << u")\n"_s;
        return 2;
    }
    auto db = ctx.open();
    const Clock &clock = ctx.clock();
    const qint64 viewer = actingUser(ctx, *db, parser).id;
    IntakeBook book(*db, clock);
    const User who = book.viewer(viewer);
    const PrintContext context = printContext(*db, parser.value(paper), who.fullName, clock.now());

    if (args.first() == u"buku-penerimaan"_s) {
        IntakeBookFilter filter;
        filter.fromDate = QDate::fromString(parser.value(from), Qt::ISODate);
        filter.toDate = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!filter.fromDate.isValid() || !filter.toDate.isValid()) {
            ctx.err << u"buku-penerimaan needs --from and --to as YYYY-MM-DD.\n"_s;
            return 2;
        }
        forms::IntakeBookPrint print(book.all(viewer, filter), filter.fromDate, filter.toDate, context);
        return write(ctx, print, parser.value(pdf));
    }
    if (args.first() == u"sop"_s) {
        const SettingsStore settings(*db);
        std::optional<SopDefinition> sop;
        if (parser.isSet(revision))
            sop = settings.sopRevision(parser.value(revision).toLongLong());
        else
            sop = settings.sopRevisionInForce(settings.calendar().officeDate(clock.now()));
        if (!sop) {
            throw Error(Error::Code::NotFound,
                        u"There is no such SOP revision; `aduan-cli sop show` lists them."_s);
        }
        forms::SopSheetPrint print(*sop, context);
        return write(ctx, print, parser.value(pdf));
    }
    const auto id = book.findByAgendaNumber(parser.value(complaint));
    if (!id) {
        throw Error(Error::Code::NotFound,
                    u"No complaint has the number %1."_s.arg(parser.value(complaint)));
    }
    const ComplaintRecord record = book.complaint(viewer, *id);
    if (args.first() == u"kuesioner-skm"_s) {
        FormDocument document = forms::skmQuestionnaireDocument(
            SkmSurvey(*db, clock).currentQuestionnaire(), record.agendaNumber, context);
        return write(ctx, document, parser.value(pdf));
    }
    if (const auto output = outputOf(args.first()))
        requireDocument(record, *output); // a blank letter is no letter
    for (const auto &[name, make] : complaintForms()) {
        if (name == args.first()) {
            FormDocument document = make(record, context, book, viewer);
            return write(ctx, document, parser.value(pdf));
        }
    }
    return 2;
}

int printRecapPdf(Context &ctx, Database &db, const MonthlyRecap &recap, const QString &path)
{
    const Clock &clock = ctx.clock();
    FormDocument document = forms::recapDocument(recap, printContext(db, u"A4"_s, {}, clock.now()));
    return write(ctx, document, path);
}

int printSopEvaluationPdf(Context &ctx, Database &db, const SopEvaluation &evaluation,
                          const QString &path)
{
    FormDocument document = forms::sopEvaluationDocument(
        evaluation, printContext(db, u"A4"_s, {}, ctx.clock().now()));
    return write(ctx, document, path);
}

} // namespace aduan::cli
