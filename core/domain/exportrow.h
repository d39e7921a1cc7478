#pragma once

#include "domain/intakebook.h"

#include <QDateTime>
#include <QString>

namespace aduan {

/// A complaint as exported (CSV, XLSX: export/complaintexport.h): the register's line plus the
/// Formulir Aduan's fields. Identity fields are empty, and the name reads "Dirahasiakan", for a
/// viewer without the right; "Anonim" for an anonymous complaint. The phone is in its stored
/// form (+62..., validation/phone.h).
struct ExportRow {
    IntakeBookRow line;
    QString nik;
    QString phone;
    QString address;
    QString description;
    QString location;
    QString classCode;
    QDateTime deadlineAt; ///< UTC
};

} // namespace aduan
