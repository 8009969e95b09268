#include "ui/rangesbar.h"

#include <QEvent>
#include <QPainter>

RangesBar::RangesBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

QColor RangesBar::connectionColor(int connection)
{
    // Hues a golden angle apart: neighbours never look alike, however many connections.
    return QColor::fromHsv((30 + (connection - 1) * 137) % 360, 190, 215);
}

QSize RangesBar::sizeHint() const
{
    return QSize(400, minimumSizeHint().height());
}

QSize RangesBar::minimumSizeHint() const
{
    return QSize(80, fontMetrics().height() + 10);
}

void RangesBar::setRanges(const FileRanges &ranges)
{
    m_ranges = ranges;
    describe();
    update();
}

void RangesBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

void RangesBar::describe()
{
    setAccessibleName(tr("Parts of the file on disk"));
    const QString words = m_ranges.description();
    setAccessibleDescription(words);
    setToolTip(words);
}

void RangesBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QRect bar = rect().adjusted(0, 0, -1, -1);
    p.fillRect(bar, pal.base());
    const qint64 length = m_ranges.length;
    if (length <= 0) {
        // No length to scale by: the bar says so instead of guessing.
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(bar, Qt::AlignCenter, length == 0 ? tr("empty file") : tr("size not known yet"));
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(bar);
        return;
    }
    const QRectF inner = QRectF(bar).adjusted(1, 1, 0, 0);
    auto span = [&](qint64 start, qint64 end) {
        const qreal x0 = inner.left() + inner.width() * (double(start) / double(length));
        const qreal x1 = end < 0 ? inner.right()
                                 : inner.left() + inner.width() * (double(end) / double(length));
        return QRectF(x0, inner.top(), qMax<qreal>(1, x1 - x0), inner.height());
    };
    for (const ByteRange &r : m_ranges.onDisk)
        p.fillRect(span(r.start, r.end), pal.color(QPalette::Highlight));
    const QFontMetrics fm = fontMetrics();
    for (const FetchedRange &f : m_ranges.fetching) {
        const QRectF area = span(f.range.start, f.range.end);
        QColor tint = connectionColor(f.connection);
        tint.setAlpha(70);
        p.fillRect(area, tint);
        p.setPen(QPen(connectionColor(f.connection), 1));
        p.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5));
        // Where the next bytes land: a thick mark at the range's start.
        p.fillRect(
            QRectF(area.left(), area.top(), 3, area.height()), connectionColor(f.connection));
        const QString number = QString::number(f.connection);
        if (area.width() > fm.horizontalAdvance(number) + 10) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(area.adjusted(4, 0, 0, 0), Qt::AlignCenter, number);
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(bar);
}
