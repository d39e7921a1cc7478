#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace aduan {

/// One element (unsur) of the Survei Kepuasan Masyarakat, answered on the scale 1–4.
/// `answers` holds the four worded answers in score order (answers[0] scores 1, answers[3]
/// scores 4), as the questionnaire of Peraturan Menteri PANRB No. 14 Tahun 2017 words them.
struct SkmElement {
    QString code;     ///< "U1" … "U9"
    QString name;     ///< the element's name, e.g. "Persyaratan"
    QString question; ///< the question printed and read out
    QStringList answers;
};

/// A version of the SKM questionnaire as data (resources/skm/*.json), like the SOP's revisions:
/// a later regulation or the office's own wording is a new version, and each response keeps the
/// version it was answered on. Profile questions (age group, sex, education, occupation) ask
/// about the respondent, never who the respondent is.
struct SkmQuestionnaire {
    qint64 id = 0; ///< database id once stored; 0 for a questionnaire read from a file
    QString version;
    QString title;
    QString source;  ///< the regulation it follows
    QString service; ///< the service surveyed ("Penyaluran Pengaduan Masyarakat")
    QDate effectiveFrom; ///< office date from which the version is in force at the office
    QList<SkmElement> elements;
    QStringList ageGroups;
    QStringList sexes;
    QStringList educations;
    QStringList occupations;
    QByteArray json; ///< the definition exactly as read

    /// The element with this code; nullptr when there is none.
    const SkmElement *element(const QString &code) const;

    /// Parses and checks a definition: a version, an effective date, at least one element, each
    /// with a unique code, a question and exactly four answers. Throws aduan::Error(Invalid)
    /// naming the first problem.
    static SkmQuestionnaire fromJson(const QByteArray &json);
    /// The version shipped as a resource (":/aduan/skm/skm-2024-01-19.json"): the nine elements
    /// of PermenPANRB 14/2017 in the regulation's order.
    static SkmQuestionnaire builtIn();
};

} // namespace aduan
