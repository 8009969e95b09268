#include "ui/dialogfit.h"

#include "ui/windowlayout.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace {

using DialogFit::frameOf;

QScreen *screenOf(const QWidget *window, const QWidget *owner)
{
    if (owner) {
        if (QScreen *s = QGuiApplication::screenAt(owner->frameGeometry().center()))
            return s;
        return owner->screen();
    }
    return window->screen();
}

int contentHeight(QWidget *window, int width)
{
    // Afresh: the layouts of the widgets inside hear of a text or a child shown or hidden
    // through posted events, and until then their parents' layouts hold the old heights.
    for (int depth = 0; depth < 8; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QLayout *layout = window->layout();
    layout->invalidate();
    layout->activate();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                       : layout->totalSizeHint().height();
}

} // namespace

namespace DialogFit {

QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    if (frame == inner)
        return QMargins(4, 32, 4, 4);
    return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
        frame.right() - inner.right(), frame.bottom() - inner.bottom());
}

void fitToContent(QWidget *window, int preferredWidth)
{
    QLayout *layout = window->layout();
    layout->activate();
    const QWidget *owner = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QMargins frame = frameOf(window);
    const QRect area = screenOf(window, owner)->availableGeometry().marginsRemoved(frame);
    const int width = qMin(qMax(preferredWidth, layout->totalMinimumSize().width()), area.width());
    const int height = qMin(contentHeight(window, width), area.height());
    window->setMinimumHeight(height);
    window->resize(width, height);
}

void keepContentHeight(QWidget *window)
{
    const QWidget *owner = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QRect area = screenOf(window, owner)->availableGeometry().marginsRemoved(frameOf(window));
    const int height = qMin(contentHeight(window, window->width()), area.height());
    if (height != window->minimumHeight())
        window->setMinimumHeight(height);
}

void placeOver(QWidget *window, const QWidget *owner, bool centre)
{
    const QRect area = screenOf(window, owner)->availableGeometry();
    const QMargins frame = frameOf(window);
    QRect outer = window->geometry().marginsAdded(frame);
    if (centre)
        outer.moveCenter(owner ? owner->frameGeometry().center() : area.center());
    // Inside the screen's free area; where it is too big, its top left corner is.
    window->move(WindowLayout::fitted(outer, area).topLeft()); // a position is the frame's
}

} // namespace DialogFit
