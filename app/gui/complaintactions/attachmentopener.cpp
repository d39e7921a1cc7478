#include "complaintactions/attachmentopener.h"

#include "queries/intakebook.h"
#include "session/session.h"
#include "support/feedback.h"
#include "util/error.h"
#include "workflow/attachmentcheck.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace aduan::gui::attachmentfiles {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("aduan::gui::attachmentfiles", text);
}

std::function<bool(const QUrl &)> &openerForTests()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

/// Owns this run's temporary folder; a child of the application, so that the folder (and the
/// copies in it) is removed when the program quits.
class TemporaryFolder : public QObject
{
public:
    explicit TemporaryFolder(QObject *parent)
        : QObject(parent)
        , dir(QDir(QDir::tempPath()).filePath(u"aduan-XXXXXX"_s))
    {
        setObjectName(u"aduanAttachmentCopies"_s);
    }
    QTemporaryDir dir;
};

QTemporaryDir &folder()
{
    static QPointer<TemporaryFolder> holder;
    if (!holder)
        holder = new TemporaryFolder(QCoreApplication::instance());
    return holder->dir;
}

/// The name without anything that a file system or a shell could take for more than a name.
QString safeBaseName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    QString safe;
    for (const QChar c : std::as_const(base)) {
        safe += c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'(' || c == u')'
                    ? c
                    : u'_';
    }
    safe = safe.trimmed().left(80);
    return safe.isEmpty() ? u"lampiran"_s : safe;
}

} // namespace

QString temporaryFolder()
{
    QTemporaryDir &dir = folder();
    return dir.isValid() ? dir.path() : QString();
}

void setOpenerForTests(std::function<bool(const QUrl &)> opener)
{
    openerForTests() = std::move(opener);
}

QString temporaryCopy(Session &session, qint64 attachmentId, const QString &fileName)
{
    const QByteArray content =
        session.intakeBook().attachmentContent(session.userId(), attachmentId);
    const QMimeType type = QMimeDatabase().mimeTypeForData(content);
    if (!allowedAttachmentTypes().contains(type.name()) || type.preferredSuffix().isEmpty()) {
        throw Error(Error::Code::Invalid,
                    tr("The file %1 is not an image or a PDF document, so it is not opened. Use "
                       "\"Save a copy…\" to look at it with care.")
                        .arg(fileName));
    }
    QTemporaryDir &dir = folder();
    if (!dir.isValid()) {
        throw Error(Error::Code::Storage,
                    tr("No temporary folder could be made for the copy: %1")
                        .arg(dir.errorString()));
    }
    const QString subfolder = dir.filePath(QString::number(attachmentId));
    QDir().mkpath(subfolder);
    const QString path =
        QDir(subfolder).filePath(safeBaseName(fileName) + u'.' + type.preferredSuffix());
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() == content.size())
        return path; // opened before in this run (the viewer may still hold it)
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size()) {
        throw Error(Error::Code::Storage,
                    tr("The copy %1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.close();
    // Read-only: a viewer that "saves" must choose another place.
    file.setPermissions(QFileDevice::ReadOwner);
    return path;
}

bool open(QWidget *parent, Session &session, qint64 attachmentId, const QString &fileName)
{
    const QString title = tr("Open attachment");
    QString path;
    if (!feedback::guarded(parent, title,
                           [&] { path = temporaryCopy(session, attachmentId, fileName); })) {
        return false;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = openerForTests() ? openerForTests()(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        feedback::showProblem(parent, title,
                              tr("No program on this PC opens %1. Use \"Save a copy…\" and open "
                                 "the copy.")
                                  .arg(fileName));
    }
    return opened;
}

} // namespace aduan::gui::attachmentfiles
