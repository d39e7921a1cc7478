#include "storage/storecopy.h"

#include "storage/database.h"
#include "storage/registertotal.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The messages of this file, filed by lupdate under aduan::StoreCopy as they are translated at run time.
struct StoreCopyText {
    Q_DECLARE_TR_FUNCTIONS(aduan::StoreCopy)
};

/// How many differences are named before the rest are only counted.
constexpr int kDifferencesShown = 20;
/// Rows between two progress calls.
constexpr qint64 kProgressEvery = 500;

/// A verification that found differences: unwinds the target's transaction.
struct CopyDiffers {
    QStringList differences;
};

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QStringList tableNames(const Database &db)
{
    SqlQuery q(db, db.dialect().tableNamesQuery());
    QStringList names = q.rows([](const SqlQuery &row) { return row.valueAt(0).toString(); });
    names.sort();
    return names;
}

QStringList columnNames(const Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(quoted(table)));
    q.exec();
    return q.columnNames();
}

qint64 rowCount(const Database &db, const QString &table)
{
    return SqlQuery(db, u"SELECT COUNT(*) FROM %1"_s.arg(quoted(table))).scalar().toLongLong();
}

/// `tables` ordered so that every table comes after the tables it refers to (the source's
/// foreign keys; a table's references to itself and to tables not copied do not count), and
/// otherwise by name.
QStringList referencesFirst(const Database &db, const QStringList &tables)
{
    QHash<QString, QSet<QString>> refersTo;
    SqlQuery keys(db, db.dialect().foreignKeysQuery());
    keys.exec();
    while (keys.next()) {
        const QString table = keys.text(u"tbl"_s);
        const QString ref = keys.text(u"ref"_s);
        if (table != ref && tables.contains(ref))
            refersTo[table].insert(ref);
    }
    QStringList ordered;
    QSet<QString> placed;
    QSet<QString> visiting;
    std::function<void(const QString &)> place = [&](const QString &table) {
        if (placed.contains(table) || visiting.contains(table))
            return; // a cycle between tables: the schema has none; keep going by name
        visiting.insert(table);
        QStringList refs(refersTo.value(table).begin(), refersTo.value(table).end());
        refs.sort();
        for (const QString &ref : refs)
            place(ref);
        visiting.remove(table);
        placed.insert(table);
        ordered << table;
    };
    for (const QString &table : tables)
        place(table);
    return ordered;
}

/// Every column, in order, NULLs first on both stores: the key leads in every table of the
/// schema, so this is the key's order, the same on both.
QString orderBy(const QStringList &columns)
{
    QStringList terms;
    for (const QString &column : columns)
        terms << quoted(column) + u" NULLS FIRST"_s;
    return terms.join(u", "_s);
}

/// A value as both stores mean it: NULL; a number; bytes; an instant as the storage text (a
/// store's own time type is already that text through storageValue()); other text as it is.
QString normalised(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return u"NULL"_s;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    case QMetaType::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        break;
    }
    const QString text = value.toString();
    if (text.size() == 24 && text.endsWith(u'Z')) {
        const QDateTime instant = fromStorageTime(text);
        if (instant.isValid())
            return toStorageTime(instant);
    }
    return u'\'' + text + u'\'';
}

QString shortened(const QString &text)
{
    return text.size() > 80 ? text.left(77) + u"..."_s : text;
}

/// An INSERT of `rows` rows into `table`'s `columns`, placeholders ":r<row>c<column>".
QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    QStringList tuples;
    for (int r = 0; r < rows; ++r) {
        QStringList placeholders;
        for (int c = 0; c < columns.size(); ++c)
            placeholders << u":r%1c%2"_s.arg(r).arg(c);
        tuples << u'(' + placeholders.join(u", "_s) + u')';
    }
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(quoted(table), names.join(u", "_s),
                                                  tuples.join(u", "_s));
}

/// Copies the rows of `table` (its `columns`) from `source` into `target`, in key order, many
/// rows per INSERT (one round trip to a server for up to kValuesPerInsert values).
qint64 copyTable(const Database &source, const Database &target, const QString &table,
                 const QStringList &columns, const StoreCopyOptions &options)
{
    constexpr int kValuesPerInsert = 1000;
    const int perInsert = std::max(1, kValuesPerInsert / int(std::max<qsizetype>(1, columns.size())));
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    SqlQuery read(source, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(names.join(u", "_s),
                                                                  quoted(table), orderBy(columns)));
    std::unique_ptr<SqlQuery> full; // prepared once, for every batch of perInsert rows
    QList<QVariantList> pending;
    qint64 rows = 0;
    qint64 reported = 0; ///< rows / kProgressEvery when progress was last called
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        std::unique_ptr<SqlQuery> last;
        SqlQuery *insert = nullptr;
        if (pending.size() == perInsert) {
            if (!full)
                full = std::make_unique<SqlQuery>(target, insertStatement(table, columns, perInsert));
            insert = full.get();
        } else {
            last = std::make_unique<SqlQuery>(target,
                                              insertStatement(table, columns, int(pending.size())));
            insert = last.get();
        }
        for (int r = 0; r < pending.size(); ++r) {
            for (int c = 0; c < columns.size(); ++c)
                insert->bind(u":r%1c%2"_s.arg(r).arg(c), pending.at(r).at(c));
        }
        insert->exec();
        pending.clear();
    };
    read.exec();
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row << read.valueAt(i);
        pending << row;
        ++rows;
        if (pending.size() < perInsert)
            continue;
        flush();
        if (options.progress && rows / kProgressEvery != reported) {
            reported = rows / kProgressEvery;
            options.progress(table, rows);
        }
    }
    flush();
    if (options.progress)
        options.progress(table, rows);
    return rows;
}

/// Compares the sampled rows of `table` on both sides; appends what differs to `differences`.
qint64 compareSample(const Database &source, const Database &target, const QString &table,
                     const QStringList &columns, qint64 rows, int every, QStringList &differences)
{
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    const QString sql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(names.join(u", "_s), quoted(table),
                                                              orderBy(columns));
    SqlQuery left(source, sql);
    SqlQuery right(target, sql);
    left.exec();
    right.exec();
    qint64 sampled = 0;
    for (qint64 row = 0; row < rows; ++row) {
        const bool l = left.next();
        const bool r = right.next();
        if (!l || !r)
            break; // the counts were compared already
        if (row != 0 && row != rows - 1 && row % std::max(1, every) != 0)
            continue;
        ++sampled;
        for (int i = 0; i < columns.size(); ++i) {
            const QString a = normalised(left.valueAt(i));
            const QString b = normalised(right.valueAt(i));
            if (a == b)
                continue;
            differences << StoreCopyText::tr("%1, row %2 (%3 %4): column %5 is %6 in the source but %7 in the "
                              "copy")
                               .arg(table)
                               .arg(row + 1)
                               .arg(columns.constFirst(), shortened(normalised(left.valueAt(0))),
                                    columns.at(i), shortened(a), shortened(b));
        }
    }
    // Both statements are finished by their destructors.
    return sampled;
}

} // namespace

qint64 StoreCopyReport::rows() const
{
    qint64 total = 0;
    for (const TableCopy &t : tables)
        total += t.sourceRows;
    return total;
}

qint64 StoreCopyReport::sampled() const
{
    qint64 total = 0;
    for (const TableCopy &t : tables)
        total += t.sampled;
    return total;
}

QStringList tablesWithRows(Database &db)
{
    QStringList found;
    for (const QString &table : tableNames(db)) {
        const qint64 rows = table == u"meta"_s
                                ? SqlQuery(db, u"SELECT COUNT(*) FROM meta WHERE key <> "
                                               "'schema_version'"_s)
                                      .scalar()
                                      .toLongLong()
                                : rowCount(db, table);
        if (rows > 0)
            found << u"%1: %2"_s.arg(table).arg(rows);
    }
    return found;
}

StoreCopyReport copyStore(Database &source, Database &target, const StoreCopyOptions &options)
{
    if (source.schemaVersion() != target.schemaVersion()) {
        throw Error(Error::Code::Invalid,
                    StoreCopyText::tr("The two databases have different schema versions (%1 and %2): open the "
                       "older one once with this version of Aduan first. Nothing was changed.")
                        .arg(source.schemaVersion())
                        .arg(target.schemaVersion()));
    }
    StoreCopyReport report;
    QHash<QString, QStringList> columnsOf;
    source.read([&] {
        const QStringList sourceTables = tableNames(source);
        const QStringList targetTables = tableNames(target);
        QStringList copied;
        for (const QString &table : sourceTables) {
            if (targetTables.contains(table))
                copied << table;
            else
                report.leftOut << table;
        }
        for (const QString &table : targetTables) {
            if (!sourceTables.contains(table)) {
                throw Error(Error::Code::Invalid,
                            StoreCopyText::tr("The source database has no table %1, which the target has: they "
                               "are not the same schema. Nothing was changed.")
                                .arg(table));
            }
        }
        for (const QString &table : copied) {
            const QStringList columns = columnNames(source, table);
            const QStringList targetColumns = columnNames(target, table);
            for (const QString &column : columns) {
                if (!targetColumns.contains(column)) {
                    throw Error(Error::Code::Invalid,
                                StoreCopyText::tr("The target's table %1 has no column %2, which the source "
                                   "has: they are not the same schema. Nothing was changed.")
                                    .arg(table, column));
                }
            }
            columnsOf.insert(table, columns);
        }
        const QStringList order = referencesFirst(source, copied);

        try {
            target.write([&] {
                report.tables.clear();
                const QStringList filled = tablesWithRows(target);
                if (!filled.isEmpty()) {
                    throw Error(Error::Code::Invalid,
                                StoreCopyText::tr("The database %1 already holds data (%2). A copy goes only "
                                   "into an empty database; nothing was changed.")
                                    .arg(target.dialect().shownLocation(target.path()),
                                         filled.join(u", "_s)));
                }
                // An empty Aduan database holds its schema version, which the copy brings too.
                SqlQuery(target, u"DELETE FROM meta"_s).exec();
                for (const QString &table : order) {
                    TableCopy t;
                    t.table = table;
                    copyTable(source, target, table, columnsOf.value(table), options);
                    target.dialect().continueKeysAfterCopy(target, table);
                    report.tables << t;
                }
                SqlQuery(target, target.dialect().rebuildSearchIndexStatement()).exec();
                // The target's triggers counted the copied complaints on top of the copied
                // counts: the stored total from the rows (storage/registertotal.h).
                recountRegistered(target);

                QStringList differences;
                for (TableCopy &t : report.tables) {
                    t.sourceRows = rowCount(source, t.table);
                    t.targetRows = rowCount(target, t.table);
                    if (t.sourceRows != t.targetRows) {
                        differences << StoreCopyText::tr("%1: %2 rows in the source but %3 in the copy")
                                           .arg(t.table)
                                           .arg(t.sourceRows)
                                           .arg(t.targetRows);
                        continue;
                    }
                    t.sampled = compareSample(source, target, t.table, columnsOf.value(t.table),
                                              t.sourceRows, options.sampleEvery, differences);
                }
                if (!differences.isEmpty()) {
                    const qsizetype all = differences.size();
                    if (all > kDifferencesShown) {
                        differences = differences.mid(0, kDifferencesShown);
                        differences << StoreCopyText::tr("... and %1 more").arg(all - kDifferencesShown);
                    }
                    throw CopyDiffers{differences};
                }
                if (options.beforeCommit)
                    options.beforeCommit(target);
            });
            report.committed = true;
        } catch (const CopyDiffers &differs) {
            report.differences = differs.differences;
            report.committed = false;
        }
    });
    return report;
}

} // namespace aduan
