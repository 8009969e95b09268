#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Settings: default folder, parallel jobs, retry delay, no-progress timeout, stall
// timeout, notifications, close to tray and the language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_original;
    QLineEdit *m_folder;
    QSpinBox *m_parallel;
    QSpinBox *m_retryDelay;
    QSpinBox *m_noProgress;
    QSpinBox *m_stall;
    QSpinBox *m_connections;
    QSpinBox *m_filesAtOnce;
    QSpinBox *m_speedLimit;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QComboBox *m_language;
};
