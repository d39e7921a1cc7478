#include "storage/postgres/pgpassfile.h"

#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString escaped(const QString &field)
{
    QString out = field;
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u":"_s, u"\\:"_s);
    return out;
}

/// The unescaped fields of a password-file line (at most five: the password keeps its colons).
QStringList fields(const QString &line)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            out.last() += line.at(++i);
        } else if (c == u':' && out.size() < 5) {
            out << QString();
        } else {
            out.last() += c;
        }
    }
    return out;
}

QStringList keyFields(const PostgresLocation &location)
{
    return {location.host.isEmpty() ? u"localhost"_s : location.host,
            location.port > 0 ? QString::number(location.port) : u"*"_s,
            location.database.isEmpty() ? u"*"_s : location.database,
            location.user.isEmpty() ? u"*"_s : location.user};
}

} // namespace

QString PgPassFile::path()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    return QDir(qEnvironmentVariable("APPDATA")).filePath(u"postgresql/pgpass.conf"_s);
#else
    return QDir::home().filePath(u".pgpass"_s);
#endif
}

QString PgPassFile::line(const PostgresLocation &location, const QString &password)
{
    QStringList parts;
    for (const QString &field : keyFields(location))
        parts << escaped(field);
    parts << escaped(password);
    return parts.join(u':');
}

void PgPassFile::remember(const PostgresLocation &location, const QString &password)
{
    const QString file = path();
    const QStringList key = keyFields(location);
    QStringList lines{line(location, password)};
    QFile existing(file);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text)) {
            throw Error(Error::Code::Storage,
                        u"The PostgreSQL password file %1 cannot be read: %2"_s.arg(
                            QDir::toNativeSeparators(file), existing.errorString()));
        }
        const QStringList old = QString::fromUtf8(existing.readAll()).split(u'\n');
        for (const QString &oldLine : old) {
            if (oldLine.isEmpty())
                continue;
            if (!oldLine.startsWith(u'#') && fields(oldLine).mid(0, 4) == key)
                continue; // the entry being replaced
            lines << oldLine;
        }
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    const QByteArray bytes = (lines.join(u'\n') + u'\n').toUtf8();
    const bool written = out.open(QIODevice::WriteOnly)
                         && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && out.write(bytes) == bytes.size() && out.commit();
    if (!written) {
        throw Error(Error::Code::Storage,
                    u"The password could not be kept in the PostgreSQL password file %1: %2. "
                    "Check that this user may write there."_s.arg(QDir::toNativeSeparators(file),
                                                                  out.errorString()));
    }
}

} // namespace aduan
