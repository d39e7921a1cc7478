#pragma once

#include "domain/user.h"

#include <optional>

namespace aduan {

class UserStore;

/// Who may act at all: the user behind `userId` when the account exists and is active;
/// std::nullopt otherwise. Reads the users table; throws only Error(Storage).
std::optional<User> activeUser(UserStore &users, qint64 userId);

/// activeUser(), or Error(Forbidden) "This user account does not exist or is no longer active.
/// Log in again." — the first check of every command and query that acts as a person
/// (Workflow, IntakeBook).
User requireActiveUser(UserStore &users, qint64 userId);

/// Who may void a complaint registered by mistake or correct its Formulir Aduan details: the
/// front office — the complaint officer (Petugas Pengaduan), the secretary or the
/// administrator. The engine refuses everyone else (Workflow::voidComplaint(), amend()); the
/// screens hide the actions from them. Pure.
bool mayCorrectComplaint(const User &user);

} // namespace aduan
