#include "ui/categorylist.h"

#include "ui/stateicon.h"

#include <QEvent>
#include <QHash>

namespace {

const JobTableModel::Category Categories[] = { JobTableModel::Category::All,
    JobTableModel::Category::Active, JobTableModel::Category::Paused,
    JobTableModel::Category::Errors, JobTableModel::Category::Finished };

} // namespace

CategoryList::CategoryList(QWidget *parent)
    : QListWidget(parent)
{
    for (JobTableModel::Category category : Categories) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, int(category));
        static const QHash<int, JobState> icons { { int(JobTableModel::Category::Active),
                                                      JobState::Transferring },
            { int(JobTableModel::Category::Paused), JobState::Suspended },
            { int(JobTableModel::Category::Errors), JobState::Error },
            { int(JobTableModel::Category::Finished), JobState::Acknowledged } };
        item->setIcon(category == JobTableModel::Category::All
                ? QIcon(QStringLiteral(":/icons/haul.svg"))
                : StateIcon::forState(icons.value(int(category))));
    }
    setCurrentRow(0);
    setMaximumWidth(220);
    setObjectName(QStringLiteral("categories"));
    setAccessibleName(tr("Categories"));
}

JobTableModel::Category CategoryList::category(int row) const
{
    return JobTableModel::Category(item(row)->data(Qt::UserRole).toInt());
}

void CategoryList::updateCounts(const JobTableModel *model)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *item = this->item(i);
        const auto category = JobTableModel::Category(item->data(Qt::UserRole).toInt());
        const int n = model->count(category);
        item->setText(QStringLiteral("%1 (%2)").arg(JobTableModel::categoryName(category)).arg(n));
        QFont font = item->font();
        font.setBold(category == JobTableModel::Category::Errors && n > 0);
        item->setFont(font);
    }
}

void CategoryList::fitToLanguage()
{
    const int side = sizeHintForColumn(0) + 2 * frameWidth() + 12;
    setMinimumWidth(side);
    setMaximumWidth(qMax(side, 220));
}

void CategoryList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Categories"));
    QListWidget::changeEvent(event);
}
