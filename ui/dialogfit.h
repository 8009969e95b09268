#pragma once

#include <QMargins>

class QWidget;

// Sizes a non-modal window such as the error pane from its content and keeps it on the
// screen of the window it belongs to. A top-level window does not follow the height its
// word-wrapped labels need at its width (heightForWidth), so its minimum height is set to
// that and it is resized to it whenever its content changes: nothing is cut, and no gap is
// left where a longer text was.
namespace DialogFit {

// The frame the window system draws around `window`; before it is first shown that is not
// known yet, so a usual one (a title bar, thin borders) is assumed.
QMargins frameOf(const QWidget *window);
// The window's size for its content at `preferredWidth` (or its own minimum width, if wider),
// no larger than the available area of its screen.
void fitToContent(QWidget *window, int preferredWidth);
// After a resize by the user: never lower than the content needs at the new width.
void keepContentHeight(QWidget *window);
// Centred over `owner` (when `centre`) or where it is, and moved inside the available area
// of the owner's screen, title bar included.
void placeOver(QWidget *window, const QWidget *owner, bool centre);

} // namespace DialogFit
