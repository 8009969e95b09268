#pragma once

#include "core/protocol/browsermessage.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// `haul browser-host`: the native messaging host the browser extension talks to
// (resources/browser/PROTOCOL.md). Reads framed messages on standard input until it
// closes, checks each, forwards downloads to the process that owns the store (starting the
// window when none runs) and answers on standard output.
class BrowserHostCommand
{
public:
    // How the browser starts a host: "chrome-extension://ID/" (Chromium and its kin), or a
    // manifest path and an add-on id (Firefox and its forks).
    static bool isBrowserLaunch(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    QJsonObject answer(const QByteArray &body);
    QJsonObject hello(const BrowserRequest &request);
    QJsonObject list(const BrowserRequest &request);
    QJsonObject handOver(const BrowserRequest &request, const QJsonObject &message);
    bool startWindow();

    QString m_storeOption;
    QString m_storePath;
};
