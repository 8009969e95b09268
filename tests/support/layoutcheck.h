#pragma once

#include <QList>
#include <QString>

class QWidget;

// Finds text that needs more room than it has, in a window as it is laid out now: labels
// (cut at the side, below the baseline, or a wrapped label taller than its room), buttons,
// check boxes, tool buttons, group box titles, tab bar tabs, header sections, line edit
// placeholders, combo box and spin box texts, a text widget squeezed below its minimum
// height, one that overlaps a visible sibling or sticks out of its parent, and a window
// whose frame leaves its screen's available area.
namespace LayoutCheck {

struct Problem
{
    QString widgetClass;
    QString name; // objectName, else the text
    QString what; // what is wrong, with the sizes
    QString toString() const;
};

QList<Problem> check(QWidget *window);
// One problem a line, for QVERIFY2.
QString report(const QList<Problem> &problems);

} // namespace LayoutCheck
