#pragma once

#include "validation/finding.h"

#include <QString>

#include <exception>

namespace aduan {

/// The one error type the core raises. `code` says what kind of trouble it is (the GUI and the
/// command-line tool choose their reaction by it); `message` says, in words a clerk understands,
/// what happened and what to do (already translated through Qt's translation system); `detail`
/// carries the technical text (a driver message, a path) for the log and the "details" button.
class Error : public std::exception
{
public:
    enum class Code {
        Forbidden,               ///< the acting user's role or right does not allow the command
        WrongStep,               ///< the complaint is not at the step the command belongs to
        RequirementMissing,      ///< a requirement (Persyaratan) is neither met nor waived with a reason
        OutputIncomplete,        ///< a required field of the step's output is empty
        DeviationReasonRequired, ///< the step ran past its target; a reason must be recorded (SOP warning 3)
        Invalid,                 ///< input that fails validation; see findings()
        Conflict,                ///< the record was changed meanwhile (another PC); reload and redo
        Busy,                    ///< the database stayed locked through every retry
        NotFound,                ///< no such complaint, user or file
        FileMissing,             ///< the database file or its folder is not there
        NotADatabase,            ///< the file is not an SQLite database
        Corrupt,                 ///< SQLite reports the file as damaged
        SchemaTooNew,            ///< the file was written by a newer version of the program
        ReadOnly,                ///< the file or folder cannot be written
        Locked,                  ///< the user account is locked (failed logins)
        ClockWrong,              ///< this PC's clock disagrees with the office's time
        Storage,                 ///< any other database failure
    };

    Error(Code code, QString message, QString detail = {}, Findings findings = {});

    Code code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QString &detail() const noexcept { return m_detail; }
    const Findings &findings() const noexcept { return m_findings; }
    const char *what() const noexcept override { return m_what.constData(); }

    /// The code as a stable English identifier ("conflict", "busy", ...) for logs and tests.
    static QString codeName(Code code);

private:
    Code m_code;
    QString m_message;
    QString m_detail;
    Findings m_findings;
    QByteArray m_what;
};

} // namespace aduan
