#include "util/filenames.h"

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

bool forbidden(QChar c)
{
    static const QString kForbidden = u"/\\:*?\"<>|"_s;
    return c.category() == QChar::Other_Control || kForbidden.contains(c);
}

bool trimmable(QChar c) { return c.isSpace() || c == u'.'; }

} // namespace

QString safeFileName(const QString &text, const QString &fallback, int maxLength)
{
    QString name;
    name.reserve(text.size());
    for (const QChar c : text)
        name += forbidden(c) ? u'-' : c;
    name = name.left(maxLength);
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (begin < end && trimmable(name.at(begin)))
        ++begin;
    while (end > begin && trimmable(name.at(end - 1)))
        --end;
    name = name.mid(begin, end - begin);
    return name.isEmpty() ? fallback : name;
}

} // namespace aduan
