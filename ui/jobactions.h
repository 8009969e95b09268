#pragma once

#include "core/engine/engine.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUuid>
#include <functional>

class JobTableModel;
class MainWindow;
class WhenDone;

// What the window does to the selected downloads. Every change goes to the Engine through
// post() (the window never waits); what deletes data asks first, naming the downloads and
// the files; what the engine refused is said, with the download's name.
class JobActions : public QObject
{
    Q_OBJECT
public:
    JobActions(MainWindow *window, Engine *engine, JobTableModel *model);

    // Asks the user (title, text); true to go on. Tests replace it to read the question.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Opens a folder or file in the desktop's program; false when none opened it.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    void setUrlOpener(UrlOpener open) { m_openUrl = std::move(open); }
    // "a.iso, b.zip, c.tar and 2 more"
    static QString namesOf(const QStringList &names);

    void resume();
    void suspend();
    void toggle(); // resume what is paused, suspend what moves
    void cancel(bool ask = true); // finished ones are removed from the list
    void complete();
    void remove(); // from the list; files are not touched
    void removeWithFiles(bool ask = true);
    // From zero; finished downloads are downloaded again as new ones.
    void restart(bool ask = true);
    void move(QueueMove move);
    void setPriority(JobPriority priority);
    void openLimitsDialog(); // speed limit and connections of the selected downloads
    void setLimits(qint64 bytesPerSecond, int connections);
    void copyUrls();
    void openFiles(bool folder);
    // What the selected downloads do once their files are final (WhenDone).
    WhenDone *whenDone() const { return m_whenDone; }
    void filesSaved(const QUuid &id); // Complete made them final: does what WhenDone says
    void setOpenWhenDone(bool open);
    void chooseRunWhenDone(); // opens the Run… dialog (non-modal) for the selected ones
    bool opensWhenDone(const QList<QUuid> &ids) const; // every unfinished one of them
    // The files Remove with files deletes: final files of completed downloads, the
    // .haul-part of unfinished ones.
    QStringList filesToDelete(const QList<QUuid> &ids) const;

private:
    bool confirm(const QString &title, const QString &text);
    QStringList namesFor(const QList<QUuid> &ids) const;
    void warnRefused(const QString &title, const QList<QPair<QUuid, CallResult>> &refused);
    void folderNotOpened(const QString &path);
    void downloadAgain(const QList<QUuid> &ids);

    MainWindow *m_window;
    Engine *m_engine;
    JobTableModel *m_model;
    Confirmation m_confirm;
    UrlOpener m_openUrl;
    WhenDone *m_whenDone;
};
