#pragma once

#include "document/printable.h"
#include "document/printcontext.h"
#include "domain/intakebook.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace aduan::forms {

/// One printed page of the register: the lines that start on it, as indexes into the rows given
/// (a page that only continues an overlong line, or only holds the totals, has none).
struct RegisterPage {
    int firstRow = 0;
    int rowCount = 0;
};

/// "Periode 1 Maret 2026 s.d. 31 Maret 2026" (office dates); open ends read "s.d. ..." /
/// "sejak ..."; both open: "Semua tanggal".
QString registerPeriodText(QDate from, QDate to);

/// Buku Penerimaan Pengaduan, the intake book (SOP step 1 output "intake_book") for a range of
/// office dates, on a landscape page of the context's paper (A4 or F4), margins 20 mm left and
/// 15 mm elsewhere: letterhead, title and period on the first page; one line per complaint (No.,
/// Nomor Agenda, received date and time in the office zone, complainant as the core gives it —
/// "Dirahasiakan" / "Anonim" —, channel, subject, category, status and open step); the header
/// row on every page; totals by channel and status after the last line; "Halaman X dari Y".
///
/// A register of any length prints whole, fast, and no line is split across two pages (a line
/// taller than a whole page, which a register does not have, continues on the next page). The
/// letterhead, title and totals are QTextDocuments; the table is laid out and painted here, page
/// by page, each cell a QTextLayout: a QTextDocument table of thousands of lines is slow to lay
/// out and paint, splits lines across pages, and its coordinates grow without bound. Counting
/// pages lays the lines out once (pagination is exact: the same layouts paint the pages).
class IntakeBookPrint final : public Printable
{
public:
    IntakeBookPrint(QList<IntakeBookRow> rows, QDate from, QDate to, PrintContext context);
    ~IntakeBookPrint() override;

    PageSetup pageSetup() const override;
    QString title() const override;
    PageDecoration decoration() const override;
    /// The number of pages (paginates first when needed).
    int pageCount() override;
    void paintPages(PageWriter &writer) override;

    /// The lines of every page, in order (paginates first when needed).
    const QList<RegisterPage> &pages();

private:
    /// A part of a line on a page: its text from `from` to `to` points below the line's top
    /// (a whole line unless it is taller than a page).
    struct Slice {
        int row = 0;
        qreal from = 0;
        qreal to = 0;
    };
    struct PagePlan {
        int firstSlice = 0;
        int sliceCount = 0;
        bool totals = false;   ///< the totals are printed on this page
        qreal totalsTop = 0;   ///< where, in points from the sheet's top
    };
    struct Geometry;
    class LayoutCache;
    /// The register's columns (No., number, received, complainant, channel, subject,
    /// category, status).
    static constexpr int kColumns = 8;

    QStringList rowTexts(int index) const;
    std::unique_ptr<QTextDocument> headDocument() const;
    std::unique_ptr<QTextDocument> totalsDocument() const;
    void paginate();
    void paintPlan(QPainter &painter, const PagePlan &plan, int pageIndex,
                   const QTextDocument *head, const QTextDocument *totals,
                   std::array<LayoutCache, kColumns> &cache) const;

    QList<IntakeBookRow> m_rows;
    QDate m_from;
    QDate m_to;
    PrintContext m_context;
    bool m_paginated = false;
    std::unique_ptr<Geometry> m_geometry;
    std::vector<Slice> m_slices;
    std::vector<PagePlan> m_plan;
    QList<RegisterPage> m_pages;
};

} // namespace aduan::forms
