// Logins: Argon2id hashes, 5 failures lock the account for 15 minutes (injected clock), the
// lockout is recorded in the history, and the administrator resets passwords.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "auth/password.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "util/error.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

Error::Code loginError(Authenticator &auth, const QString &user, const QString &password)
{
    try {
        auth.login(user, password);
    } catch (const Error &e) {
        return e.code();
    }
    FAIL("logged in");
    return Error::Code::Storage;
}

} // namespace

TEST_CASE("Passwords are stored as Argon2id hashes only", "[auth]")
{
    test::TestOffice office;
    SqlQuery q(*office.db, u"SELECT username, password_hash FROM app_user"_s);
    q.exec();
    int users = 0;
    while (q.next()) {
        ++users;
        CHECK(q.text(u"password_hash"_s).startsWith(u"$argon2id$"_s));
        CHECK_FALSE(q.text(u"password_hash"_s).contains(u"rahasia123"_s));
    }
    CHECK(users == 6);
    CHECK_THROWS_AS(password::hash(u"pendek"_s), Error); // shorter than the minimum
    const QString h = password::hash(u"kata-sandi-panjang"_s);
    CHECK(password::verify(h, u"kata-sandi-panjang"_s));
    CHECK_FALSE(password::verify(h, u"kata-sandi-salah"_s));
    CHECK_FALSE(password::needsRehash(h));
}

TEST_CASE("Five failed logins lock the account for 15 minutes", "[auth][lockout]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Authenticator auth(*office.db, office.clock);
    CHECK(auth.login(u"rina"_s, u"rahasia123"_s).id == office.rina);
    for (int i = 0; i < 4; ++i)
        CHECK(loginError(auth, u"rina"_s, u"salah-salah"_s) == Error::Code::Forbidden);
    // The fifth failure locks; even the right password is refused now.
    CHECK(loginError(auth, u"rina"_s, u"salah-salah"_s) == Error::Code::Forbidden);
    CHECK(loginError(auth, u"rina"_s, u"rahasia123"_s) == Error::Code::Forbidden);
    CHECK(auth.lockNotice(office.rina).has_value());
    office.clock.advanceSeconds(14 * 60 + 59);
    CHECK(loginError(auth, u"rina"_s, u"rahasia123"_s) == Error::Code::Forbidden);
    office.clock.advanceSeconds(2);
    CHECK(auth.login(u"rina"_s, u"rahasia123"_s).id == office.rina);
    // Recorded in the history.
    const auto history = AuditLog(*office.db).entriesFor(u"user"_s, office.rina);
    int failed = 0, locked = 0;
    for (const AuditEntry &e : history) {
        failed += e.action == u"login.failed"_s;
        locked += e.action == u"login.locked"_s;
    }
    CHECK(failed == 4);
    CHECK(locked == 1);
    // An unknown user gets the same answer as a wrong password.
    CHECK(loginError(auth, u"siapa"_s, u"rahasia123"_s) == Error::Code::Forbidden);
}

TEST_CASE("The administrator resets a password, which also lifts a lock", "[auth]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Authenticator auth(*office.db, office.clock);
    for (int i = 0; i < 5; ++i)
        loginError(auth, u"dewi"_s, u"salah-salah"_s);
    CHECK(loginError(auth, u"dewi"_s, u"rahasia123"_s) == Error::Code::Forbidden);
    CHECK(auth.lockNotice(office.dewi).has_value());
    Administration admin(*office.db, office.clock);
    CHECK_THROWS_AS(admin.resetPassword(office.rina, office.dewi, u"sandi-baru-dewi"_s), Error);
    admin.resetPassword(office.admin, office.dewi, u"sandi-baru-dewi"_s);
    CHECK(auth.login(u"dewi"_s, u"sandi-baru-dewi"_s).id == office.dewi);
    CHECK(auth.confirmPassword(office.dewi, u"sandi-baru-dewi"_s));
    CHECK_FALSE(auth.confirmPassword(office.dewi, u"rahasia123"_s));
}

namespace {

QString loginMessage(Authenticator &auth, const QString &user, const QString &password)
{
    try {
        auth.login(user, password);
    } catch (const Error &e) {
        return e.message();
    }
    return u"logged in"_s;
}

} // namespace

TEST_CASE("A locked account reads like an unknown one at login; its user learns until when",
          "[auth][lockout][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Authenticator auth(*office.db, office.clock);
    const QString unknown = loginMessage(auth, u"siapa"_s, u"rahasia123"_s);
    for (int i = 0; i < 5; ++i)
        CHECK(loginMessage(auth, u"rina"_s, u"salah-salah"_s) == unknown);
    // Locked: the right password, a wrong one and an unknown name all read the same.
    CHECK(loginMessage(auth, u"rina"_s, u"rahasia123"_s) == unknown);
    CHECK(loginMessage(auth, u"rina"_s, u"salah-lagi"_s) == unknown);
    CHECK(loginMessage(auth, u"siapa"_s, u"salah-lagi"_s) == unknown);
    CHECK(unknown.contains(u"15"_s));
    CHECK_FALSE(unknown.contains(u"rina"_s));
    // The logged-in user (idle lock) is told until when, with the date: 2 March 2026, 08:15
    // office time.
    const auto notice = auth.lockNotice(office.rina);
    REQUIRE(notice.has_value());
    CHECK(notice->contains(u"08:15"_s));
    CHECK(notice->contains(u"2026"_s));
    CHECK(notice->contains(u"2"_s));
    CHECK_FALSE(auth.lockNotice(office.dewi).has_value());
}
