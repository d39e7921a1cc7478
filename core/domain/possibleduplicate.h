#pragma once

#include <QDateTime>
#include <QString>

namespace aduan {

/// A recent open complaint of the same person (same NIK or phone), shown to the officer before a
/// new complaint is saved so that it can be linked instead of registered twice. The name is as
/// the viewer may see it ("Dirahasiakan" for a confidential complaint and a viewer without the
/// right). Found by IntakeBook::possibleDuplicates().
struct PossibleDuplicate {
    qint64 complaintId = 0;
    QString agendaNumber;
    QDateTime receivedAt; ///< UTC
    QString complainantName;
    QString subject;
    QString matchedOn; ///< "nik" or "phone"
};

} // namespace aduan
