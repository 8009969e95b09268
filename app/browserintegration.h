#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Where each browser looks for the native messaging host `io.github.haul`, and the manifest
// that names `haul` as that host (resources/browser/PROTOCOL.md); used by
// `haul install-browser-integration` and, for the system's browsers, by the package.
namespace BrowserIntegration {

constexpr const char *HostName = "io.github.haul";
constexpr const char *FirefoxExtensionId = "haul@haul.github.io";

struct Browser
{
    QString name; // as --browser takes it: chromium, chrome, brave, vivaldi, edge, firefox...
    bool gecko = false; // Firefox and its forks: allowed_extensions, else allowed_origins
    QString userFolder; // under $HOME, or under the XDG config folder for Chromium's kin
    QString systemFolder;
};

// Every browser Haul knows, with folders made absolute for this user.
QList<Browser> browsers();
QJsonObject manifest(const Browser &browser, const QString &haulPath);
QString manifestPath(const Browser &browser, bool user);

} // namespace BrowserIntegration

// `haul install-browser-integration [--user] [--browser NAME] [--remove]`.
class BrowserIntegrationCommand
{
public:
    int run(const QStringList &arguments);

private:
    static int install(const QList<BrowserIntegration::Browser> &browsers, bool user, bool remove,
        bool explicitBrowser, bool json);
};
