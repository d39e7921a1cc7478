#include "sms/daemonstore.h"

#include "sms/filesdaemonstore.h"
#include "sms/pgsqldaemonstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gammu.h>

using namespace Qt::StringLiterals;

namespace aduan {

std::unique_ptr<DaemonStore> openDaemonStore(const QString &configPath)
{
    if (!QFileInfo::exists(configPath)) {
        throw Error(Error::Code::NotFound,
                    QCoreApplication::translate(
                        "aduan::SmsDaemon",
                        "The SMS daemon's configuration %1 is not there. Ask the administrator "
                        "to set the SMS daemon's configuration.")
                        .arg(configPath));
    }
    INI_Section *ini = nullptr;
    const QByteArray path = QFile::encodeName(configPath);
    const GSM_Error error = INI_ReadFile(path.constData(), FALSE, &ini);
    if (error != ERR_NONE) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::SmsDaemon",
                                                "The SMS daemon's configuration %1 could not be "
                                                "read.")
                        .arg(configPath),
                    QString::fromUtf8(GSM_ErrorString(error)));
    }
    // Keys are case-insensitive in Gammu's INI files.
    const auto value = [ini](const char *key) {
        const unsigned char *v = INI_GetValue(ini, reinterpret_cast<const unsigned char *>("smsd"),
                                              reinterpret_cast<const unsigned char *>(key), FALSE);
        return v ? QString::fromUtf8(reinterpret_cast<const char *>(v)).trimmed() : QString();
    };
    const QString service = value("service").toLower();
    const QString driver = value("driver").toLower();
    std::unique_ptr<DaemonStore> store;
    if (service == u"files"_s) {
        store = std::make_unique<FilesDaemonStore>(value("inboxpath"), value("outboxpath"),
                                                   value("sentsmspath"), value("errorsmspath"));
    } else if (service == u"pgsql"_s || (service == u"sql"_s && driver == u"native_pgsql"_s)) {
        const QString host = value("host").isEmpty() ? value("pc") : value("host");
        store = std::make_unique<PgsqlDaemonStore>(host, value("user"), value("password"),
                                                   value("database"));
    }
    INI_Free(ini);
    if (!store) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::SmsDaemon",
                        "Aduan reads the SMS daemon's FILES or PostgreSQL store; %1 names another "
                        "(Service = %2). Set Service = files, or Service = sql with Driver = "
                        "native_pgsql.")
                        .arg(configPath, service.isEmpty() ? u"?"_s : service));
    }
    return store;
}

} // namespace aduan
