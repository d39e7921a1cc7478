#include "workflow/attachmentcheck.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding refused(const QString &rule, const QString &message)
{
    return Finding{Finding::Severity::Error, u"attachments."_s + rule, message,
                   u"attachments"_s};
}

} // namespace

QStringList allowedAttachmentTypes()
{
    return {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s,
            u"application/pdf"_s};
}

Findings checkAttachmentSize(const QString &fileName, qint64 sizeBytes, qint64 limitBytes)
{
    if (sizeBytes <= limitBytes)
        return {};
    return {refused(u"size"_s, QCoreApplication::translate("aduan::Attachment", "The file %1 is %2 MB; the limit is %3 MB. Scan it at a lower "
                                  "resolution or attach fewer pages.")
                                   .arg(QFileInfo(fileName).fileName())
                                   .arg(double(sizeBytes) / (1024 * 1024), 0, 'f', 1)
                                   .arg(double(limitBytes) / (1024 * 1024), 0, 'f', 1))};
}

Findings checkAttachmentFindings(const AttachmentDraft &draft, qint64 limitBytes,
                                 const QList<AttachmentDraft> &attached)
{
    const QString name = QFileInfo(draft.fileName).fileName();
    if (draft.content.isEmpty())
        return {refused(u"empty"_s, QCoreApplication::translate("aduan::Attachment", "The file %1 is empty.").arg(name))};
    Findings size = checkAttachmentSize(name, draft.content.size(), limitBytes);
    if (!size.isEmpty())
        return size;
    const QMimeType type = QMimeDatabase().mimeTypeForData(draft.content);
    if (!allowedAttachmentTypes().contains(type.name())) {
        return {refused(u"type"_s, QCoreApplication::translate("aduan::Attachment", "The file %1 is not an image or a PDF (its content is %2). "
                                      "Attach photos or scans as JPEG, PNG or PDF.")
                                       .arg(name, type.comment()))};
    }
    for (const AttachmentDraft &existing : attached) {
        if (existing.content == draft.content) {
            return {refused(u"duplicate"_s, QCoreApplication::translate("aduan::Attachment", "The file %1 is already attached as %2.")
                                                .arg(name, existing.fileName))};
        }
    }
    return {};
}

NewAttachment checkAttachment(const AttachmentDraft &draft, qint64 limitBytes)
{
    const Findings findings = checkAttachmentFindings(draft, limitBytes);
    if (!findings.isEmpty())
        throw Error(Error::Code::Invalid, findings.constFirst().message, {}, findings);
    const QString name = QFileInfo(draft.fileName).fileName();
    const QMimeType type = QMimeDatabase().mimeTypeForData(draft.content);
    return NewAttachment{name, type.name(), draft.content,
                         QString::fromLatin1(
                             QCryptographicHash::hash(draft.content, QCryptographicHash::Sha256)
                                 .toHex())};
}

} // namespace aduan
