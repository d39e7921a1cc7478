#pragma once

#include "document/printable.h"
#include "document/printcontext.h"
#include "sop/sopdefinition.h"

#include <QList>

namespace aduan::forms {

/// The SOP sheet as the office files it, in the format of Permenpan RB No. 35 Tahun 2012 (SOP
/// Administrasi Pemerintahan), on landscape pages of the context's paper (A4 or F4):
/// - the header block: office, No. SOP, Tgl. Pembuatan / Revisi / Pengesahan, "Disahkan oleh"
///   with the approver's title, name and NIP (grouped), and the SOP's name;
/// - Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan/Perlengkapan, Peringatan,
///   Pencatatan dan Pendataan, as numbered lists in two columns;
/// - the procedure table: No, Kegiatan, one Pelaksana column per actor role of the revision
///   (Petugas Pengaduan, Tim Pengelola Pengaduan, Sekretaris, Kepala Dinas, in the seed's
///   order), Mutu Baku (Persyaratan/Kelengkapan, Waktu, Output) and Keterangan; its header rows
///   repeat on every page.
/// The flowchart is drawn in the actor columns with the regulation's five symbols: a terminator
/// before the first and after the last step, a process box per step in its actor's column, a
/// decision diamond under the step whose action is "decide" (Ya: on to the next step; Tidak:
/// referred to the competent agency, written in Keterangan), arrows between them, and a pair
/// of off-page connectors (A, B ...) where the table runs onto the next page. Every length is
/// in points (1/72 inch); text in Indonesian.
class SopSheetPrint final : public Printable
{
public:
    SopSheetPrint(const SopDefinition &sop, const PrintContext &context);

    PageSetup pageSetup() const override;
    QString title() const override;
    PageDecoration decoration() const override;
    int pageCount() override;
    void paintPages(PageWriter &writer) override;

    /// Which step rows each page holds (after pageCount()): page index -> step indexes.
    QList<QList<int>> pageRows();

private:
    struct Geometry;
    void paginate();

    SopDefinition m_sop;
    PrintContext m_context;
    bool m_paginated = false;
    qreal m_headerBlockHeight = 0;
    QList<qreal> m_rowHeights;
    QList<QList<int>> m_pages; ///< step indexes per page; page 0 also holds the header block
};

} // namespace aduan::forms
