#pragma once

#include "domain/complaint.h"

namespace aduan {

/// The outputs of SOP steps 3-5 that print as documents of their own. Each exists only once
/// its step wrote it: the Lembar Disposisi once signed; the Hasil Keputusan Penyelesaian
/// Pengaduan when the team decided within the office's authority; the Formulir Penyaluran
/// Pengaduan Bukan Kewenangan when the complaint was referred to another agency; the Berita
/// Acara once the result was conveyed. The screens offer and the command line prints only what
/// hasDocument() allows.
enum class OutputDocument { Disposition, Decision, Referral, ResolutionReport };

/// Whether `complaint` has `document` to print.
bool hasDocument(const ComplaintRecord &complaint, OutputDocument document);
/// Throws Error(WrongStep) saying why `complaint` has no `document` (nothing to print), or
/// returns when it has it.
void requireDocument(const ComplaintRecord &complaint, OutputDocument document);

} // namespace aduan
