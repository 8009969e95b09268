#pragma once

#include "ui/jobtablemodel.h"

#include <QListWidget>

// The side list of categories (All, Active, Paused, Errors, Finished), each with the number
// of its jobs; Errors turns bold while any job is in error.
class CategoryList : public QListWidget
{
    Q_OBJECT
public:
    explicit CategoryList(QWidget *parent = nullptr);

    JobTableModel::Category category(int row) const;
    void updateCounts(const JobTableModel *model);
    void fitToLanguage(); // shows its longest category in full

protected:
    void changeEvent(QEvent *event) override;
};
