#pragma once

#include "domain/role.h"
#include "sop/sopdefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace aduan {

/// One step of a new SOP revision as the administrator types it: the activity (Kegiatan), the
/// actor (Pelaksana), the target in office working minutes, and the requirements and outputs
/// by their names as printed on the SOP sheet.
struct SopStepEntry {
    QString activity;
    Role actor = Role::Officer;
    int targetMinutes = 0;
    QStringList requirements;
    QStringList outputs;
};

/// The steps of a new revision copied from `base` (the revision the administrator started from)
/// with `entries` in the same order. Each step keeps the engine action of the step at the same
/// position in `base`, so that a renamed step is still completed by the same command. Output
/// codes are kept by position (a renamed output stays the same document for the engine); an
/// added output gets a code made of its name. A requirement of the registering step is the
/// complainant's (its code kept by position); a requirement of a later step names an output of
/// an earlier step (matched by name, case and spaces ignored) — a name that matches none is kept
/// as an unknown output so that checkSopRevision() refuses it with its name. Numbers are the
/// positions 1..n. Nothing is checked here: run checkSopRevision() on the result.
QList<SopStep> stepsFromEntries(const SopDefinition &base, const QList<SopStepEntry> &entries);

} // namespace aduan
