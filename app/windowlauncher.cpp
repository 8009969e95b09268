#include "app/windowlauncher.h"

#include "app/clioutput.h"
#include "app/dbusservice.h"
#include "app/storelocation.h"
#include "core/engine/engine.h"
#include "core/l10n/languages.h"
#include "core/protocol/browserintake.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/protocol/storeowner.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>

namespace {

// HAUL_PALETTE=dark: a dark Fusion palette, for desktops without a platform theme that
// supplies one (and to check that the window reads well in the dark).
void applyPaletteFromEnvironment()
{
    if (qgetenv("HAUL_PALETTE") != "dark")
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace

namespace WindowLauncher {

int run(int &argc, char **argv, const QString &storeOption)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("haul"));
    QApplication::setApplicationName(QStringLiteral("haul"));
    QApplication::setApplicationDisplayName(QStringLiteral("Haul"));
    QApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.haul.Haul"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/haul.svg")));
    Languages::apply(AppSettings::load().language);
    applyPaletteFromEnvironment();

    const QString storePath = StoreLocation::resolve(storeOption);
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    StoreOwner owner;
    qint64 ownerPid = 0;
    if (!owner.claim(storePath, &ownerPid, 5000)) {
        QJsonObject answer;
        const QJsonObject show = CommandProcessor::request(QStringLiteral("show"));
        if (StoreOwner::forward(storePath, show, &answer, 5000)
            && answer.value(QStringLiteral("exit")).toInt() == ExitCode::Ok) {
            CliOutput::err(QCoreApplication::translate(
                "Cli", "Haul is already open; its window was brought to the front.\n"));
            return ExitCode::Ok;
        }
        const QString message = QCoreApplication::translate("Cli",
            "The job store %1 is run by another Haul process without a window (pid %2, haul serve or haul transfer). Stop it to open the window, or use haul monitor.")
                                    .arg(QDir::toNativeSeparators(storePath))
                                    .arg(ownerPid);
        CliOutput::err(message + QLatin1Char('\n'));
        QMessageBox::critical(nullptr, QCoreApplication::translate("Cli", "Haul"), message);
        return ExitCode::Store;
    }

    Engine engine;
    const Engine::OpenResult opened = engine.open(storePath);
    if (!opened.ok()) {
        CliOutput::err(QStringLiteral("haul: %1\n").arg(opened.message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("Cli", "Haul"), opened.message);
        return ExitCode::Store;
    }
    QString problem;
    if (!owner.listen(&engine, &problem)) {
        CliOutput::err(QStringLiteral("haul: %1\n").arg(problem));
        return ExitCode::Store;
    }
    // The D-Bus interface; a second Haul (on another store) says so and goes on without it.
    DbusService dbus(&engine);
    QObject::connect(&dbus, &DbusService::notExported,
        [](const QString &why) { qWarning("%s", qPrintable(why)); });
    dbus.start();
    int status = 0;
    {
        MainWindow window(&engine);
        owner.setHasWindow(true);
        QObject::connect(&owner, &StoreOwner::showRequested, &window, &MainWindow::bringToFront);
        window.setBrowserIntake(owner.browserIntake());
        owner.browserIntake()->setDialog([&window](const QList<BrowserDownload> &downloads) {
            if (AppSettings::load().browserAddAtOnce)
                return false;
            window.offerBrowserDownloads(downloads);
            return true;
        });
        window.show();
        status = app.exec();
        owner.setHasWindow(false);
    }
    engine.close();
    return status;
}

} // namespace WindowLauncher
