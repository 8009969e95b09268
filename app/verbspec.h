#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One job-editing verb of cli.md as the command line sees it: its name, its positional
// arguments and the summary --help prints.
struct VerbSpec
{
    const char *verb = "";
    // names, in order; a trailing "?" marks an optional one, a trailing "..." the last one
    // taking every argument left (none or more), as a list
    QStringList positional;
    const char *summary = "";

    static QList<VerbSpec> all();
    // The spec of `verb`; an empty one (no arguments) for a verb not in the table.
    static VerbSpec find(const QString &verb);

    // "JOB URL [LOCALPATH]"
    QString usage() const;
    bool acceptsCount(int count) const;
    // The request key for the positional argument at `index`: "job", "url", "localPath"...
    QString key(int index) const;
    bool isVariadic(int index) const; // "ARGS...": this one takes the rest
};
