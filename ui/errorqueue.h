#pragma once

#include <QList>
#include <QUuid>

// The errors that wait behind the one the error pane shows, first come first shown, so that
// the pane opens once and not once per error; a job waits once, however often it fails.
class ErrorQueue
{
public:
    void add(const QUuid &id); // last, unless it waits already
    void putFirst(const QUuid &id); // the one on show, set aside for another: it comes next
    void remove(const QUuid &id);
    QUuid takeFirst();
    bool isEmpty() const { return m_ids.isEmpty(); }
    int size() const { return int(m_ids.size()); }
    QString waitingText() const; // "2 more errors waiting after this one."
    QString nextText() const; // the Next button's, with how many wait

private:
    QList<QUuid> m_ids;
};
