#pragma once

#include "ui/jobtablemodel.h"

#include <QSortFilterProxyModel>

// The job table as the user asked to see it: one category of the side list, the words of
// the search box, sorted by any column.
class JobFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JobFilterModel(QObject *parent = nullptr);

    void setCategory(JobTableModel::Category category);
    JobTableModel::Category category() const { return m_category; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    JobTableModel::Category m_category = JobTableModel::Category::All;
    QStringList m_words;
};
