#pragma once

#include "core/engine/engine.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

// One rule of "folders by kind": downloads of these file types (or from this site) are
// saved in this folder.
struct FolderRule
{
    QString name; // in the user's words: "Programs"
    QStringList extensions; // lower case, without the dot: "iso", "tar.gz"
    QString site; // a host; its subdomains match too. Empty: a rule by type
    QString folder; // absolute

    bool bySite() const { return !site.isEmpty(); }
    bool operator==(const FolderRule &other) const
    {
        return name == other.name && extensions == other.extensions && site == other.site
            && folder == other.folder;
    }
};

// The folder a new download is saved in, picked from its file type or its site as FDM, IDM
// and XDM users expect: a rule by site wins over a rule by type, the longest extension wins
// (".tar.gz" over ".gz"), matching ignores case. Pure: hostile names and addresses only ever
// give the default folder or a rule's own folder, never a path made from the name.
class FolderRules
{
public:
    struct Choice
    {
        QString folder;
        int rule = -1; // the index of the rule that picked it; -1: the default folder
    };

    bool enabled = true;
    QList<FolderRule> rules;

    // Documents, Music, Video, Archives and Programs, in the desktop's folders; a folder the
    // desktop does not have gives way to the default download folder.
    static FolderRules defaults(const QString &defaultFolder);
    static FolderRules load(); // beside the other preferences (EnginePreferences)
    static FolderRules load(QSettings &settings, const QString &defaultFolder);
    void save() const;
    void save(QSettings &settings) const;

    Choice choose(const QUrl &url, const QString &fileName) const;
    QString folderFor(const QUrl &url, const QString &fileName, const QString &defaultFolder) const;
    // Whether the name ends in a type of a rule (the switch aside): for clipboard capture.
    bool knowsTypeOf(const QString &fileName) const;
    // The file name an address ends in ("" for "/" or a query only).
    static QString fileNameOf(const QUrl &url);
    // A rule's folder made when it does not exist yet, then Intake's checks for a folder.
    static CallResult prepareFolder(const QString &folder);
    // "pdf, .DOCX  odt" -> { "pdf", "docx", "odt" }
    static QStringList parseExtensions(const QString &text);

    bool operator==(const FolderRules &other) const
    {
        return enabled == other.enabled && rules == other.rules;
    }

private:
    int typeRuleFor(const QString &fileName) const;
    int siteRuleFor(const QUrl &url) const;
};
