#include "cli.h"
#include "commands/viewer.h"

#include "document/documentrenderer.h"
#include "export/skmworkbook.h"
#include "skm/skmprint.h"
#include "skm/skmreport.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/clock.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runSkm(Context &ctx)
{
    const QCommandLineOption from(u"from"_s, u"First office date (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last office date (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption pdf = fileOption(u"pdf"_s, u"Write the signed report as PDF."_s);
    const QCommandLineOption xlsx = fileOption(u"xlsx"_s, u"Write the report as XLSX."_s);
    const QCommandLineOption paper(u"paper"_s, u"A4 (default) or F4."_s, u"PAPER"_s, u"A4"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The Survei Kepuasan Masyarakat (PermenPANRB 14/2017) of a period of office dates: "
        "respondents against the recommended sample, NRR per element, IKM, SKM value and grade. "
        "Prints it, and writes it as PDF or XLSX. The answers are anonymous: no password is "
        "needed."_s);
    parser.addHelpOption();
    parser.addOptions({from, to, pdf, xlsx, paper});
    parser.process(ctx.arguments);
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first) {
        ctx.err << u"skm needs --from DATE --to DATE (YYYY-MM-DD, from not after to).\n"_s;
        return 2;
    }
    auto db = ctx.open();
    const Clock &clock = ctx.clock();
    const SkmReport report = buildSkmReport(*db, first, last, clock.now());
    ctx.out << u"Periode | "_s << report.periodText() << u'\n'
            << u"Pengaduan selesai disampaikan | "_s << report.served << u'\n'
            << u"Sampel minimal (Krejcie-Morgan) | "_s << report.recommendedSample << u'\n'
            << u"Responden | "_s << report.respondents << u'\n'
            << u"Menolak mengisi | "_s << report.declined << u'\n';
    for (const SkmSection &section : report.sections) {
        const SkmResult &r = section.result;
        ctx.out << u"Kuesioner | "_s << section.questionnaire.version << u'\n';
        for (const SkmElementResult &e : r.elements)
            ctx.out << u"NRR "_s << e.code << u' ' << e.name << u" | "_s << skmDecimal(e.nrr, 2) << u'\n';
        ctx.out << u"IKM | "_s << skmDecimal(r.index, 2) << u'\n'
                << u"Nilai SKM | "_s << skmDecimal(r.valueHundredths) << u'\n'
                << u"Mutu | "_s << skmGradeLetter(r.grade) << u" ("_s << skmGradeMeaning(r.grade) << u")\n"_s;
    }
    if (parser.isSet(xlsx)) {
        exportSkmXlsx(report, parser.value(xlsx));
        ctx.out << u"XLSX written: "_s << parser.value(xlsx) << u'\n';
    }
    if (parser.isSet(pdf)) {
        SettingsStore settings(*db);
        forms::PrintContext context;
        context.office = settings.officeProfile();
        context.zone = settings.calendar().timeZone();
        context.paper = forms::paperFromName(parser.value(paper)).value_or(forms::PaperSize::A4);
        context.printedAt = clock.now();
        forms::FormDocument document = forms::skmReportDocument(report, context);
        QString error;
        if (!forms::DocumentRenderer::writePdf(document, parser.value(pdf), &error)) {
            ctx.err << error << u'\n';
            return 2;
        }
        ctx.out << u"written: "_s << parser.value(pdf) << u" ("_s << document.pageCount()
                << u" pages)\n"_s;
    }
    return 0;
}

} // namespace aduan::cli
