#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace aduan {

struct SkmQuestionnaire;

/// The quality grade (mutu pelayanan) of the conversion table of PermenPANRB 14/2017
/// (interval IKM / nilai interval konversi / mutu / kinerja):
/// D 25,00–64,99 (tidak baik), C 65,00–76,60 (kurang baik), B 76,61–88,30 (baik),
/// A 88,31–100,00 (sangat baik), on the SKM value (IKM × 25) to two decimals.
enum class SkmGrade { A, B, C, D };

/// "A" … "D".
QString skmGradeLetter(SkmGrade grade);
/// The grade's kinerja as printed: "Sangat baik", "Baik", "Kurang baik", "Tidak baik".
QString skmGradeMeaning(SkmGrade grade);
/// The grade of an SKM value given in hundredths (8831 = 88,31), by the conversion table.
/// Values below 2500 grade D and above 10000 grade A (they cannot come from answers 1–4).
SkmGrade skmGradeForValue(int hundredths);

/// One respondent's answers: element code → score 1–4.
using SkmAnswers = QMap<QString, int>;

/// One element's figures over a set of responses.
struct SkmElementResult {
    QString code;
    QString name;
    qint64 total = 0;  ///< sum of the scores given
    int answered = 0;  ///< respondents who answered the element
    double nrr = 0;    ///< nilai rata-rata (NRR) = total / answered, on 1–4
    double weightedNrr = 0; ///< NRR × 1/number of elements (NRR tertimbang)
    int valueHundredths = 0; ///< NRR × 25 in hundredths, rounded half up
    SkmGrade grade = SkmGrade::D;
};

/// The SKM of a set of responses to one questionnaire version.
struct SkmResult {
    int respondents = 0;
    QList<SkmElementResult> elements; ///< in the questionnaire's order
    double index = 0;          ///< IKM = Σ NRR × 1/n, on 1–4 (n = number of elements)
    int valueHundredths = 0;   ///< SKM value = IKM × 25, on 25–100, in hundredths, half up
    SkmGrade grade = SkmGrade::D;
    QStringList weakest;       ///< codes of the (up to) three elements with the lowest NRR, lowest first
    bool empty() const { return respondents == 0; }
};

/// The method of PermenPANRB 14/2017 (Lampiran, "Pengolahan data"): for each element its NRR
/// (total of its scores / respondents who answered it); the index IKM = Σ NRR × weight with the
/// equal weight 1/n (the regulation prints 1/9 as 0,111; the exact 1/n is used, see README
/// "Survei Kepuasan Masyarakat"); the SKM value = IKM × 25, rounded half up to two decimals, and
/// its grade by the conversion table. When every respondent answered every element the value is
/// computed in integers (2500 × Σscores / (n × respondents)), so no binary fraction moves a value
/// across a grade boundary. Scores outside 1–4 and codes the questionnaire lacks are ignored.
SkmResult computeSkm(const SkmQuestionnaire &questionnaire, const QList<SkmAnswers> &responses);

/// The sample size the regulation recommends for a population (Krejcie & Morgan's table, as
/// reproduced in PermenPANRB 14/2017): the sample of the smallest tabulated population at or
/// above `population`, never more than the population itself; 0 for no population; 384 above the
/// table's last row.
int krejcieMorganSample(int population);

/// A value in hundredths written with a decimal comma, two decimals: 8831 → "88,31".
QString skmDecimal(int hundredths);
/// A real number written with a decimal comma and `decimals` decimals, half up: 3.5324 → "3,53".
QString skmDecimal(double value, int decimals);

} // namespace aduan
