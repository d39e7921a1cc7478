// Issue 17, the login on a person's own PostgreSQL role: the program keeps no password of its
// own for such a person (the users row holds no usable hash; the administrator's reset sets the
// ROLE's password; disabling makes the role NOLOGIN), the old program password logs in nowhere,
// the signature's and the idle lock's password check is the server's, and the program's
// lockout rule still counts the server's refusals. The server's refusal of a wrong password is
// checked only where the test server checks passwords (CI's pg_virtualenv cluster does; a
// trust-authenticated one takes any password and the test says so).
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "auth/authenticator.h"
#include "auth/password.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "util/error.h"

#include <QSqlDatabase>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

const QString kOldPassword = u"rahasia123"_s; // the program's, as TestOffice made the users
const QString kServerPassword = u"rina-di-server"_s;

/// Whether the test server checks passwords at all: `role`'s connection with a wrong one.
bool serverChecksPasswords(const QString &location, const QString &role)
{
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"password-probe-login"_s);
        db.setDatabaseName(QUrl(location).path().mid(1));
        db.setUserName(role);
        db.setPassword(u"certainly-not-the-password"_s);
        opened = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"password-probe-login"_s);
    return !opened;
}

QString storedHash(Database &db, qint64 userId)
{
    SqlQuery q(db, u"SELECT password_hash FROM app_user WHERE id = :id"_s);
    q.bind(u":id"_s, userId);
    return q.scalar().toString();
}

bool roleCanLogIn(Database &db, const QString &role)
{
    SqlQuery q(db, u"SELECT rolcanlogin FROM pg_roles WHERE rolname = :role"_s);
    q.bind(u":role"_s, role);
    return q.scalar().toBool();
}

bool refusedAsLogin(const std::function<void()> &attempt, const QString &message)
{
    try {
        attempt();
    } catch (const Error &e) {
        return e.code() == Error::Code::Forbidden && e.message() == message;
    }
    return false;
}

} // namespace

TEST_CASE("A person with a server role has no program password; reset and disable act on the "
          "role",
          "[pgroles][personsession][auth]")
{
    if (!test::onPostgres())
        return; // person roles exist on PostgreSQL only; the shared file's login: [auth]
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Administration administration(*office.db, office.clock);
    Authenticator auth(*office.db, office.clock);
    REQUIRE(password::verify(storedHash(*office.db, office.rina), kOldPassword));

    const QString role = administration.givePersonRole(office.admin, office.rina, kServerPassword);
    // No usable hash: the program's own check takes no password, the old one included.
    const QString hash = storedHash(*office.db, office.rina);
    CHECK(hash.isEmpty());
    CHECK_FALSE(password::verify(hash, kOldPassword));
    CHECK_FALSE(password::verify(hash, kServerPassword));
    // Lina, without a role, keeps the program's login.
    CHECK(auth.login(u"lina"_s, kOldPassword).id == office.lina);
    QString message;
    try {
        auth.login(u"nobody"_s, u"whatever1"_s);
    } catch (const Error &e) {
        message = e.message();
    }
    REQUIRE_FALSE(message.isEmpty());

    auto rina = auth.openPersonSession(u"rina"_s, kServerPassword);
    REQUIRE(rina.has_value());
    CHECK(rina->user.id == office.rina);
    // aduan-cli's login() takes the role's password too, checked by the server.
    CHECK(auth.login(u"rina"_s, kServerPassword).id == office.rina);
    CHECK(auth.confirmPassword(office.rina, kServerPassword));
    CHECK(storedHash(*office.db, office.rina).isEmpty()); // no rehash of a password not kept

    const bool checks = serverChecksPasswords(office.path, role);
    if (checks) {
        // The old program password logs in nowhere: not the window, not aduan-cli, not a
        // signature; each refusal reads like any failed login.
        CHECK(refusedAsLogin([&] { auth.openPersonSession(u"rina"_s, kOldPassword); }, message));
        CHECK(refusedAsLogin([&] { auth.login(u"rina"_s, kOldPassword); }, message));
        CHECK_FALSE(auth.confirmPassword(office.rina, kOldPassword));
        // Three failures counted by the program's rule, cleared by the right password.
        CHECK(UserStore(*office.db).loginState(u"rina"_s)->failedLogins == 3);
        CHECK(auth.openPersonSession(u"rina"_s, kServerPassword).has_value());
        CHECK(UserStore(*office.db).loginState(u"rina"_s)->failedLogins == 0);
    } else {
        WARN("the test server trusts every connection: the server's refusal of the old program "
             "password is checked where it checks passwords (CI's pg_virtualenv cluster)");
    }

    // The administrator's reset sets the role's password; still no hash of the program's.
    const QString renewed = u"rina-baru-2026"_s;
    administration.resetPassword(office.admin, office.rina, renewed);
    CHECK(storedHash(*office.db, office.rina).isEmpty());
    CHECK(auth.openPersonSession(u"rina"_s, renewed).has_value());
    if (checks) {
        CHECK(refusedAsLogin([&] { auth.openPersonSession(u"rina"_s, kServerPassword); },
                             message));
        CHECK_FALSE(auth.confirmPassword(office.rina, kServerPassword));
        CHECK(auth.confirmPassword(office.rina, renewed));
    }
    // A reset for a person without a role is the program's, as before.
    administration.resetPassword(office.admin, office.lina, u"lina-baru-2026"_s);
    CHECK(password::verify(storedHash(*office.db, office.lina), u"lina-baru-2026"_s));
    CHECK_THROWS_AS(administration.resetPassword(office.admin, office.rina, u"pendek"_s), Error);

    // Disabling makes the role NOLOGIN; enabling again lets it in.
    CHECK(roleCanLogIn(*office.db, role));
    User user = *UserStore(*office.db).byId(office.rina);
    user.active = false;
    administration.updateUser(office.admin, user);
    CHECK_FALSE(roleCanLogIn(*office.db, role));
    CHECK(refusedAsLogin([&] { auth.openPersonSession(u"rina"_s, renewed); }, message));
    user = *UserStore(*office.db).byId(office.rina);
    user.active = true;
    administration.updateUser(office.admin, user);
    CHECK(roleCanLogIn(*office.db, role));
    CHECK(auth.openPersonSession(u"rina"_s, renewed).has_value());
}

TEST_CASE("The lockout rule holds for a login on a person's own role",
          "[pgroles][personsession][auth]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const QString role = Administration(*office.db, office.clock)
                             .givePersonRole(office.admin, office.dewi, u"dewi-di-server"_s);
    Authenticator auth(*office.db, office.clock);
    if (serverChecksPasswords(office.path, role)) {
        // Five refusals by the server lock the account for 15 minutes: then even the right
        // password is not tried.
        for (int i = 0; i < Authenticator::kMaxFailures; ++i)
            CHECK_THROWS_AS(auth.openPersonSession(u"dewi"_s, u"salah-sandi-1"_s), Error);
        CHECK(auth.lockNotice(office.dewi).has_value());
    } else {
        WARN("the test server trusts every connection: the account is locked by the program");
        UserStore users(*office.db);
        office.db->write([&] {
            users.recordLoginFailure(office.dewi, 0,
                                     office.clock.now().addSecs(Authenticator::kLockMinutes * 60));
        });
    }
    CHECK_THROWS_AS(auth.openPersonSession(u"dewi"_s, u"dewi-di-server"_s), Error);
    CHECK_FALSE(auth.confirmPassword(office.dewi, u"dewi-di-server"_s));
    // After the 15 minutes the right password logs in again.
    office.clock.set(office.clock.now().addSecs(Authenticator::kLockMinutes * 60 + 1));
    CHECK_FALSE(auth.lockNotice(office.dewi).has_value());
    CHECK(auth.openPersonSession(u"dewi"_s, u"dewi-di-server"_s).has_value());
}
