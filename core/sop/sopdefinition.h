#pragma once

#include "domain/role.h"
#include "sop/stepaction.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace aduan {

/// A requirement (Persyaratan/Kelengkapan) of a step. `source` says who supplies it:
/// "complainant" (shown at the desk, e.g. Kartu Identitas: met, or waived with a recorded reason)
/// or "output" (the output of an earlier step with the same code, which the engine checks).
struct SopRequirement {
    QString code;
    QString name;
    QString source;
    bool fromComplainant() const;
};

/// A document a step produces (Output), e.g. {"disposition", "Lembar disposisi"}.
struct SopOutput {
    QString code;
    QString name;
};

/// One row of the SOP procedure (Langkah), with its quality standard (Mutu Baku).
/// `action` names the engine command that completes the step: "register", "report", "dispose",
/// "decide" or "convey".
struct SopStep {
    int number = 0;
    QString action;
    QString activity;
    Role actor = Role::Officer;
    QList<SopRequirement> requirements;
    int targetMinutes = 0; ///< the time target, in office working minutes
    QList<SopOutput> outputs;
};

/// One revision of the SOP "Penyaluran Pengaduan Masyarakat" as data (resources/sop/*.json):
/// header, legal basis, qualifications, equipment, warnings, recording rules and the steps.
/// A complaint is handled under the revision in force (effectiveFrom, office date) when it was
/// registered, and keeps it.
struct SopDefinition {
    qint64 revisionId = 0; ///< database id once stored; 0 for a definition read from a file
    QString office;
    QString number;
    QString name;
    QDate createdOn;
    QDate revisedOn;
    QDate approvedOn;
    QDate effectiveFrom;
    QString approverTitle;
    QString approverName;
    QString approverNip;
    QStringList legalBasis;
    QStringList qualifications;
    QStringList related;
    QStringList equipment;
    QStringList warnings;
    QStringList recording;
    QList<SopStep> steps; ///< in procedure order
    QByteArray json;      ///< the definition exactly as read

    /// The step completed by an engine action ("dispose", ...); nullptr when the revision has none.
    const SopStep *stepForAction(const QString &action) const;
    /// The step completed by `action`; nullptr when the revision has none.
    const SopStep *stepForAction(StepAction action) const { return stepForAction(stepActionCode(action)); }
    /// The step with this number; nullptr when there is none.
    const SopStep *step(int number) const;
    /// The step after `number`; nullptr after the last one.
    const SopStep *nextStep(int number) const;
    /// Sum of the steps' targets (65 minutes for the revision of 19 January 2024).
    int totalTargetMinutes() const;

    /// Parses and checks a definition (the format of resources/sop/*.json; dates yyyy-MM-dd):
    /// known actor codes, then every rule of checkSopRevision() (sop/sopcheck.h). Throws
    /// aduan::Error(Invalid) naming the first problem, with every finding in Error::findings().
    static SopDefinition fromJson(const QByteArray &json);
    /// The definition in the same format as fromJson() reads (what `aduan-cli sop export` writes
    /// and the database stores), built from the fields, not from `json`.
    QByteArray toJson() const;
    /// The revision of 19 January 2024 shipped as a resource (":/aduan/sop/sop-2024-01-19.json").
    static SopDefinition builtIn();
};

} // namespace aduan
