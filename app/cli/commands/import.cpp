// aduan-cli import: a website or Google Form export (CSV) into the officer's SMS masuk.
#include "cli.h"
#include "commands/viewer.h"

#include "import/websiteimport.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runImport(Context &ctx)
{
    const QCommandLineOption map(u"map"_s,
                                 u"Which column fills a field: FIELD=COLUMN, FIELD one of name, "
                                 "nik, phone, address, text, time (repeatable). Without it, the "
                                 "mapping remembered from the last import, else one guessed from "
                                 "the header."_s,
                                 u"FIELD=COLUMN"_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"The CSV file."_s, u"FILE"_s);
    parseActingCommand(
        ctx, parser,
        u"Imports the rows of a CSV export of the office website or a Google Form (as saved by "
        "Excel or Google Sheets in an Indonesian locale: semicolons, dd/mm/yyyy dates in office "
        "time, UTF-8 with or without BOM) into SMS masuk (channel website): each row becomes a "
        "complaint only through the officer. A row imported before is counted, not added "
        "again; a bad row is reported with its line number and reason and the rest still "
        "imports (exit 1 then). The mapping used is remembered."_s,
        {map});
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        ctx.err << u"import needs one CSV file. Run aduan-cli import --help.\n"_s;
        return 2;
    }
    QFile file(args.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << u"Cannot read "_s << args.constFirst() << u": "_s << file.errorString()
                << u'\n';
        return 2;
    }
    const CsvTable table = readCsv(file.readAll());
    auto db = ctx.open();
    const User actor = actingUser(ctx, *db, parser);
    ImportMapping mapping = rememberedMapping(*db).value_or(ImportMapping::guess(table.header));
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto field = importFieldFromCode(pair.left(eq).trimmed());
        if (eq < 0 || !field) {
            ctx.err << u"--map needs FIELD=COLUMN with FIELD one of name, nik, phone, address, "
                       "text, time; got \""_s
                    << pair << u"\".\n"_s;
            return 2;
        }
        mapping.columns.insert(*field, pair.mid(eq + 1).trimmed());
    }
    const ImportReport report = importWebsiteRows(*db, ctx.clock(), actor.id, table, mapping);
    ctx.out << report.added << u" rows added to SMS masuk, "_s << report.duplicates
            << u" imported before, "_s << report.problems.size() << u" not imported\n"_s;
    for (const ImportProblem &p : report.problems)
        ctx.out << u"line "_s << p.line << u": "_s << p.reason << u'\n';
    return report.problems.isEmpty() ? 0 : 1;
}

} // namespace aduan::cli
