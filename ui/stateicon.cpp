#include "ui/stateicon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace StateIcon {

QColor colorOf(JobState state)
{
    switch (state) {
    case JobState::Queued:
    case JobState::Connecting:
        return QColor(0x6d, 0x8a, 0xb0);
    case JobState::Transferring:
        return QColor(0x2f, 0x80, 0xed);
    case JobState::Suspended:
        return QColor(0xd9, 0x9a, 0x1e);
    case JobState::Error:
        return QColor(0xd6, 0x3a, 0x3a);
    case JobState::TransientError:
        return QColor(0xe0, 0x7b, 0x24);
    case JobState::Transferred:
    case JobState::Acknowledged:
        return QColor(0x2e, 0xa0, 0x4f);
    case JobState::Cancelled:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::gray;
}

namespace {

QPixmap draw(JobState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(colorOf(state));
    p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    QPen pen(Qt::white, qMax<qreal>(1.5, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const auto pt = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
    switch (state) {
    case JobState::Queued:
    case JobState::Connecting: // a clock
        p.drawLine(pt(0.5, 0.5), pt(0.5, 0.27));
        p.drawLine(pt(0.5, 0.5), pt(0.68, 0.6));
        break;
    case JobState::Transferring: // an arrow down
        p.drawLine(pt(0.5, 0.24), pt(0.5, 0.74));
        p.drawLine(pt(0.3, 0.55), pt(0.5, 0.75));
        p.drawLine(pt(0.7, 0.55), pt(0.5, 0.75));
        break;
    case JobState::Suspended: // pause bars
        p.drawLine(pt(0.4, 0.3), pt(0.4, 0.7));
        p.drawLine(pt(0.6, 0.3), pt(0.6, 0.7));
        break;
    case JobState::Error: // an exclamation mark
        p.drawLine(pt(0.5, 0.25), pt(0.5, 0.58));
        p.drawPoint(pt(0.5, 0.74));
        break;
    case JobState::TransientError: { // a circular arrow: will retry
        p.drawArc(QRectF(pt(0.28, 0.28), pt(0.72, 0.72)), 90 * 16, 270 * 16);
        p.drawLine(pt(0.5, 0.28), pt(0.6, 0.2));
        p.drawLine(pt(0.5, 0.28), pt(0.6, 0.36));
        break;
    }
    case JobState::Transferred:
    case JobState::Acknowledged: // a check mark
        p.drawPolyline(QPolygonF({ pt(0.28, 0.52), pt(0.44, 0.68), pt(0.73, 0.35) }));
        break;
    case JobState::Cancelled: // a cross
        p.drawLine(pt(0.33, 0.33), pt(0.67, 0.67));
        p.drawLine(pt(0.67, 0.33), pt(0.33, 0.67));
        break;
    }
    return pixmap;
}

} // namespace

QIcon forState(JobState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return it.value();
    QIcon icon;
    for (int size : { 16, 22, 32, 48 })
        icon.addPixmap(draw(state, size));
    return cache.insert(int(state), icon).value();
}

} // namespace StateIcon
