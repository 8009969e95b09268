#pragma once

#include <QVector>
#include <QWidget>

// The speed of a job over the last minutes, one sample a second, drawn with QPainter.
class SpeedGraph : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedGraph(QWidget *parent = nullptr);
    void setSamples(const QVector<float> &samples, int capacity);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<float> m_samples;
    int m_capacity = 300;
};
