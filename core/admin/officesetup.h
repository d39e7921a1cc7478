#pragma once

#include "calendar/officecalendar.h"
#include "domain/officeprofile.h"
#include "domain/user.h"

#include <QString>

#include <memory>

namespace aduan {

class Clock;
class Database;

/// What the first-run setup asks for.
struct SetupInput {
    OfficeProfile profile;
    OfficeCalendar calendar = OfficeCalendar::defaultOffice();
    User administrator;            ///< username, full name, NIP; gets Role::Admin
    QString administratorPassword; ///< at least password::kMinimumLength characters
};

/// Creates a new Aduan database: the schema, the built-in SOP revision of 19 January 2024,
/// the default complaint classes (5, 14 and 60 working days), categories and agencies, the
/// office profile and calendar, and the first administrator. `path` must not exist yet (an
/// existing file is never overwritten: Error(Invalid)); its folder must exist (Error(FileMissing)).
/// On any failure the half-made file is removed.
std::unique_ptr<Database> createOfficeDatabase(const QString &path, const SetupInput &input,
                                               const Clock &clock);

} // namespace aduan
