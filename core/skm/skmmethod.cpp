#include "skm/skmmethod.h"

#include "skm/questionnaire.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Krejcie, R. V. & Morgan, D. W. (1970), "Determining sample size for research activities",
/// Educational and Psychological Measurement 30, 607–610: population N → sample S.
constexpr std::pair<int, int> kKrejcieMorgan[] = {
    {10, 10},     {15, 14},     {20, 19},     {25, 24},     {30, 28},     {35, 32},
    {40, 36},     {45, 40},     {50, 44},     {55, 48},     {60, 52},     {65, 56},
    {70, 59},     {75, 63},     {80, 66},     {85, 70},     {90, 73},     {95, 76},
    {100, 80},    {110, 86},    {120, 92},    {130, 97},    {140, 103},   {150, 108},
    {160, 113},   {170, 118},   {180, 123},   {190, 127},   {200, 132},   {210, 136},
    {220, 140},   {230, 144},   {240, 148},   {250, 152},   {260, 155},   {270, 159},
    {280, 162},   {290, 165},   {300, 169},   {320, 175},   {340, 181},   {360, 186},
    {380, 191},   {400, 196},   {420, 201},   {440, 205},   {460, 210},   {480, 214},
    {500, 217},   {550, 226},   {600, 234},   {650, 242},   {700, 248},   {750, 254},
    {800, 260},   {850, 265},   {900, 269},   {950, 274},   {1000, 278},  {1100, 285},
    {1200, 291},  {1300, 297},  {1400, 302},  {1500, 306},  {1600, 310},  {1700, 313},
    {1800, 317},  {1900, 320},  {2000, 322},  {2200, 327},  {2400, 331},  {2600, 335},
    {2800, 338},  {3000, 341},  {3500, 346},  {4000, 351},  {4500, 354},  {5000, 357},
    {6000, 361},  {7000, 364},  {8000, 367},  {9000, 368},  {10000, 370}, {15000, 375},
    {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381}, {75000, 382}, {1000000, 384}};

/// numerator / denominator rounded half up (both positive).
qint64 roundedQuotient(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

} // namespace

QString skmGradeLetter(SkmGrade grade)
{
    switch (grade) {
    case SkmGrade::A: return u"A"_s;
    case SkmGrade::B: return u"B"_s;
    case SkmGrade::C: return u"C"_s;
    case SkmGrade::D: return u"D"_s;
    }
    return {};
}

QString skmGradeMeaning(SkmGrade grade)
{
    switch (grade) {
    case SkmGrade::A: return u"Sangat baik"_s;
    case SkmGrade::B: return u"Baik"_s;
    case SkmGrade::C: return u"Kurang baik"_s;
    case SkmGrade::D: return u"Tidak baik"_s;
    }
    return {};
}

SkmGrade skmGradeForValue(int hundredths)
{
    if (hundredths >= 8831)
        return SkmGrade::A;
    if (hundredths >= 7661)
        return SkmGrade::B;
    if (hundredths >= 6500)
        return SkmGrade::C;
    return SkmGrade::D;
}

SkmResult computeSkm(const SkmQuestionnaire &questionnaire, const QList<SkmAnswers> &responses)
{
    SkmResult result;
    result.respondents = int(responses.size());
    const int n = int(questionnaire.elements.size());
    if (n == 0)
        return result;
    for (const SkmElement &e : questionnaire.elements) {
        SkmElementResult r;
        r.code = e.code;
        r.name = e.name;
        for (const SkmAnswers &answers : responses) {
            const int score = answers.value(e.code);
            if (score >= 1 && score <= 4) {
                r.total += score;
                ++r.answered;
            }
        }
        if (r.answered > 0) {
            r.nrr = double(r.total) / r.answered;
            r.weightedNrr = r.nrr / n;
            r.valueHundredths = int(roundedQuotient(2500 * r.total, r.answered));
            r.grade = skmGradeForValue(r.valueHundredths);
        }
        result.elements << r;
    }
    if (result.respondents == 0)
        return result;
    const bool allAnswered = std::all_of(result.elements.cbegin(), result.elements.cend(),
                                         [&](const SkmElementResult &r) {
                                             return r.answered == result.respondents;
                                         });
    qint64 allScores = 0;
    long double nrrSum = 0;
    for (const SkmElementResult &r : std::as_const(result.elements)) {
        allScores += r.total;
        if (r.answered > 0)
            nrrSum += static_cast<long double>(r.total) / r.answered;
    }
    result.index = double(nrrSum / n);
    if (allAnswered) {
        // IKM × 25 × 100 = 2500 × Σ(total_i / R) / n = 2500 × Σscores / (n × R), exactly.
        result.valueHundredths =
            int(roundedQuotient(2500 * allScores, qint64(n) * result.respondents));
    } else {
        result.valueHundredths = int(std::floor(nrrSum * 2500 / n + 0.5L));
    }
    result.grade = skmGradeForValue(result.valueHundredths);
    QList<const SkmElementResult *> order;
    for (const SkmElementResult &r : std::as_const(result.elements)) {
        if (r.answered > 0)
            order << &r;
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const SkmElementResult *a, const SkmElementResult *b) {
                         // total_a / answered_a < total_b / answered_b, in integers
                         return a->total * b->answered < b->total * a->answered;
                     });
    for (int i = 0; i < order.size() && i < 3; ++i)
        result.weakest << order.at(i)->code;
    return result;
}

int krejcieMorganSample(int population)
{
    if (population <= 0)
        return 0;
    for (const auto &[n, s] : kKrejcieMorgan) {
        if (population <= n)
            return std::min(s, population);
    }
    return 384;
}

QString skmDecimal(int hundredths)
{
    return u"%1,%2"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

QString skmDecimal(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    return text.replace(u'.', u',');
}

} // namespace aduan
