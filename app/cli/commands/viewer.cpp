#include "commands/viewer.h"

#include "cli.h"
#include "terminal.h"

#include "auth/authenticator.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QFile>

#include <string>

using namespace Qt::StringLiterals;

namespace aduan::cli {

namespace {

const QString kAs = u"as"_s;
const QString kPasswordFile = u"password-file"_s;

/// The username of the first active administrator of `db` (UserStore::all()'s order); empty
/// when it has none.
QString firstActiveAdministrator(Database &db)
{
    for (const User &u : UserStore(db).all()) {
        if (u.active && u.hasRole(Role::Admin))
            return u.username;
    }
    return {};
}

} // namespace

QList<QCommandLineOption> actingUserOptions()
{
    return {QCommandLineOption(kAs,
                               u"The user the command acts as, whose rights apply (default: the "
                               "first active administrator). The user's password is needed."_s,
                               u"USERNAME"_s),
            QCommandLineOption(kPasswordFile,
                               u"Read the user's password from the first line of FILE (for "
                               "scripts; keep the file readable by its owner only). Without it "
                               "the password is asked, or read from standard input."_s,
                               u"FILE"_s)};
}

QCommandLineOption fileOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description, u"FILE"_s);
}

void parseActingCommand(Context &ctx, QCommandLineParser &parser, const QString &description,
                        const QList<QCommandLineOption> &options)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(options);
    parser.addOptions(actingUserOptions());
    parser.process(ctx.arguments);
}

QString readPassword(Context &ctx, const QCommandLineParser &parser, const QString &username)
{
    QString password;
    if (parser.isSet(kPasswordFile)) {
        QFile file(parser.value(kPasswordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(Error::Code::Invalid,
                        u"The password file %1 cannot be read: %2."_s.arg(file.fileName(),
                                                                          file.errorString()));
        }
        password = QString::fromUtf8(file.readLine());
    } else {
        ctx.err << u"Password for %1: "_s.arg(username);
        ctx.err.flush();
        password = QString::fromStdString(readLineWithoutEcho());
    }
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        throw Error(Error::Code::Invalid,
                    u"No password was given for %1. A command that acts as a user needs that "
                    "user's password: type it when asked, or give --password-file FILE."_s
                        .arg(username));
    }
    return password;
}

QString firstAdministrator(const QString &path)
{
    try {
        // Read-only: only looks (never migrates or journals the file it names).
        OpenOptions options;
        options.readOnly = true;
        Database db(path, options);
        return firstActiveAdministrator(db);
    } catch (const Error &) {
        // No usable current file: the caller asks for --as.
    }
    return {};
}

User actingUser(Context &ctx, Database &db, const QCommandLineParser &parser)
{
    QString username = parser.value(kAs).trimmed();
    if (username.isEmpty()) {
        username = firstActiveAdministrator(db);
        if (username.isEmpty())
            throw Error(Error::Code::NotFound, u"The database has no active administrator."_s);
    }
    const QString password = readPassword(ctx, parser, username);
    const Clock &clock = ctx.clock();
    return Authenticator(db, clock).login(username, password);
}

} // namespace aduan::cli
