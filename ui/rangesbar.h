#pragma once

#include "core/model/fileranges.h"

#include <QWidget>

// One file's length as a bar, as qBittorrent's pieces bar: the bytes on disk filled, the
// missing ones empty, and each range a connection fetches now in a colour of its own,
// outlined and numbered. Its tooltip and accessible description say the same in words.
class RangesBar : public QWidget
{
    Q_OBJECT
public:
    explicit RangesBar(QWidget *parent = nullptr);
    void setRanges(const FileRanges &ranges);
    const FileRanges &ranges() const { return m_ranges; }
    // The colour of connection n's range (1, 2, …), distinct from its neighbours'.
    static QColor connectionColor(int connection);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    FileRanges m_ranges;
};
