#pragma once

#include <QTreeView>

class JobTableModel;
class QAbstractItemModel;
class QMimeData;

// The table of jobs: sortable, with a progress bar per row, columns that can be moved and,
// from the header's menu, hidden; the widths of some columns follow the language's words.
// Empty, it says what to do; links, text and URLs dropped on it become downloads.
class JobView : public QTreeView
{
    Q_OBJECT
public:
    // `rows` is what the view shows (the filtered jobs); `model` names the columns.
    JobView(JobTableModel *model, QAbstractItemModel *rows, QWidget *parent = nullptr);

    void fitToLanguage(); // widths that depend on the words of the language
    // What the empty list says (empty when rows show): what to do, or that the filter
    // shows nothing.
    QString emptyText() const;
    // The addresses of dropped links (the text when no web link), one per line.
    static QString linksIn(const QMimeData *mime);

signals:
    void linksDropped(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool fromOutside(const QDropEvent *event) const;
    void showColumnMenu(const QPoint &pos);

    JobTableModel *m_model;
};
