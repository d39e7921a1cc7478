#include "storage/postgres/postgreslocation.h"

#include <QUrl>
#include <QUrlQuery>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

bool PostgresLocation::names(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<PostgresLocation> PostgresLocation::parse(const QString &location)
{
    if (!names(location))
        return std::nullopt;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    PostgresLocation out;
    out.host = url.host(QUrl::FullyDecoded);
    out.port = url.port(0);
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.database = url.path(QUrl::FullyDecoded).mid(1);
    static const QStringList kPassedOn{u"sslmode"_s,         u"sslrootcert"_s, u"sslcert"_s,
                                       u"sslkey"_s,          u"sslcrl"_s,      u"channel_binding"_s,
                                       u"gssencmode"_s,      u"krbsrvname"_s,  u"requirepeer"_s,
                                       u"target_session_attrs"_s};
    const QUrlQuery query(url);
    for (const auto &[name, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = encoded;
        if (name == u"host"_s) {
            out.host = value;
        } else if (name == u"port"_s) {
            bool ok = false;
            out.port = value.toInt(&ok);
            if (!ok)
                return std::nullopt;
        } else if (name == u"user"_s) {
            out.user = value;
        } else if (name == u"password"_s) {
            out.password = value;
        } else if (name == u"dbname"_s) {
            out.database = value;
        } else if (kPassedOn.contains(name) && !value.isEmpty() && !value.contains(u';')
                   && !value.contains(QRegularExpression(u"\\s"_s))) {
            out.options.append({name, value});
        } else {
            return std::nullopt;
        }
    }
    if (out.port < 0 || out.port > 65535 || out.database.contains(u'/'))
        return std::nullopt;
    return out;
}

QString PostgresLocation::shown(const QString &location)
{
    QUrl url(location);
    if (!url.isValid())
        return location;
    url.setPassword(QString());
    return url.toString();
}

QString PostgresLocation::uri(bool withPassword) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    const bool socket = host.startsWith(u'/');
    // An empty authority still needs "//": QUrl writes it only when a host is set.
    url.setHost(socket ? QString() : host, QUrl::DecodedMode);
    if (!user.isEmpty())
        url.setUserName(user, QUrl::DecodedMode);
    if (withPassword && !password.isEmpty())
        url.setPassword(password, QUrl::DecodedMode);
    if (port > 0)
        url.setPort(port);
    url.setPath(u"/"_s + database, QUrl::DecodedMode);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(u"host"_s, QString::fromLatin1(QUrl::toPercentEncoding(host, "/")));
    for (const auto &[name, value] : options)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value, "/")));
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    if (!text.startsWith(u"postgresql://"_s)) // no authority at all: "postgresql:/db"
        text.replace(0, int(qstrlen("postgresql:")), u"postgresql://"_s);
    return text;
}

} // namespace aduan
