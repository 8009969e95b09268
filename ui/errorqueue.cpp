#include "ui/errorqueue.h"

#include <QCoreApplication>

// The texts keep the translation context of the pane they were written for (ErrorPane).

void ErrorQueue::add(const QUuid &id)
{
    if (!m_ids.contains(id))
        m_ids.append(id);
}

void ErrorQueue::putFirst(const QUuid &id)
{
    m_ids.prepend(id);
}

void ErrorQueue::remove(const QUuid &id)
{
    m_ids.removeAll(id);
}

QUuid ErrorQueue::takeFirst()
{
    return m_ids.takeFirst();
}

QString ErrorQueue::waitingText() const
{
    return QCoreApplication::translate(
        "ErrorPane", "%n more error(s) waiting after this one.", nullptr, size());
}

QString ErrorQueue::nextText() const
{
    return isEmpty() ? QCoreApplication::translate("ErrorPane", "Next")
                     : QCoreApplication::translate("ErrorPane", "Next (%1)").arg(size());
}
