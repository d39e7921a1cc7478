#pragma once

#include "domain/channel.h"
#include "domain/complaint.h"
#include "domain/officeprofile.h"
#include "document/formbuilder.h"
#include "sop/stepaction.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace aduan::forms {

// How the forms word a complaint's data. No business rule lives here: what is hidden is decided
// by the core (ComplaintRecord::identityHidden, complainantDisplayName()).

/// True when the record carries an identity this viewer may see (not anonymous, not hidden).
bool identityShown(const ComplaintRecord &complaint);

/// The complainant's lines of a form: Nama (the display name: the name, "Dirahasiakan" or
/// "Anonim"), then NIK, Jenis kelamin, Alamat and Nomor telepon. When the identity is hidden
/// these read "Dirahasiakan"; for an anonymous complaint "-". NIK, address and phone are never
/// read from a record whose identity is hidden.
QList<Field> complainantFields(const ComplaintRecord &complaint);

/// "Laki-laki", "Perempuan", or "-".
QString genderLabel(Gender gender);

/// "Langsung", or "Tidak langsung (SMS)" for an indirect channel.
QString channelText(Channel channel);

/// "Biasa", "Rahasia" or "Anonim".
QString confidentialityLabel(Confidentiality confidentiality);

/// The recorded step completed by an engine action, or nullptr.
const StepState *stepByAction(const ComplaintRecord &complaint, StepAction action);

/// The lines saying how a complaint came in: "<numberLabel>" (the Nomor Agenda; "Nomor
/// pengaduan", "Nomor aduan", as the form words it), Tanggal diterima (in `zone`), Cara
/// penyampaian, Nama pengadu (the display name).
QList<Field> receivedFields(const ComplaintRecord &complaint, const QString &numberLabel,
                            const QTimeZone &zone);

/// The two signatures of a registered complaint (the complaint form, the receipt): the
/// complainant's on the left; on the right, dated the day of registration, the Petugas
/// Pengaduan who registered it (the "register" step's completedByName; a dotted line before).
QList<Signature> registrationSignatures(const ComplaintRecord &complaint,
                                        const OfficeProfile &office, const QTimeZone &zone);

/// The office's name in running text, from the profile: "DINAS SOSIAL" + "PEMERINTAH KOTA
/// BLITAR" → "Dinas Sosial Kota Blitar".
QString officeFullName(const OfficeProfile &office);

/// The place and date over a signature: "Blitar, 2 Maret 2026" (the office date of `instant` in
/// `zone`; "Blitar, ...................." when the instant is invalid).
QString placeAndDate(const OfficeProfile &office, const QDateTime &instant, const QTimeZone &zone);

/// Capitalises each word ("DINAS SOSIAL" → "Dinas Sosial").
QString titleCase(const QString &text);

} // namespace aduan::forms
