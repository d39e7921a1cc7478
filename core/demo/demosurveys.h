#pragma once

#include <QtGlobal>

namespace aduan {

class Clock;
class Database;

/// Demo answers to the Survei Kepuasan Masyarakat for the most recently conveyed complaints (at
/// most `limit`, oldest of them first): most answered with mostly 3s and 4s (the waiting time
/// and the facilities a little lower), about one in eight declined, and the newest few left
/// open so the officer's survey list has work. Each on its complaint's conveying office date,
/// on the built-in questionnaire; one history entry for the lot. Same seed, same answers.
/// Returns the number of responses written.
int generateDemoSurveys(Database &db, const Clock &clock, quint32 seed, int limit = 2000);

} // namespace aduan
