#include "sop/sopsheetprint.h"

#include "common/palette.h"
#include "document/letterhead.h"
#include "document/pagewriter.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"
#include "document/wrappedtext.h"
#include "util/indonesian.h"
#include "validation/nip.h"

#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr qreal kPad = 4;          // text padding inside a cell
constexpr qreal kRule = 0.6;       // table rules
constexpr qreal kLine = 0.9;       // flowchart lines
constexpr qreal kBoxW = 46, kBoxH = 22;       // process box
constexpr qreal kTermW = 46, kTermH = 15;     // terminator
constexpr qreal kDiamondW = 40, kDiamondH = 28;
constexpr qreal kConnector = 16;   // off-page connector, width and height
constexpr qreal kGap = 12;         // vertical room for an arrow between two symbols
constexpr qreal kConnectorRow = kConnector + 12;

/// The seed's order of the actor columns.
const QList<Role> kActorOrder = {Role::Officer, Role::Team, Role::Secretary, Role::Head};

QFont bodyFont() { return printFont(8); }
QFont boldFont() { return printFont(8, true); }

/// Lays `text` out in `width`; returns its height. Draws it at `at` when `painter` is given.
qreal text(QPainter *painter, const QString &value, const QFont &font, qreal width, QPointF at,
           Qt::Alignment alignment = Qt::AlignLeft)
{
    QString lines = value;
    lines.replace(u'\n', QChar::LineSeparator); // a list item per line
    QTextLayout layout;
    // The font measured on the point device, as QTextLayout(text, font, pointDevice()) would.
    const qreal y = layoutWrapped(layout, lines, QFont(font, pointDevice()), width, alignment);
    if (painter)
        layout.draw(painter, at);
    return y;
}

QString numbered(const QStringList &items)
{
    if (items.size() == 1)
        return items.constFirst();
    QStringList out;
    for (qsizetype i = 0; i < items.size(); ++i)
        out << u"%1. %2"_s.arg(i + 1).arg(items.at(i));
    return out.join(u'\n');
}

QString joined(const QStringList &items) { return items.join(u", "_s); }

/// Keterangan of the deciding step: where the "Tidak" branch goes.
QString referralNote()
{
    return u"Tidak (bukan kewenangan): disalurkan ke instansi berwenang dengan Formulir "
           "Penyaluran Pengaduan Bukan Kewenangan, lalu langkah berikutnya"_s;
}

void arrowHead(QPainter &p, QPointF tip, QPointF from)
{
    const QLineF line(tip, from);
    QLineF a = line;
    a.setLength(4.5);
    QLineF b = a;
    a.setAngle(line.angle() + 25);
    b.setAngle(line.angle() - 25);
    p.save();
    p.setBrush(palette::color(palette::ink));
    p.drawPolygon(QPolygonF{tip, a.p2(), b.p2()});
    p.restore();
}

/// Line through `points`, with an arrow head at the last one.
void arrow(QPainter &p, const QList<QPointF> &points)
{
    for (qsizetype i = 1; i < points.size(); ++i)
        p.drawLine(points.at(i - 1), points.at(i));
    if (points.size() > 1)
        arrowHead(p, points.constLast(), points.at(points.size() - 2));
}

/// The five-sided off-page connector, its point downwards, with a letter.
void connector(QPainter &p, QPointF topCentre, const QString &letter)
{
    const qreal w = kConnector, h = kConnector, x = topCentre.x() - w / 2, y = topCentre.y();
    p.drawPolygon(QPolygonF{QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h * 0.65),
                            QPointF(x + w / 2, y + h), QPointF(x, y + h * 0.65)});
    text(&p, letter, boldFont(), w, QPointF(x, y + 2), Qt::AlignHCenter);
}

} // namespace

/// Where the columns and the page's text area are, in points.
struct SopSheetPrint::Geometry {
    QRectF area;
    QList<Role> actors;
    QList<qreal> x;     ///< left edge of every column, then the right edge of the last
    qreal headHeight = 0;
    int actorColumn(Role role) const { return 2 + int(actors.indexOf(role)); }
    int firstMutu() const { return 2 + int(actors.size()); }
    qreal width(int column) const { return x.at(column + 1) - x.at(column); }
    qreal centre(int column) const { return (x.at(column) + x.at(column + 1)) / 2; }

    Geometry(const SopDefinition &sop, const PageSetup &page)
    {
        const QMarginsF m = page.marginsPt();
        const QSizeF sheet = page.paperSizePt();
        area = QRectF(m.left(), m.top(), sheet.width() - m.left() - m.right(),
                      sheet.height() - m.top() - m.bottom());
        for (Role r : kActorOrder) {
            for (const SopStep &s : sop.steps) {
                if (s.actor == r && !actors.contains(r)) {
                    actors << r;
                    break;
                }
            }
        }
        // No, Kegiatan, actors..., Persyaratan, Waktu, Output, Keterangan (shares of the width).
        QList<qreal> shares{0.03, 0.21};
        for (qsizetype i = 0; i < actors.size(); ++i)
            shares << 0.34 / actors.size();
        shares << 0.12 << 0.055 << 0.13;
        qreal used = 0;
        for (qreal s : shares)
            used += s;
        shares << 1.0 - used;
        qreal at = area.left();
        for (qreal s : shares) {
            x << at;
            at += s * area.width();
        }
        x << area.right();
        const QStringList second = secondHeader();
        qreal tallest = 0;
        for (int c = 0; c < second.size(); ++c)
            tallest = qMax(tallest, text(nullptr, second.at(c), boldFont(), width(c) - 2 * kPad, {},
                                         Qt::AlignHCenter));
        headHeight = 16 + tallest + 2 * kPad;
    }

    /// The second header row's texts, per column (empty where the first row spans both).
    QStringList secondHeader() const
    {
        QStringList out{QString(), QString()};
        for (Role r : actors)
            out << roleTitle(r);
        out << u"Persyaratan/ Kelengkapan"_s << u"Waktu"_s << u"Output"_s << QString();
        return out;
    }
};

SopSheetPrint::SopSheetPrint(const SopDefinition &sop, const PrintContext &context)
    : m_sop(sop)
    , m_context(context)
{
}

PageSetup SopSheetPrint::pageSetup() const
{
    return m_context.landscape();
}

QString SopSheetPrint::title() const
{
    return u"SOP %1"_s.arg(m_sop.name);
}

PageDecoration SopSheetPrint::decoration() const
{
    PageDecoration d;
    d.runningHeader = u"SOP %1 · No. %2"_s.arg(m_sop.name, m_sop.number);
    d.footerLeft = m_context.printedLine();
    return d;
}

int SopSheetPrint::pageCount()
{
    if (!m_paginated)
        paginate();
    return int(m_pages.size());
}

QList<QList<int>> SopSheetPrint::pageRows()
{
    if (!m_paginated)
        paginate();
    return m_pages;
}

namespace {

/// The header block (office, numbers, dates, approver, name, then the six lists); returns its
/// height. Paints when `p` is given.
qreal headerBlock(QPainter *p, const SopDefinition &sop, const PrintContext &context,
                  const QRectF &area)
{
    const qreal left = area.left(), top = area.top(), w = area.width();
    const qreal split = left + w * 0.36;
    const qreal labelW = 95;
    // Right: the sheet's identity.
    const QList<std::pair<QString, QString>> rows{
        {u"NO. SOP"_s, sop.number},
        {u"TGL. PEMBUATAN"_s, dateOnly(sop.createdOn)},
        {u"TGL. REVISI"_s, dateOnly(sop.revisedOn)},
        {u"TGL. PENGESAHAN"_s, dateOnly(sop.approvedOn)},
    };
    qreal y = top + kPad;
    const qreal valueX = split + kPad + labelW;
    const qreal valueW = area.right() - valueX - kPad;
    for (const auto &[label, value] : rows) {
        const qreal h = qMax(text(p, label, boldFont(), labelW, QPointF(split + kPad, y)),
                             text(p, u": "_s + value, bodyFont(), valueW, QPointF(valueX, y)));
        y += h + 2;
    }
    y += text(p, u"DISAHKAN OLEH"_s, boldFont(), labelW, QPointF(split + kPad, y));
    y += text(p, sop.approverTitle.toUpper(), boldFont(), valueW, QPointF(valueX, y),
              Qt::AlignHCenter);
    y += 26; // room for the signature
    y += text(p, sop.approverName, boldFont(), valueW, QPointF(valueX, y), Qt::AlignHCenter);
    y += text(p, u"NIP. "_s + formatNip(sop.approverNip), bodyFont(), valueW,
              QPointF(valueX, y), Qt::AlignHCenter);
    y += 4;
    const qreal nameTop = y;
    y += kPad + qMax(text(p, u"NAMA SOP"_s, boldFont(), labelW, QPointF(split + kPad, y + kPad)),
                     text(p, u": "_s + sop.name.toUpper(), boldFont(), valueW,
                          QPointF(valueX, y + kPad)));
    y += kPad;
    // Left: the emblem and the office.
    const qreal leftW = split - left - 2 * kPad;
    if (p) {
        const QImage emblem = letterheadEmblem(context.office);
        const QRectF target(left + (split - left - 48) / 2, top + 10, 48, 48);
        p->drawImage(target, emblem);
    }
    const qreal officeH = text(nullptr, sop.office.toUpper(), printFont(12, true), leftW, {},
                               Qt::AlignHCenter);
    text(p, sop.office.toUpper(), printFont(12, true), leftW,
         QPointF(left + kPad, qMax(top + 66, (top + y - officeH) / 2)), Qt::AlignHCenter);
    y = qMax(y, top + 66 + officeH + kPad);
    if (p) {
        p->setPen(QPen(palette::color(palette::ink), kRule));
        p->drawRect(QRectF(left, top, w, y - top));
        p->drawLine(QLineF(split, top, split, y));
        p->drawLine(QLineF(split, nameTop, area.right(), nameTop));
    }
    // The six lists, two per row.
    const QList<std::pair<QString, QString>> lists{
        {u"DASAR HUKUM"_s, numbered(sop.legalBasis)},
        {u"KUALIFIKASI PELAKSANA"_s, numbered(sop.qualifications)},
        {u"KETERKAITAN"_s, numbered(sop.related)},
        {u"PERALATAN / PERLENGKAPAN"_s, numbered(sop.equipment)},
        {u"PERINGATAN"_s, numbered(sop.warnings)},
        {u"PENCATATAN DAN PENDATAAN"_s, numbered(sop.recording)},
    };
    const qreal half = w / 2;
    for (int row = 0; row < 3; ++row) {
        qreal tallest = 0;
        for (int column = 0; column < 2; ++column) {
            const auto &[heading, body] = lists.at(row * 2 + column);
            const qreal x = left + column * half + kPad;
            qreal h = text(p, heading, boldFont(), half - 2 * kPad, QPointF(x, y + kPad));
            h += text(p, body, bodyFont(), half - 2 * kPad, QPointF(x, y + kPad + h));
            tallest = qMax(tallest, h);
        }
        const qreal bottom = y + tallest + 2 * kPad;
        if (p) {
            p->drawRect(QRectF(left, y, w, bottom - y));
            p->drawLine(QLineF(left + half, y, left + half, bottom));
        }
        y = bottom;
    }
    return y - top;
}

} // namespace

void SopSheetPrint::paginate()
{
    const Geometry g(m_sop, pageSetup());
    m_headerBlockHeight = headerBlock(nullptr, m_sop, m_context, g.area) + 10;
    const int last = int(m_sop.steps.size()) - 1;
    m_rowHeights.clear();
    for (int i = 0; i <= last; ++i) {
        const SopStep &s = m_sop.steps.at(i);
        qreal symbols = kGap + kBoxH + kGap;
        if (i == 0)
            symbols += kTermH + kGap;
        if (i == last)
            symbols += kTermH + kGap;
        if (s.action == u"decide"_s)
            symbols += kDiamondH + kGap;
        QStringList requirements, outputs;
        for (const SopRequirement &r : s.requirements)
            requirements << r.name;
        for (const SopOutput &o : s.outputs)
            outputs << o.name;
        const int mutu = g.firstMutu();
        qreal texts = text(nullptr, s.activity, bodyFont(), g.width(1) - 2 * kPad, {});
        texts = qMax(texts, text(nullptr, joined(requirements), bodyFont(),
                                 g.width(mutu) - 2 * kPad, {}));
        texts = qMax(texts, text(nullptr, joined(outputs), bodyFont(),
                                 g.width(mutu + 2) - 2 * kPad, {}));
        if (s.action == u"decide"_s) {
            texts = qMax(texts, text(nullptr, referralNote(), printFont(7),
                                     g.width(mutu + 3) - 2 * kPad, {}));
        }
        m_rowHeights << qMax(symbols, texts + 2 * kPad);
    }
    // Rows fill pages after the header block; a page that continues on the next keeps room for
    // its off-page connector row, and a continued page starts with one.
    m_pages = {{}};
    qreal y = g.area.top() + m_headerBlockHeight + g.headHeight;
    for (int i = 0; i <= last; ++i) {
        const qreal need = m_rowHeights.at(i) + (i < last ? kConnectorRow : 0);
        if (y + need > g.area.bottom()) {
            const bool tableStarted = !m_pages.constLast().isEmpty();
            m_pages << QList<int>{};
            // A continued table starts with the connector row; a table that did not fit under
            // the header block starts on its own page.
            y = g.area.top() + g.headHeight + (tableStarted ? kConnectorRow : 0);
        }
        m_pages.last() << i;
        y += m_rowHeights.at(i);
    }
    m_paginated = true;
}

void SopSheetPrint::paintPages(PageWriter &writer)
{
    if (!m_paginated)
        paginate();
    const Geometry g(m_sop, pageSetup());
    const int last = int(m_sop.steps.size()) - 1;
    int connectorIndex = 0;
    for (qsizetype page = 0; page < m_pages.size(); ++page) {
        writer.paintPage([&](QPainter &p) {
            p.setPen(QPen(palette::color(palette::ink), kRule));
            qreal y = g.area.top();
            if (page == 0) {
                headerBlock(&p, m_sop, m_context, g.area);
                y += m_headerBlockHeight;
            }
            const QList<int> &rows = m_pages.at(page);
            if (rows.isEmpty())
                return;
            const qreal tableTop = y;
            // Header rows: No, Kegiatan, Pelaksana (span), Mutu Baku (span), Keterangan.
            const int mutu = g.firstMutu();
            const int keterangan = mutu + 3;
            const qreal split = y + 16;
            auto centred = [&](const QString &value, qreal x0, qreal x1, qreal y0, qreal y1) {
                const qreal h = text(nullptr, value, boldFont(), x1 - x0 - 2 * kPad, {},
                                     Qt::AlignHCenter);
                text(&p, value, boldFont(), x1 - x0 - 2 * kPad,
                     QPointF(x0 + kPad, (y0 + y1 - h) / 2), Qt::AlignHCenter);
            };
            const qreal headBottom = y + g.headHeight;
            centred(u"No"_s, g.x.at(0), g.x.at(1), y, headBottom);
            centred(u"Kegiatan"_s, g.x.at(1), g.x.at(2), y, headBottom);
            centred(u"Pelaksana"_s, g.x.at(2), g.x.at(mutu), y, split);
            centred(u"Mutu Baku"_s, g.x.at(mutu), g.x.at(keterangan), y, split);
            centred(u"Keterangan"_s, g.x.at(keterangan), g.x.at(keterangan + 1), y, headBottom);
            const QStringList second = g.secondHeader();
            for (int c = 2; c < keterangan; ++c)
                centred(second.at(c), g.x.at(c), g.x.at(c + 1), split, headBottom);
            p.drawLine(QLineF(g.x.at(2), split, g.x.at(keterangan), split));
            y = headBottom;
            p.drawLine(QLineF(g.area.left(), y, g.area.right(), y));

            p.setPen(QPen(palette::color(palette::ink), kLine));
            p.setRenderHint(QPainter::Antialiasing);
            QPointF exit; // where the flow leaves the previous symbol
            if (rows.constFirst() > 0) {
                // Continued from the previous page: the connector, in the column of the step
                // before, then on to this page's first step.
                const SopStep &before = m_sop.steps.at(rows.constFirst() - 1);
                const QPointF top(g.centre(g.actorColumn(before.actor)), y + 4);
                connector(p, top, QString(QChar(u'A' + connectorIndex - 1)));
                exit = top + QPointF(0, kConnector);
                y += kConnectorRow;
                p.setPen(QPen(palette::color(palette::ink), kRule));
                p.drawLine(QLineF(g.area.left(), y, g.area.right(), y));
                p.setPen(QPen(palette::color(palette::ink), kLine));
            }
            for (int i : rows) {
                const SopStep &s = m_sop.steps.at(i);
                const qreal rowTop = y, rowBottom = y + m_rowHeights.at(i);
                QStringList requirements, outputs;
                for (const SopRequirement &r : s.requirements)
                    requirements << r.name;
                for (const SopOutput &o : s.outputs)
                    outputs << o.name;
                const qreal tx = kPad, ty = rowTop + kPad;
                text(&p, u"%1."_s.arg(s.number), bodyFont(), g.width(0) - 2 * kPad,
                     QPointF(g.x.at(0) + tx, ty), Qt::AlignHCenter);
                text(&p, s.activity, bodyFont(), g.width(1) - 2 * kPad, QPointF(g.x.at(1) + tx, ty));
                text(&p, joined(requirements), bodyFont(), g.width(mutu) - 2 * kPad,
                     QPointF(g.x.at(mutu) + tx, ty));
                text(&p, u"%1 menit"_s.arg(s.targetMinutes), bodyFont(),
                     g.width(mutu + 1) - 2 * kPad, QPointF(g.x.at(mutu + 1) + tx, ty),
                     Qt::AlignHCenter);
                text(&p, joined(outputs), bodyFont(), g.width(mutu + 2) - 2 * kPad,
                     QPointF(g.x.at(mutu + 2) + tx, ty));

                // The symbols, top to bottom, in the actor's column.
                const qreal cx = g.centre(g.actorColumn(s.actor));
                qreal sy = rowTop + kGap;
                if (i == 0) {
                    const QRectF term(cx - kTermW / 2, sy, kTermW, kTermH);
                    p.drawRoundedRect(term, kTermH / 2, kTermH / 2);
                    text(&p, u"Mulai"_s, printFont(6.5), kTermW, QPointF(term.left(), sy + 3),
                         Qt::AlignHCenter);
                    exit = QPointF(cx, term.bottom());
                    sy = term.bottom() + kGap;
                }
                const QRectF box(cx - kBoxW / 2, sy, kBoxW, kBoxH);
                if (!exit.isNull()) {
                    if (qFuzzyCompare(exit.x(), cx)) {
                        arrow(p, {exit, box.topLeft() + QPointF(kBoxW / 2, 0)});
                    } else {
                        const qreal turn = sy - kGap / 2;
                        arrow(p, {exit, QPointF(exit.x(), turn), QPointF(cx, turn),
                                  QPointF(cx, sy)});
                    }
                }
                p.drawRect(box);
                exit = QPointF(cx, box.bottom());
                sy = box.bottom() + kGap;
                if (s.action == u"decide"_s) {
                    const QPointF c(cx, sy + kDiamondH / 2);
                    arrow(p, {exit, QPointF(cx, sy)});
                    p.drawPolygon(QPolygonF{QPointF(cx, sy), QPointF(cx + kDiamondW / 2, c.y()),
                                            QPointF(cx, sy + kDiamondH),
                                            QPointF(cx - kDiamondW / 2, c.y())});
                    text(&p, u"Ya"_s, printFont(6.5), 20, QPointF(cx + 3, sy + kDiamondH),
                         Qt::AlignLeft);
                    // Tidak: referred to the competent agency, as Keterangan says.
                    const qreal kx = g.x.at(keterangan);
                    arrow(p, {QPointF(cx + kDiamondW / 2, c.y()), QPointF(kx, c.y())});
                    text(&p, u"Tidak"_s, printFont(6.5), 30,
                         QPointF(cx + kDiamondW / 2 + 2, c.y() - 10), Qt::AlignLeft);
                    text(&p, referralNote(), printFont(7), g.width(keterangan) - 2 * kPad,
                         QPointF(kx + kPad, ty), Qt::AlignLeft);
                    exit = QPointF(cx, sy + kDiamondH);
                    sy += kDiamondH + kGap;
                }
                if (i == last) {
                    const QRectF term(cx - kTermW / 2, sy, kTermW, kTermH);
                    arrow(p, {exit, QPointF(cx, sy)});
                    p.drawRoundedRect(term, kTermH / 2, kTermH / 2);
                    text(&p, u"Selesai"_s, printFont(6.5), kTermW, QPointF(term.left(), sy + 3),
                         Qt::AlignHCenter);
                }
                y = rowBottom;
                p.setPen(QPen(palette::color(palette::ink), kRule));
                p.drawLine(QLineF(g.area.left(), y, g.area.right(), y));
                p.setPen(QPen(palette::color(palette::ink), kLine));
            }
            if (rows.constLast() < last) {
                // Continues on the next page: down to an off-page connector.
                const QPointF top(exit.x(), y + 8);
                arrow(p, {exit, top});
                connector(p, top, QString(QChar(u'A' + connectorIndex)));
                ++connectorIndex;
                y += kConnectorRow;
                p.setPen(QPen(palette::color(palette::ink), kRule));
                p.drawLine(QLineF(g.area.left(), y, g.area.right(), y));
            }
            p.setPen(QPen(palette::color(palette::ink), kRule));
            for (int c = 0; c < g.x.size(); ++c) {
                const bool spanned = c > 2 && c < keterangan && c != mutu;
                p.drawLine(QLineF(g.x.at(c), spanned ? split : tableTop, g.x.at(c), y));
            }
            p.drawLine(QLineF(g.area.left(), tableTop, g.area.right(), tableTop));
        });
    }
}

} // namespace aduan::forms
