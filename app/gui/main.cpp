// aduan [--database PATH] [--demo] [--lang id|en] [--help] [--version]
#include "startup/application.h"
#include "startup/commandline.h"
#include "startup/startup.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Dinas Sosial Kota Blitar"_s);
    QCoreApplication::setOrganizationDomain(u"dinsos.blitarkota.go.id"_s);
    QCoreApplication::setApplicationName(u"Aduan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ADUAN_VERSION));
}

/// --help and --version answer without a display.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        aduan::gui::parseCommandLine(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    aduan::gui::Application app(argc, argv);
    describeApplication();
    const aduan::gui::CommandLine commandLine =
        aduan::gui::parseCommandLine(QCoreApplication::arguments());
    return aduan::gui::run(app, commandLine);
}
