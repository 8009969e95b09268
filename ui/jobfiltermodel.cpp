#include "ui/jobfiltermodel.h"

JobFilterModel::JobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterModel::setCategory(JobTableModel::Category category)
{
    if (m_category == category)
        return;
    m_category = category;
    invalidateFilter();
}

void JobFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = JobState(index.data(JobTableModel::StateRole).toInt());
    if (!JobTableModel::inCategory(state, m_category))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(JobTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
