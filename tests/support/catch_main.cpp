// The shared Catch2 runner: a QApplication exists for every test (GUI tests need it), on the
// offscreen platform unless one was chosen, because catch_discover_tests runs the binary at
// build time.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "storage/sqlite/coalescingvfs.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    // The suite once more with every SQLite file written through the product's coalescing VFS
    // (storage/sqlite/coalescingvfs.h), as a file on a share is: CTest's core_tests_coalesce.
    // The multi-process tests' workers inherit the variable and do the same.
    if (!qEnvironmentVariableIsEmpty("ADUAN_TEST_COALESCE_WRITES") && !aduan::CoalescingVfs::install())
        return 3;
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
