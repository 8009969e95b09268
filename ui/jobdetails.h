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
class RangesBar;
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
    // The Files tab's words for file `index`: what is happening to it now, after the job's
    // state and the file's own progress.
    static QString fileStatus(const Job &job, int index);
    // The History tab's words for an event; the job's first one reads "Added".
    static QString historyStateText(const JobEvent &event, const QDateTime &created);
    RangesBar *rangesBar() const { return m_ranges; }
    QTableWidget *filesTable() const { return m_files; }
    QTableWidget *historyTable() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh(bool historyToo);
    void showFacts(const Job &job); // the General tab
    void showFiles(const Job &job); // the Files tab
    static QString resumableText(const Job &job);
    static QString currentFileStatus(const Job &job, const JobFile &file);
    static bool isUnderWay(const Job &job, int index);
    static QString fileName(const JobFile &file);
    void showRanges(const Job &job); // the parts of the file picked in the table, else the current
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
    QLabel *m_rangesCaption;
    RangesBar *m_ranges;
    SpeedGraph *m_graph;
    QLabel *m_graphCaption;
    QTableWidget *m_history;
};
