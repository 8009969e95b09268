#include "ui/jobview.h"

#include "core/l10n/format.h"
#include "core/model/jobtypes.h"
#include "ui/jobtablemodel.h"
#include "ui/progressdelegate.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyle>

JobView::JobView(JobTableModel *model, QAbstractItemModel *rows, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(rows);
    setAccessibleName(tr("Downloads")); // a table has no buddy label; a reader needs a name
    setRootIsDecorated(false);
    setUniformRowHeights(true); // thousands of rows stay cheap
    setSortingEnabled(true);
    sortByColumn(JobTableModel::AddedColumn, Qt::DescendingOrder);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDragEnabled(true);
    setAcceptDrops(true); // links from outside (rows are dragged out only)
    setDragDropMode(QAbstractItemView::DragDrop);
    setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(JobTableModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionsMovable(true);
    setColumnWidth(JobTableModel::ProgressColumn, 110);
    setColumnWidth(JobTableModel::SizeColumn, 130);
    setColumnWidth(JobTableModel::SpeedColumn, 75);
    setColumnWidth(JobTableModel::TimeLeftColumn, 75);
    setColumnWidth(JobTableModel::FilesColumn, 50);
    setColumnWidth(JobTableModel::AddedColumn, 70);
    setColumnWidth(JobTableModel::QueueColumn, 40);
    header()->moveSection(JobTableModel::QueueColumn, 0); // "#" first, as peers show it
    // The name needs the room most: priority and the file count are one right-click on the
    // header away (and in the details), as FDM and KGet leave them out of the list.
    setColumnHidden(JobTableModel::PriorityColumn, true);
    setColumnHidden(JobTableModel::FilesColumn, true);
    // Right-click on the header: show or hide columns.
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this, &JobView::showColumnMenu);
}

void JobView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(window());
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setEnabled(column != JobTableModel::NameColumn);
        connect(action, &QAction::toggled, this,
            [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(header()->mapToGlobal(pos));
}

void JobView::fitToLanguage()
{
    const QFontMetrics fm = fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int sortArrow = 0; // only one column shows it; that one may clip a letter
    auto header = [&](int column) {
        return fm.horizontalAdvance(
                   m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + padding + sortArrow;
    };
    int state = header(JobTableModel::StateColumn);
    for (int s = int(JobState::Queued); s <= int(JobState::Cancelled); ++s)
        state = qMax(state,
            fm.horizontalAdvance(JobTypes::stateDisplayName(JobState(s))) + 16 + 6 + padding);
    int priority = header(JobTableModel::PriorityColumn);
    for (int p = int(JobPriority::Foreground); p <= int(JobPriority::Low); ++p)
        priority = qMax(priority,
            fm.horizontalAdvance(JobTypes::priorityDisplayName(JobPriority(p))) + padding);
    setColumnWidth(JobTableModel::StateColumn, state);
    setColumnWidth(JobTableModel::PriorityColumn, priority);
    // "1,023.9 MiB of 1,023.9 MiB" fits (the longest size this column shows).
    const QString big = Format::size(qint64(1023.9 * 1024 * 1024));
    setColumnWidth(JobTableModel::SizeColumn,
        qMax(header(JobTableModel::SizeColumn),
            fm.horizontalAdvance(
                QCoreApplication::translate("JobTableModel", "%1 of %2").arg(big, big))
                + padding));
    for (int column : { JobTableModel::SpeedColumn, JobTableModel::TimeLeftColumn,
             JobTableModel::FilesColumn, JobTableModel::AddedColumn, JobTableModel::SizeColumn,
             JobTableModel::ProgressColumn, JobTableModel::QueueColumn })
        setColumnWidth(column, qMax(columnWidth(column), header(column)));
}

QString JobView::emptyText() const
{
    if (model()->rowCount() > 0)
        return QString();
    if (m_model->rowCount() > 0)
        return tr("No downloads here");
    return tr("Paste or drop links here, or press Ctrl+N");
}

void JobView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(
        viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QString JobView::linksIn(const QMimeData *mime)
{
    QStringList lines;
    for (const QUrl &url : mime->urls())
        if (!url.isLocalFile())
            lines << url.toString();
    if (lines.isEmpty())
        lines << mime->text();
    return lines.join(QLatin1Char('\n'));
}

bool JobView::fromOutside(const QDropEvent *event) const
{
    return event->source() != this && event->source() != viewport()
        && (event->mimeData()->hasUrls() || event->mimeData()->hasText());
}

void JobView::dragEnterEvent(QDragEnterEvent *event)
{
    if (fromOutside(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void JobView::dragMoveEvent(QDragMoveEvent *event)
{
    if (fromOutside(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void JobView::dropEvent(QDropEvent *event)
{
    if (!fromOutside(event)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit linksDropped(linksIn(event->mimeData()));
}
