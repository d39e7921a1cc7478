#pragma once

#include "document/printable.h"
#include "document/printcontext.h"
#include "domain/intakebook.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;
class QTextTable;

namespace aduan::forms {

class FormBuilder;

/// One printed page of the register: the rows it holds, as indexes into the rows given.
struct RegisterPage {
    int firstRow = 0;
    int rowCount = 0;
};

/// "Periode 1 Maret 2026 s.d. 31 Maret 2026" (office dates); open ends read "s.d. ..." /
/// "sejak ..."; both open: "Semua tanggal".
QString registerPeriodText(QDate from, QDate to);

/// Buku Penerimaan Pengaduan, the intake book (SOP step 1 output "intake_book") for a range of
/// office dates, on a landscape page of the context's paper (A4 or F4): letterhead, title and
/// period on the first page; one line per complaint (No., Nomor Agenda, received date and time in
/// the office zone, complainant as the core gives it — "Dirahasiakan" / "Anonim" —, channel,
/// subject, category, status and open step); the header row on every page; totals by channel
/// and status after the last line; "Halaman X dari Y" on every page.
///
/// A register of any length prints whole, and no line is split across two pages. The lines are
/// measured first, a few hundred at a time, in unpaginated documents (a line's height does not
/// depend on where it stands); the pages are then filled line by line; each page's lines become
/// a table of their own that starts on a new page. Painting lays out a few pages at a time, so
/// memory and layout coordinates stay small whatever the length (a single QTextDocument of
/// thousands of pages is slow and its coordinates grow without bound).
class IntakeBookPrint final : public Printable
{
public:
    IntakeBookPrint(QList<IntakeBookRow> rows, QDate from, QDate to, PrintContext context);
    ~IntakeBookPrint() override;

    PageSetup pageSetup() const override;
    QString title() const override;
    PageDecoration decoration() const override;
    /// The number of pages (measures and paginates first when needed).
    int pageCount() override;
    void paintPages(PageWriter &writer) override;

    /// The lines of every page, in order (paginates first when needed). Pages after the last
    /// line that hold only the totals have no lines.
    const QList<RegisterPage> &pages();

private:
    struct Measure;
    std::unique_ptr<QTextDocument> newDocument() const;
    QTextTable *insertTable(FormBuilder &form, int firstRow, int rowCount) const;
    void insertTotals(FormBuilder &form) const;
    void measure(Measure &measure) const;
    std::unique_ptr<QTextDocument> buildPages(int firstPage, int pageCount, bool withTotals) const;
    void paginate();

    QList<IntakeBookRow> m_rows;
    QDate m_from;
    QDate m_to;
    PrintContext m_context;
    bool m_paginated = false;
    QList<RegisterPage> m_pages;
    int m_pagesWithLines = 0;
};

} // namespace aduan::forms
