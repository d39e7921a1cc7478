#include "auth/password.h"

#include "util/error.h"

#include <QCoreApplication>

#include <sodium.h>

namespace aduan::password {

namespace {

void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(Error::Code::Storage, QStringLiteral("libsodium could not be initialised"));
}

} // namespace

void requireAcceptable(const QString &clear)
{
    if (clear.size() < kMinimumLength) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Password",
                                                "A password needs at least %1 characters.")
                        .arg(kMinimumLength));
    }
}

QString hash(const QString &clear)
{
    ensureSodium();
    requireAcceptable(clear);
    QByteArray utf8 = clear.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw Error(Error::Code::Storage, QStringLiteral("Out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &clear)
{
    ensureSodium();
    if (storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray utf8 = clear.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             quint64(utf8.size()))
                    == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool needsRehash(const QString &storedHash)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

} // namespace aduan::password
