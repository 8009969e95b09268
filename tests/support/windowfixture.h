#pragma once

#include "core/engine/engine.h"
#include "tests/support/testserver.h"
#include "ui/errorpane.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

// What the suites of the window under the offscreen platform share (tst_window,
// tst_errorpane): a plain and a self-signed loopback server, one engine with a 2 s stall
// timeout, and the main window shown on it; jobs made paused, and a wait for the error
// pane. A suite derives from it beside QObject and calls openWindow() from initTestCase(),
// closeWindow() from cleanupTestCase() and dismissThePane() from cleanup().
class WindowFixture
{
protected:
    // `suite` names the settings file, so that suites running at once never share one.
    void openWindow(const QString &suite)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(suite);
        QVERIFY(m_dir.isValid());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_http = std::make_unique<TestServer>(TestServer::Tls::None);
        m_selfSigned = std::make_unique<TestServer>(TestServer::Tls::SelfSigned);
        Engine::Settings settings;
        settings.stallTimeoutSeconds = 2;
        m_engine = new Engine(settings);
        m_store = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        QVERIFY(m_engine->open(m_store).ok());
        m_window = new MainWindow(m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void closeWindow()
    {
        delete m_window;
        m_window = nullptr;
        delete m_engine;
        m_engine = nullptr;
    }

    // No error of one test is left on show, or waiting, for the next.
    void dismissThePane()
    {
        pane()->setConfirmation(nullptr);
        while (pane()->isVisible() || pane()->waiting() > 0)
            pane()->showNext();
    }

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    static TestServer::Route route(qint64 size)
    {
        TestServer::Route r;
        r.size = size;
        return r;
    }

    QUuid newJob(const QList<QUrl> &urls, const QString &into, int noProgressTimeout = 0)
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        for (const QUrl &url : urls)
            m_engine->addFile(id, url, into);
        m_engine->setMinimumRetryDelay(id, 1);
        m_engine->setNoProgressTimeout(id, noProgressTimeout);
        return id;
    }

    ErrorPane *pane() const { return m_window->errorPane(); }

    // Waits until the pane shows `id`'s error.
    bool paneShows(const QUuid &id)
    {
        for (int i = 0; i < 100; ++i) {
            if (pane()->isVisible() && pane()->currentJob() == id
                && !pane()->fieldText(QStringLiteral("code")).isEmpty())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_http;
    std::unique_ptr<TestServer> m_selfSigned;
    Engine *m_engine = nullptr; // the window's classes take it by pointer
    MainWindow *m_window = nullptr;
    QString m_store;
    int m_folders = 0;
};
