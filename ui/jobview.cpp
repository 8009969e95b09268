#include "ui/jobview.h"

#include "core/model/jobtypes.h"
#include "ui/jobtablemodel.h"
#include "ui/progressdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

JobView::JobView(JobTableModel *model, QAbstractItemModel *rows, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(rows);
    setRootIsDecorated(false);
    setUniformRowHeights(true); // thousands of rows stay cheap
    setSortingEnabled(true);
    sortByColumn(JobTableModel::AddedColumn, Qt::DescendingOrder);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDragEnabled(true);
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
    for (int column :
        { JobTableModel::SpeedColumn, JobTableModel::TimeLeftColumn, JobTableModel::FilesColumn,
            JobTableModel::AddedColumn, JobTableModel::SizeColumn, JobTableModel::ProgressColumn })
        setColumnWidth(column, qMax(columnWidth(column), header(column)));
}
