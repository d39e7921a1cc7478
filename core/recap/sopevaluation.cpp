#include "recap/sopevaluation.h"

#include "recap/recap.h"
#include "storage/settingsstore.h"
#include "util/error.h"
#include "workflow/stepclock.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

SopEvaluation evaluateSop(Database &db, QDate from, QDate to, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::SopEvaluation",
                                                "The period is not valid: give a first and a last "
                                                "day, the last not before the first."));
    }
    const MonthlyRecap recap = buildRecap(db, from, to, now);
    const auto sop = SettingsStore(db).sopRevisionInForce(to);
    SopEvaluation out;
    out.from = from;
    out.to = to;
    for (const StepRecap &s : recap.current.steps) {
        SopStepEvaluation e;
        e.stepNumber = s.stepNumber;
        e.targetMinutes = s.targetMinutes;
        if (sop) {
            if (const SopStep *defined = sop->step(s.stepNumber)) {
                e.activity = defined->activity;
                e.targetMinutes = defined->targetMinutes;
            }
        }
        e.completed = s.completed;
        e.onTime = s.onTime;
        e.late = s.late;
        e.medianSeconds = s.medianSeconds;
        e.p90Seconds = s.p90Seconds;
        out.steps << e;
        if (e.late > 0)
            out.lateMostOften << e.stepNumber;
    }
    std::stable_sort(out.lateMostOften.begin(), out.lateMostOften.end(), [&](int a, int b) {
        auto late = [&](int n) {
            for (const SopStepEvaluation &e : out.steps) {
                if (e.stepNumber == n)
                    return e.late;
            }
            return 0;
        };
        return late(a) > late(b);
    });
    out.deviationCount = recap.current.deviationCount;
    for (const DeviationLine &d : recap.current.deviations) {
        const QString key = d.reason.simplified().toCaseFolded();
        auto group = std::find_if(out.reasons.begin(), out.reasons.end(), [&](const auto &g) {
            return g.reason.simplified().toCaseFolded() == key;
        });
        if (group == out.reasons.end()) {
            out.reasons << DeviationReasonGroup{d.reason.simplified(), 0, {}, {}};
            group = out.reasons.end() - 1;
        }
        ++group->count;
        if (!group->stepNumbers.contains(d.stepNumber))
            group->stepNumbers << d.stepNumber;
        if (!group->agendaNumbers.contains(d.agendaNumber))
            group->agendaNumbers << d.agendaNumber;
    }
    for (DeviationReasonGroup &g : out.reasons)
        std::sort(g.stepNumbers.begin(), g.stepNumbers.end());
    std::stable_sort(out.reasons.begin(), out.reasons.end(), [](const auto &a, const auto &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.stepNumbers.value(0) < b.stepNumbers.value(0);
    });
    return out;
}

QList<QStringList> sopEvaluationTable(const SopEvaluation &e)
{
    QList<QStringList> rows;
    rows << QStringList{u"Langkah"_s, u"Kegiatan"_s, u"Target"_s, u"Selesai"_s,
                        u"Tepat waktu"_s, u"Terlambat"_s, u"Median"_s, u"Persentil ke-90"_s};
    for (const SopStepEvaluation &s : e.steps) {
        rows << QStringList{QString::number(s.stepNumber),
                            s.activity,
                            u"%1 menit"_s.arg(s.targetMinutes),
                            QString::number(s.completed),
                            u"%1/%2 (%3%)"_s.arg(s.onTime).arg(s.completed).arg(s.onTimePercent()),
                            QString::number(s.late),
                            formatWorkingDuration(s.medianSeconds),
                            formatWorkingDuration(s.p90Seconds)};
    }
    for (const DeviationReasonGroup &g : e.reasons) {
        QStringList steps;
        for (int n : g.stepNumbers)
            steps << QString::number(n);
        rows << QStringList{u"Alasan penyimpangan"_s, g.reason, QString(),
                            QString::number(g.count), QString(), QString(),
                            u"langkah "_s + steps.join(u", "_s), g.agendaNumbers.join(u", "_s)};
    }
    return rows;
}

void exportSopEvaluationXlsx(const SopEvaluation &evaluation, const QString &path)
{
    auto cannotWrite = [&](const QString &why) {
        throw Error(Error::Code::ReadOnly,
                    QCoreApplication::translate("aduan::SopEvaluation",
                                                "%1 cannot be written (%2). Choose another "
                                                "folder or close the file where it is open.")
                        .arg(path, why));
    };
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        cannotWrite(u"libxlsxwriter could not create it"_s);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Evaluasi SOP");
    const QString period = u"Evaluasi SOP %1 s.d. %2"_s.arg(
        evaluation.from.toString(Qt::ISODate), evaluation.to.toString(Qt::ISODate));
    worksheet_write_string(sheet, 0, 0, period.toUtf8().constData(), bold);
    const QList<QStringList> table = sopEvaluationTable(evaluation);
    for (int r = 0; r < table.size(); ++r) {
        for (int c = 0; c < table.at(r).size(); ++c) {
            worksheet_write_string(sheet, lxw_row_t(r + 2), lxw_col_t(c),
                                   table.at(r).at(c).toUtf8().constData(),
                                   r == 0 ? bold : nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        cannotWrite(QString::fromUtf8(lxw_strerror(error)));
}

} // namespace aduan
