#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"

namespace aduan {
struct SkmQuestionnaire;
struct SkmReport;
}

namespace aduan::forms {

/// The blank paper questionnaire of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017) for
/// one complaint: letterhead, the complaint's agenda number (so the officer can mark that
/// complaint's survey as answered when the sheet comes back; the answers themselves are typed in
/// without it), the profile questions with boxes to tick, and each element's question with its
/// four worded answers. Portrait, A4 or F4 (context.paper), always Indonesian.
FormDocument skmQuestionnaireDocument(const SkmQuestionnaire &questionnaire,
                                      const QString &agendaNumber, const PrintContext &context);

/// Laporan Survei Kepuasan Masyarakat of a period: the respondents against the sample the
/// regulation recommends, per questionnaire version the NRR of each element, NRR tertimbang,
/// IKM, SKM value (two decimals), grade and the weakest elements, the respondents' profile, and
/// the head's signature block. Portrait, always Indonesian.
FormDocument skmReportDocument(const SkmReport &report, const PrintContext &context);

} // namespace aduan::forms
