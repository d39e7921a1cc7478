#pragma once

#include "domain/complaint.h"
#include "storage/complaintstore.h"

namespace aduan {

/// The attachment types accepted as evidence, decided by the file's content (magic bytes via
/// QMimeDatabase), never by its name: PNG, JPEG, GIF, WebP images and PDF documents.
QStringList allowedAttachmentTypes();

/// Checks one evidence file: not empty, at most `limitBytes`, of an allowed type by content.
/// Returns it with its MIME type and SHA-256 (hex). Throws aduan::Error(Invalid) naming the
/// file and what to do.
NewAttachment checkAttachment(const AttachmentDraft &draft, qint64 limitBytes);

} // namespace aduan
