#pragma once

#include "core/model/job.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>
#include <QVector>
#include <optional>

class Engine;
class QTimer;

// The jobs of the engine as a table. It keeps the latest snapshot of each job, carried by
// the engine's coalesced jobsChanged signal (never read back from the engine), and derives what the
// engine does not keep: the speed of each job (and a few minutes of its history for the graph).
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProgressColumn,
        SizeColumn,
        SpeedColumn,
        TimeLeftColumn,
        PriorityColumn,
        FilesColumn,
        AddedColumn,
        QueueColumn, // "#": the place in the queue (Engine::moveInQueue)
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole, // int(JobState)
        SortRole,
        ProgressRole, // per mille, -1 when the size is unknown
        SearchTextRole, // name and URLs, for the search box
    };
    enum class Category
    {
        All,
        Active,
        Paused,
        Errors,
        Finished
    };
    static constexpr int SpeedHistorySeconds = 300;

    explicit JobTableModel(Engine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void reload(); // every job, afresh from the engine (the rows follow when it answers)
    QList<Job> jobs() const { return m_jobs; }
    void retranslate(); // headers and texts again, in the language now in use
    std::optional<Job> job(const QUuid &id) const;
    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const;
    double speed(const QUuid &id) const; // bytes per second, smoothed
    qint64 secondsLeft(const QUuid &id) const; // -1 when unknown
    QVector<float> speedHistory(const QUuid &id) const; // one sample a second, oldest first
    double totalSpeed() const;
    int count(Category category) const;

    static QString displayName(const Job &job); // its name, else its first file's
    // The State column's text: "Completed partially: 1 of 2 files" where Complete kept only
    // the finished files, else the state's name.
    static QString stateText(const Job &job);
    static bool isPartial(const Job &job); // completed, but not with every file
    static Category categoryOf(JobState state);
    static bool inCategory(JobState state, Category category);
    static QString categoryName(Category category);

signals:
    void countsChanged();
    void jobsUpdated(const QSet<QUuid> &ids); // for views that show one job in detail

private:
    void onJobsChanged(const QList<Job> &changed, const QList<QUuid> &removed);
    void apply(const Job &fresh);
    void remove(const QUuid &id);
    void applyPending();
    void sample();
    void store(const Job &job);
    static int perMille(const Job &job); // as ProgressRole gives it
    QVariant sortKey(const Job &job, int column) const; // SortRole
    QVariant displayText(const Job &job, int column) const; // Qt::DisplayRole

    struct Speed
    {
        qint64 lastBytes = -1;
        qint64 lastMs = 0;
        double value = 0;
        int idleSeconds = 0; // since the job last moved; the entry goes after the graph's span
        QVector<float> history;
    };

    Engine *m_engine;
    QList<Job> m_jobs;
    QHash<QUuid, int> m_rows;
    QHash<QUuid, Speed> m_speeds;
    QHash<QUuid, Job> m_pending; // the latest snapshot of each job changed since the last update
    QSet<QUuid> m_pendingRemoved;
    QTimer *m_coalesce;
    QTimer *m_sampler;
    QElapsedTimer m_clock;
};
