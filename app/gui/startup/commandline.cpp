#include "startup/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace aduan::gui {

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "aduan::gui::CommandLine",
        "Aduan: the public-complaint SOP (Penyaluran Pengaduan Masyarakat) of the Dinas Sosial "
        "Kota Blitar."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("aduan::gui::CommandLine",
                                    "Open the database file <path> (it must exist)."),
        QCoreApplication::translate("aduan::gui::CommandLine", "path"));
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("aduan::gui::CommandLine",
                                               "Open the demo database (created if absent); the "
                                               "login screen lists the demo accounts."));
    const QCommandLineOption lang(
        u"lang"_s,
        QCoreApplication::translate("aduan::gui::CommandLine",
                                    "Language of the screens: id (Indonesian) or en (English)."),
        u"id|en"_s);
    parser.addOptions({database, demo, lang});
    parser.process(arguments);

    CommandLine result;
    result.databasePath = parser.value(database);
    result.demo = parser.isSet(demo);
    result.language = parser.value(lang).trimmed().toLower();
    if (!result.language.isEmpty() && result.language != u"id"_s && result.language != u"en"_s) {
        const QString message =
            QCoreApplication::translate("aduan::gui::CommandLine",
                                        "Unknown language \"%1\": use id or en.")
                .arg(result.language);
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(2);
    }
    if (result.demo && !result.databasePath.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "aduan::gui::CommandLine",
                         "Choose either --demo or --database, not both.")));
        std::exit(2);
    }
    return result;
}

} // namespace aduan::gui
