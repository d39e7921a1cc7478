// The Formulir Aduan's evidence files: adding (checked by the core's attachment rules),
// removing, previewing.
#include "complaintform/complaintformwidget.h"

#include "common/fieldmessage.h"
#include "ui_complaintformwidget.h"

#include "workflow/attachmentcheck.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace aduan::forms {

void ComplaintFormWidget::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add evidence files"), m_lastDirectory,
        tr("Images and PDF documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf);;All files (*)"));
    for (const QString &path : paths) {
        m_lastDirectory = QFileInfo(path).absolutePath();
        addAttachmentFile(path);
    }
}

bool ComplaintFormWidget::addAttachmentFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto refuse = [&](const QString &message) {
        setMessage(m_ui->attachmentsMessage, message, MessageStyle::Error);
        return false;
    };
    // The size first: a file far too large is not read at all.
    const Findings tooLarge = checkAttachmentSize(name, info.size(), m_attachmentLimit);
    if (!tooLarge.isEmpty())
        return refuse(tooLarge.constFirst().message);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const AttachmentDraft attachment{name, file.readAll()};
    const Findings findings = checkAttachmentFindings(attachment, m_attachmentLimit, m_attachments);
    if (!findings.isEmpty())
        return refuse(findings.constFirst().message);
    clearMessage(m_ui->attachmentsMessage);
    addAttachment(attachment);
    m_ui->attachmentList->setCurrentRow(m_ui->attachmentList->count() - 1);
    edited();
    return true;
}

void ComplaintFormWidget::addAttachment(const AttachmentDraft &attachment)
{
    m_attachments << attachment;
    m_ui->attachmentList->addItem(tr("%1 (%2)").arg(
        attachment.fileName, QLocale().formattedDataSize(attachment.content.size())));
}

void ComplaintFormWidget::removeSelectedAttachment()
{
    const int row = m_ui->attachmentList->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    delete m_ui->attachmentList->takeItem(row);
    clearMessage(m_ui->attachmentsMessage);
    updatePreview();
    edited();
}

void ComplaintFormWidget::updatePreview()
{
    const int row = m_ui->attachmentList->currentRow();
    m_ui->removeFileButton->setEnabled(row >= 0);
    m_ui->previewImage->clear();
    clearMessage(m_ui->previewText);
    if (row < 0 || row >= m_attachments.size()) {
        m_ui->previewImage->setText(m_attachments.isEmpty() ? tr("No file") : QString());
        clearMessage(m_ui->previewText);
        return;
    }
    const AttachmentDraft &a = m_attachments.at(row);
    const QMimeType type = QMimeDatabase().mimeTypeForData(a.content);
    QImage image;
    if (type.name().startsWith(u"image/"_s) && image.loadFromData(a.content)) {
        const QSize box = m_ui->previewImage->contentsRect().size();
        m_ui->previewImage->setPixmap(QPixmap::fromImage(
            image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_ui->previewImage->setText(type.preferredSuffix().toUpper());
    }
    setMessage(m_ui->previewText,
               tr("%1: %2, %3").arg(a.fileName, type.comment(),
                                     QLocale().formattedDataSize(a.content.size())),
               MessageStyle::Info);
}

} // namespace aduan::forms
