#include "app/browserintegration.h"

#include "app/clioutput.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace BrowserIntegration {

QList<Browser> browsers()
{
    const QString home = QDir::homePath();
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = home + QStringLiteral("/.config");
    const QString hosts = QStringLiteral("/NativeMessagingHosts");
    return {
        { QStringLiteral("chromium"), false, config + QStringLiteral("/chromium") + hosts,
            QStringLiteral("/etc/chromium/native-messaging-hosts") },
        { QStringLiteral("chrome"), false, config + QStringLiteral("/google-chrome") + hosts,
            QStringLiteral("/etc/opt/chrome/native-messaging-hosts") },
        { QStringLiteral("brave"), false,
            config + QStringLiteral("/BraveSoftware/Brave-Browser") + hosts,
            QStringLiteral("/etc/opt/brave.com/brave/native-messaging-hosts") },
        { QStringLiteral("vivaldi"), false, config + QStringLiteral("/vivaldi") + hosts,
            QStringLiteral("/etc/opt/vivaldi/native-messaging-hosts") },
        { QStringLiteral("edge"), false, config + QStringLiteral("/microsoft-edge") + hosts,
            QStringLiteral("/etc/opt/edge/native-messaging-hosts") },
        { QStringLiteral("firefox"), true,
            home + QStringLiteral("/.mozilla/native-messaging-hosts"),
            QStringLiteral("/usr/lib/mozilla/native-messaging-hosts") },
        { QStringLiteral("librewolf"), true,
            home + QStringLiteral("/.librewolf/native-messaging-hosts"),
            QStringLiteral("/usr/lib/librewolf/native-messaging-hosts") },
        { QStringLiteral("waterfox"), true,
            home + QStringLiteral("/.waterfox/native-messaging-hosts"),
            QStringLiteral("/usr/lib/waterfox/native-messaging-hosts") },
    };
}

QJsonObject manifest(const Browser &browser, const QString &haulPath)
{
    QJsonObject m { { QStringLiteral("name"), QLatin1String(HostName) },
        { QStringLiteral("description"), QStringLiteral("Haul download manager") },
        { QStringLiteral("path"), haulPath }, { QStringLiteral("type"), QStringLiteral("stdio") } };
    if (browser.gecko)
        m[QStringLiteral("allowed_extensions")] = QJsonArray { QLatin1String(FirefoxExtensionId) };
    else
        m[QStringLiteral("allowed_origins")] = QJsonArray {
            QStringLiteral("chrome-extension://%1/").arg(QLatin1String(HAUL_EXTENSION_ID))
        };
    return m;
}

QString manifestPath(const Browser &browser, bool user)
{
    return (user ? browser.userFolder : browser.systemFolder) + QLatin1Char('/')
        + QLatin1String(HostName) + QStringLiteral(".json");
}

} // namespace BrowserIntegration

int BrowserIntegrationCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"));
    const QCommandLineOption browser(QStringLiteral("browser"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption remove(QStringLiteral("remove"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ user, browser, remove, json, help });
    const bool asJson = arguments.contains(QStringLiteral("--json"));
    auto usage = [&](const QString &message) {
        CliOutput::err(QStringLiteral("haul install-browser-integration: %1\n").arg(message));
        if (asJson)
            CliOutput::answer(
                CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidArg, message));
        return ExitCode::Usage;
    };
    if (!parser.parse(QStringList { QStringLiteral("haul") } + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected \"%1\"")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        CliOutput::out(QCoreApplication::translate("Cli",
            "Usage: haul install-browser-integration [--user] [--browser NAME] [--remove] [--json]\n\n"
            "Write the native messaging manifests that let Haul's browser extension start this haul\n"
            "(%1): for every browser below, or only NAME. --user writes them in your home folder;\n"
            "without it, in the system's folders (as root). --remove takes them away.\n"
            "Browsers: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.\n")
                           .arg(QCoreApplication::applicationFilePath()));
        return ExitCode::Ok;
    }
    QList<BrowserIntegration::Browser> chosen;
    for (const BrowserIntegration::Browser &b : BrowserIntegration::browsers()) {
        if (!parser.isSet(browser) || parser.value(browser).toLower() == b.name)
            chosen.append(b);
    }
    if (chosen.isEmpty())
        return usage(QCoreApplication::translate("Cli", "unknown browser \"%1\"")
                         .arg(parser.value(browser)));
    return install(chosen, parser.isSet(user), parser.isSet(remove), parser.isSet(browser), asJson);
}

int BrowserIntegrationCommand::install(const QList<BrowserIntegration::Browser> &browsers,
    bool user, bool remove, bool explicitBrowser, bool json)
{
    QJsonArray done;
    QStringList problems;
    for (const BrowserIntegration::Browser &b : browsers) {
        const QString path = BrowserIntegration::manifestPath(b, user);
        const QString folder = QFileInfo(path).absolutePath();
        if (remove) {
            if (!QFileInfo::exists(path))
                continue;
            if (!QFile::remove(path)) {
                problems << QCoreApplication::translate("Cli", "could not remove %1").arg(path);
                continue;
            }
            done.append(QJsonObject {
                { QStringLiteral("browser"), b.name }, { QStringLiteral("path"), path } });
            continue;
        }
        // Without --browser, only the browsers this user (or this system) has: their own
        // folder (~/.config/chromium, ~/.mozilla, /etc/chromium...) exists.
        if (!explicitBrowser && !QFileInfo::exists(QFileInfo(folder).absolutePath()))
            continue;
        QSaveFile file(path);
        if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(
                   BrowserIntegration::manifest(b, QCoreApplication::applicationFilePath()))
                              .toJson())
                < 0
            || !file.commit()) {
            problems << QCoreApplication::translate("Cli", "could not write %1: %2")
                            .arg(path, file.errorString());
            continue;
        }
        done.append(QJsonObject {
            { QStringLiteral("browser"), b.name }, { QStringLiteral("path"), path } });
    }
    for (const QString &p : problems)
        CliOutput::err(QStringLiteral("haul install-browser-integration: %1\n").arg(p));
    if (!json) {
        for (const QJsonValue &v : done)
            CliOutput::out((remove ? QCoreApplication::translate("Cli", "Removed %1 (%2)\n")
                                   : QCoreApplication::translate("Cli", "Wrote %1 (%2)\n"))
                               .arg(v.toObject().value(QStringLiteral("path")).toString(),
                                   v.toObject().value(QStringLiteral("browser")).toString()));
        if (done.isEmpty() && problems.isEmpty() && !remove)
            CliOutput::out(QCoreApplication::translate(
                "Cli", "No browser found; name one with --browser NAME.\n"));
    }
    const int exit = problems.isEmpty() ? ExitCode::Ok : ExitCode::JobFailed;
    if (json) {
        QJsonObject answer = CommandProcessor::answer(exit,
            problems.isEmpty() ? ErrorCode::S_Ok : ErrorCode::E_LocalFileWrite,
            problems.join(QLatin1Char('\n')));
        answer[remove ? QStringLiteral("removed") : QStringLiteral("written")] = done;
        CliOutput::answer(answer);
    }
    return exit;
}
