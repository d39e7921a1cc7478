#pragma once

#include "domain/complaint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace aduan::gui {

/// An unfinished Formulir Aduan as kept on this PC.
struct SavedDraft {
    ComplaintDraft draft;     ///< as typed, attachments included
    QDateTime formOpenedAt;   ///< UTC: when step 1's clock started
    QDateTime savedAt;        ///< UTC
    /// The time received of an indirect complaint exactly as typed, while it is not yet a date
    /// and time the core can read (draft.receivedAt is then invalid); empty otherwise. Kept so
    /// that nothing typed is lost.
    QString receivedAtTyped;
};

/// The draft file of one user on one database, in this PC's application data folder
/// (QStandardPaths::AppDataLocation/drafts): JSON, attachments in base64, readable by this PC's
/// user only. Written whole under a temporary name and renamed (QSaveFile), so that a power cut
/// leaves the previous draft or the new one, never half of one.
class DraftFile
{
public:
    DraftFile(const QString &databasePath, qint64 userId);

    const QString &path() const { return m_path; }
    bool exists() const;
    /// Writes the draft; false (and errorString()) when it cannot be written.
    bool save(const SavedDraft &draft);
    /// The draft on file; std::nullopt when there is none or it cannot be read.
    std::optional<SavedDraft> load() const;
    /// Deletes the draft file.
    void remove();
    QString errorString() const { return m_error; }

    /// The folder of every draft file.
    static QString folder();
    static QByteArray toJson(const SavedDraft &draft);
    static std::optional<SavedDraft> fromJson(const QByteArray &json);

private:
    QString m_path;
    QString m_error;
};

} // namespace aduan::gui
