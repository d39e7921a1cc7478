#include "workflow/attachmentcheck.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace aduan {

QStringList allowedAttachmentTypes()
{
    return {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s,
            u"application/pdf"_s};
}

NewAttachment checkAttachment(const AttachmentDraft &draft, qint64 limitBytes)
{
    const QString name = QFileInfo(draft.fileName).fileName();
    if (draft.content.isEmpty()) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Attachment", "The file %1 is empty.")
                        .arg(name));
    }
    if (draft.content.size() > limitBytes) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Attachment",
                                                "The file %1 is %2 MB; the limit is %3 MB. Scan "
                                                "it at a lower resolution or attach fewer pages.")
                        .arg(name)
                        .arg(double(draft.content.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(limitBytes) / (1024 * 1024), 0, 'f', 1));
    }
    const QMimeType type = QMimeDatabase().mimeTypeForData(draft.content);
    if (!allowedAttachmentTypes().contains(type.name())) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Attachment",
                                                "The file %1 is not an image or a PDF (its "
                                                "content is %2). Attach photos or scans as "
                                                "JPEG, PNG or PDF.")
                        .arg(name, type.comment()));
    }
    return NewAttachment{name, type.name(), draft.content,
                         QString::fromLatin1(
                             QCryptographicHash::hash(draft.content, QCryptographicHash::Sha256)
                                 .toHex())};
}

} // namespace aduan
