#pragma once

#include "domain/complaint.h"
#include "storage/complaintstore.h"
#include "validation/finding.h"

#include <QList>

namespace aduan {

/// The attachment types accepted as evidence, decided by the file's content (magic bytes via
/// QMimeDatabase), never by its name: PNG, JPEG, GIF, WebP images and PDF documents.
QStringList allowedAttachmentTypes();

/// The size rule alone, for a file not read yet (the entry screen asks before reading a large
/// file): "attachments.size" when `sizeBytes` exceeds `limitBytes` (both in bytes; the limit is
/// the administrator's setting). `fileName` may be a path; its last part names the file. Pure.
Findings checkAttachmentSize(const QString &fileName, qint64 sizeBytes, qint64 limitBytes);

/// Checks one evidence file (Bukti pengaduan of SOP step 1) as read: "attachments.empty",
/// "attachments.size" (at most `limitBytes`), "attachments.type" (not an allowed type by
/// content); each message names the file and what to do. With `attached` (the files already on
/// the form), also "attachments.duplicate" for the same content attached twice — a rule of the
/// entry screen: the engine stores what the form sends. Pure; never throws.
Findings checkAttachmentFindings(const AttachmentDraft &draft, qint64 limitBytes,
                                 const QList<AttachmentDraft> &attached = {});

/// The engine's side: checkAttachmentFindings() without `attached`, then the file with its MIME
/// type and SHA-256 (hex). Throws aduan::Error(Invalid) with the first finding's message and
/// the findings.
NewAttachment checkAttachment(const AttachmentDraft &draft, qint64 limitBytes);

} // namespace aduan
