#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class LimitsDialog;
}

// The speed limit (0 = none) and the connections per file of the selected downloads.
class LimitsDialog : public QDialog
{
    Q_OBJECT
public:
    // `names` says which downloads change ("“a.iso” and “b.zip”").
    explicit LimitsDialog(const QString &names, QWidget *parent = nullptr);
    ~LimitsDialog() override;

    void setRateLimit(qint64 bytesPerSecond);
    qint64 rateLimit() const; // bytes per second, 0 = none
    void setConnections(int connections);
    int connections() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::LimitsDialog> m_ui;
    QString m_names;
};
