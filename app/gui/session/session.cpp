#include "session/session.h"

#include "session/datawatcher.h"
#include "storage/chainmemory.h"
#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/serverclock.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

namespace aduan::gui {

namespace {
constexpr int kTickMs = 5000;
}

Session::Session(Database &db, const Clock &clock, const User &user, bool demo, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_login(db)
    , m_clock(clock)
    , m_user(user)
    , m_demo(demo)
    , m_watcher(new DataWatcher(db, this))
{
    startTicking();
}

Session::Session(Database &office, std::unique_ptr<Database> personal, const Clock &clock,
                 const User &user, bool demo, QObject *parent)
    : QObject(parent)
    , m_personal(std::move(personal))
    , m_db(*m_personal)
    , m_login(office)
    , m_clock(clock)
    , m_user(user)
    , m_demo(demo)
    , m_watcher(new DataWatcher(m_db, this))
{
    startTicking();
}

Session::~Session()
{
    // Before the person's own connection closes (a member): the watcher reads through it.
    delete m_watcher;
}

void Session::startTicking()
{
    connect(m_watcher, &DataWatcher::changed, this, &Session::dataChanged);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Session::tick);
    m_tick.start();
}

void Session::startClockChecks(ServerClock *serverClock)
{
    m_clockCheck.setInterval(60 * 1000);
    connect(&m_clockCheck, &QTimer::timeout, this, [this, serverClock] {
        // Not while a save or a read waits for another program's lock (its own event loop
        // runs this timer); a database locked or away now is looked at again next minute.
        if (m_db.isWaitingForLock())
            return;
        try {
            if (serverClock)
                verifyClock(m_db, *serverClock);
            else
                verifyClock(m_db, m_clock);
            ChainMemory().remember(m_db); // the longest history this PC has seen (check)
        } catch (const Error &) {
        }
    });
    ChainMemory().remember(m_db);
    m_clockCheck.start();
}

OfficeCalendar Session::calendar() const
{
    return SettingsStore(m_db).calendar();
}

QTimeZone Session::officeZone() const
{
    return calendar().timeZone();
}

QDate Session::officeToday() const
{
    return calendar().officeDate(m_clock.now());
}

bool Session::isActingHead() const
{
    if (m_user.hasRole(Role::Head))
        return false;
    for (const Delegation &d : UserStore(m_db).delegationsFor(m_user.id, officeToday())) {
        if (d.role == Role::Head)
            return true;
    }
    return false;
}

QList<Role> Session::workspaceRoles() const
{
    QList<Role> roles;
    const bool acting = isActingHead();
    for (Role role : allRoles()) {
        if (m_user.hasRole(role) || (role == Role::Head && acting))
            roles << role;
    }
    return roles;
}

void Session::reloadUser()
{
    if (const auto user = UserStore(m_db).byId(m_user.id))
        m_user = *user;
}

void Session::notifyChanged()
{
    emit dataChanged();
}

} // namespace aduan::gui
