#pragma once

#include <QSystemTrayIcon>

class MainActions;
class QWidget;

// Haul's icon in the system tray: a click shows or hides the window; its menu offers
// Show or hide, Resume all, Suspend all and Quit.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    TrayIcon(const QIcon &icon, const MainActions *actions, QWidget *window);
};
