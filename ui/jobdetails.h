#pragma once

#include "core/model/job.h"
#include "core/model/jobevent.h"
#include "core/model/jobtypes.h"

#include <QSet>
#include <QUuid>
#include <QWidget>

class Engine;
class JobTableModel;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTableWidget;
class SpeedGraph;

// The selected job in detail: general facts, its files with their progress, its speed
// over the last minutes and its history of states and errors.
class JobDetails : public QWidget
{
    Q_OBJECT
public:
    JobDetails(Engine *engine, JobTableModel *model, QWidget *parent = nullptr);
    void showJob(const QUuid &id);
    QUuid jobId() const { return m_id; }
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh(bool historyToo);
    void showFacts(const Job &job); // the General tab
    void showFiles(const Job &job); // the Files tab
    static QString resumableText(const Job &job);
    static QString fileStatus(const Job &job, int index);
    void showHistory(const QList<JobEvent> &events);
    static QString proxyText(const ProxySettings &proxy);
    void onJobsUpdated(const QSet<QUuid> &ids);

    Engine *m_engine;
    JobTableModel *m_model;
    QUuid m_id;
    int m_lastState = -1;
    int m_lastErrorCount = -1;
    QTabWidget *m_tabs;
    QWidget *m_general;
    QFormLayout *m_form;
    QList<QLabel *> m_labels; // names of the facts, in form order
    QList<QLabel *> m_values;
    QTableWidget *m_files;
    SpeedGraph *m_graph;
    QLabel *m_graphCaption;
    QTableWidget *m_history;
};
