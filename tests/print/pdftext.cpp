#include "pdftext.h"

#include "document/documentrenderer.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace aduan::printtest {

PdfFolder::PdfFolder()
{
    const QString keep = qEnvironmentVariable("ADUAN_PRINT_OUT");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        m_path = keep;
    } else {
        REQUIRE(m_temporary.isValid());
        m_path = m_temporary.path();
    }
}

QString PdfFolder::filePath(const QString &name) const
{
    QString path = m_path;
    path += u'/';
    path += name;
    path += u".pdf"_s;
    return path;
}

QString PdfFolder::write(forms::Printable &printable, const QString &name)
{
    const QString path = filePath(name);
    QString error;
    const bool written = forms::DocumentRenderer::writePdf(printable, path, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    return path;
}

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString &pdfPath, TextOrder order, int firstPage, int lastPage)
{
    QStringList arguments;
    arguments << (order == TextOrder::Layout ? u"-layout"_s : u"-raw"_s);
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage);
    if (lastPage > 0)
        arguments << u"-l"_s << QString::number(lastPage);
    arguments << u"-enc"_s << u"UTF-8"_s << pdfPath << u"-"_s;
    QString text = run(u"pdftotext"_s, arguments);
    // A font's Latin ligatures (U+FB00–FB06: "ﬁ" in Noto Sans and DejaVu Sans, not in Arial)
    // come out of a PDF as one character; a reader's search sees them as the letters they join,
    // and so do the tests.
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature) {
        const QString one(QChar{ligature});
        text.replace(one, one.normalized(QString::NormalizationForm_KC));
    }
    return text;
}

QString pdfFlatText(const QString &pdfPath, int firstPage, int lastPage)
{
    return pdfText(pdfPath, TextOrder::Raw, firstPage, lastPage).simplified();
}

int pdfPageCount(const QString &pdfPath)
{
    const QString info = run(u"pdfinfo"_s, {pdfPath});
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s,
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString simplified(const QString &text)
{
    return text.simplified();
}

QStringList words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace aduan::printtest
