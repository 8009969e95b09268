#pragma once

#include <QTreeView>

class JobTableModel;
class QAbstractItemModel;

// The table of jobs: sortable, with a progress bar per row, columns that can be moved and,
// from the header's menu, hidden; the widths of some columns follow the language's words.
class JobView : public QTreeView
{
    Q_OBJECT
public:
    // `rows` is what the view shows (the filtered jobs); `model` names the columns.
    JobView(JobTableModel *model, QAbstractItemModel *rows, QWidget *parent = nullptr);

    void fitToLanguage(); // widths that depend on the words of the language

private:
    void showColumnMenu(const QPoint &pos);

    JobTableModel *m_model;
};
