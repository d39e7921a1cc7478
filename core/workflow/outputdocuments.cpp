#include "workflow/outputdocuments.h"

#include "util/error.h"

#include <QCoreApplication>

namespace aduan {

bool hasDocument(const ComplaintRecord &c, OutputDocument document)
{
    switch (document) {
    case OutputDocument::Disposition: return c.disposition.has_value();
    case OutputDocument::Decision: return c.decision && c.decision->input.withinAuthority;
    case OutputDocument::Referral: return c.referral.has_value();
    case OutputDocument::ResolutionReport: return c.resolutionReport.has_value();
    }
    return false;
}

void requireDocument(const ComplaintRecord &c, OutputDocument document)
{
    if (hasDocument(c, document))
        return;
    const char *text = nullptr;
    switch (document) {
    case OutputDocument::Disposition:
        text = QT_TRANSLATE_NOOP("aduan::OutputDocument",
                                 "Complaint %1 has no Lembar Disposisi: the head has not signed "
                                 "one yet.");
        break;
    case OutputDocument::Decision:
        text = QT_TRANSLATE_NOOP("aduan::OutputDocument",
                                 "Complaint %1 has no Hasil Keputusan Penyelesaian Pengaduan: the "
                                 "team has not decided it within the office's authority.");
        break;
    case OutputDocument::Referral:
        text = QT_TRANSLATE_NOOP("aduan::OutputDocument",
                                 "Complaint %1 was not referred to another agency: it has no "
                                 "Formulir Penyaluran Pengaduan Bukan Kewenangan.");
        break;
    case OutputDocument::ResolutionReport:
        text = QT_TRANSLATE_NOOP("aduan::OutputDocument",
                                 "Complaint %1 has no Berita Acara Penyelesaian Aduan: the result "
                                 "has not been conveyed yet.");
        break;
    }
    throw Error(Error::Code::WrongStep,
                QCoreApplication::translate("aduan::OutputDocument", text).arg(c.agendaNumber));
}

} // namespace aduan
