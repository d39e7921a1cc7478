#pragma once
// Shared helpers of the shell's GUI tests (tests/gui/test_shell*.cpp): a TestOffice with many
// complaints registered through the engine, and answers for the shell's prompts.

#include "domain/complaint.h"

#include <QString>

namespace aduan::test {
class TestOffice;
}

namespace aduan::test::shell {

/// A name of letters only for complaint `i` ("Warga Bac"): distinct and sortable.
QString complainantName(int i);
/// A subject with a code found by no other complaint's ("Bantuan tertunda kode Q17Z").
QString subject(int i);

/// Registers `count` complaints through Workflow::registerComplaint in one transaction, the
/// clock moving one second per complaint. Every tenth (i % 10 == 0) came by SMS an hour
/// earlier. Returns their ids in order.
QList<qint64> registerComplaints(TestOffice &office, int count);

/// Makes `office` a copy of an office holding `count` complaints registered as above from
/// 2 March 2026 08:00 WIB (built once per process and count, then copied). Returns the ids; the
/// office's clock stands where the registering ended.
QList<qint64> useOfficeWithComplaints(TestOffice &office, int count);

/// Answers every prompt of the shell: deviation and pause reasons with `reason`, questions with
/// yes; problems are collected (see problems()). Restores the real dialogs when destroyed.
class PromptAnswers
{
public:
    explicit PromptAnswers(const QString &reason = QStringLiteral("Alasan uji"));
    ~PromptAnswers();
    const QStringList &problems() const { return m_problems; }
    int reasonsAsked() const { return m_reasonsAsked; }

private:
    QStringList m_problems;
    int m_reasonsAsked = 0;
};

} // namespace aduan::test::shell
