#include "domain/intakebook.h"

using namespace Qt::StringLiterals;

namespace aduan {

QString statusLine(const IntakeBookRow &row)
{
    const QString label = statusLabel(row.status);
    const QString reason = row.voidReason.simplified();
    if (row.status != ComplaintStatus::Voided || reason.isEmpty())
        return label;
    return label + u": "_s + reason;
}

} // namespace aduan
