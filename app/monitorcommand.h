#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

class QTimer;

// `haul monitor`: a live table of every job (state, progress, speed, error), redrawn about
// once a second from the store's owner when one runs, else from the store, until Ctrl+C.
class MonitorCommand : public QObject
{
    Q_OBJECT
public:
    explicit MonitorCommand(QObject *parent = nullptr);
    int start(const QStringList &arguments); // an exit status, or -1 while monitoring

signals:
    void finished(int exitCode);

private:
    void refresh();

    QString m_storePath;
    QTimer *m_timer = nullptr;
    bool m_terminal = false;
    QHash<QString, QPair<qint64, qint64>> m_last; // id -> (ms, bytes)
};
