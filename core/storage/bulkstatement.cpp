#include "storage/bulkstatement.h"

#include "util/storagetime.h"

namespace aduan {

void BulkStatement::time(int i, const QDateTime &value)
{
    if (value.isValid())
        text(i, toStorageTime(value));
    else
        null(i);
}

BulkValue BulkValue::textOrNull(const QString &text)
{
    return text.isEmpty() ? BulkValue(nullptr) : BulkValue(text);
}

BulkValue BulkValue::idOrNull(qint64 id)
{
    return id > 0 ? BulkValue(id) : BulkValue(nullptr);
}

void BulkStatement::execRow(const QList<BulkValue> &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const BulkValue &v = values.at(i);
        switch (v.m_kind) {
        case BulkValue::Kind::Text: text(i, v.m_text); break;
        case BulkValue::Kind::Integer: integer(i, v.m_number); break;
        case BulkValue::Kind::Null: null(i); break;
        case BulkValue::Kind::Time: time(i, v.m_instant); break;
        }
    }
    exec();
}

} // namespace aduan
