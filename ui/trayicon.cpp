#include "ui/trayicon.h"

#include "ui/mainactions.h"

#include <QAction>
#include <QMenu>

TrayIcon::TrayIcon(const QIcon &icon, const MainActions *actions, QWidget *window)
    : QSystemTrayIcon(icon, window)
{
    // The menu belongs to the window: a tray icon is no widget to own it.
    auto *menu = new QMenu(window);
    actions->fillTrayMenu(menu);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this,
        [actions](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                actions->showHide()->trigger();
        });
}
