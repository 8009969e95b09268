#pragma once

#include "core/engine/folderrules.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

// Settings, Folders: folders by kind on or off, the rules in a table (name, file types or
// site, folder with Browse), add, remove, back to the defaults; and clipboard capture.
class FolderRulesPage : public QWidget
{
    Q_OBJECT
public:
    FolderRulesPage(const FolderRules &rules, const QString &defaultFolder, bool clipboardCapture,
        QWidget *parent = nullptr);
    FolderRules rules() const;
    bool clipboardCapture() const;
    QTableWidget *table() const { return m_table; }

    enum Column
    {
        NameColumn,
        KindColumn,
        MatchColumn,
        FolderColumn
    };

private:
    void fill(const FolderRules &rules);
    void addRow(const FolderRule &rule);
    void browse(int row);

    QString m_defaultFolder;
    QCheckBox *m_enabled;
    QCheckBox *m_clipboard;
    QTableWidget *m_table;
};
