#pragma once

#include <QString>

class QWidget;

namespace aduan {
struct SkmReport;
}

namespace aduan::gui {

class Session;

namespace printing {

/// Opens the print preview of the blank SKM questionnaire for the complaint `agendaNumber`
/// (forms/skm/skmprint.h), on the questionnaire version in force today; A4 or F4.
void previewSkmQuestionnaire(QWidget *parent, Session &session, const QString &agendaNumber);
/// Opens the print preview of the Laporan Survei Kepuasan Masyarakat already built by the core.
void previewSkmReport(QWidget *parent, Session &session, const SkmReport &report);

} // namespace printing
} // namespace aduan::gui
