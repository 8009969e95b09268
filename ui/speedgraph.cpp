#include "ui/speedgraph.h"

#include "core/l10n/format.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

SpeedGraph::SpeedGraph(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(90);
}

void SpeedGraph::setSamples(const QVector<float> &samples, int capacity)
{
    m_samples = samples;
    m_capacity = qMax(2, capacity);
    update();
}

QSize SpeedGraph::sizeHint() const
{
    return QSize(400, 140);
}

void SpeedGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const QRectF plot
        = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("000.0 MiB/s")) + 8,
            fm.height() / 2.0, -6, -fm.height() - 4);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    float peak
        = m_samples.isEmpty() ? 0.f : *std::max_element(m_samples.cbegin(), m_samples.cend());
    // A round top: 1, 2 or 5 times a power of ten.
    double top = 1024;
    while (top < peak) {
        const double next2 = top * 2, next5 = top * 5, next10 = top * 10;
        top = peak <= next2 ? next2 : peak <= next5 ? next5 : next10;
    }

    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    p.setPen(QPen(grid, 1));
    QColor label = pal.color(QPalette::Text);
    label.setAlpha(170);
    for (int i = 0; i <= 4; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / 4;
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(label);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            i == 0 ? QStringLiteral("0") : Format::speed(top * i / 4));
    }
    p.setPen(label);
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignTop, tr("%n min ago", nullptr, m_capacity / 60));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()),
        Qt::AlignRight | Qt::AlignTop, tr("now"));

    if (m_samples.size() < 2)
        return;
    const qreal step = plot.width() / (m_capacity - 1);
    const qreal x0 = plot.right() - step * (m_samples.size() - 1);
    QPainterPath line;
    for (int i = 0; i < m_samples.size(); ++i) {
        const QPointF point(x0 + step * i, plot.bottom() - plot.height() * (m_samples.at(i) / top));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(x0, plot.bottom());
    area.closeSubpath();
    QColor accent = pal.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.setPen(QPen(accent, 2));
    p.drawPath(line);
}
