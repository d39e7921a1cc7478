#pragma once

#include "skm/skmmethod.h"

#include <QWidget>

namespace aduan::gui {

/// A bar chart of the NRR of each element (scale 1–4) with the IKM as a line, painted with
/// QPainter; the bands behind the bars mark the grades of the conversion table (NRR × 25).
/// Shows what the core computed (SkmResult); it computes nothing.
class SkmChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkmChart)

public:
    explicit SkmChart(QWidget *parent = nullptr);

    void setResult(const SkmResult &result);
    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SkmResult m_result;
};

} // namespace aduan::gui
