// Spanish, French and Russian: the window and the error pane switch language at run time
// (Haul's strings and Qt's own), sizes follow the language, and the command line's human
// output follows LANGUAGE while --json stays untranslated.
#include "core/engine/credentialstore.h"
#include "core/engine/credentialvault.h"
#include "core/l10n/format.h"
#include "core/l10n/languages.h"
#include "core/model/errorcodes.h"
#include "tests/support/testhelpers.h"
#include "ui/appsettings.h"
#include "ui/errorpane.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace TestHelpers;

struct Expected
{
    QString language;
    QString jobsMenu; // MainWindow "&Downloads"
    QString nameHeader; // JobTableModel "Name"
    QString whatHappened; // ErrorPane "What happened:"
    QString copyDetails; // ErrorPane "Copy details"
    QString notFound; // the description of BG_E_HTTP_ERROR_404
    QString qtCancel; // Qt's own Cancel button, from qtbase_*.qm
    QString cliContext; // geterror's context line
    QString size; // 1536 bytes
};

Q_DECLARE_METATYPE(Expected)

class TestL10n : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer *m_http = nullptr;
    Engine *m_engine = nullptr;
    MainWindow *m_window = nullptr;
    QUuid m_failed;

    static QList<Expected> languages()
    {
        return {
            { QStringLiteral("es"), QStringLiteral("&Descargas"), QStringLiteral("Nombre"),
                QStringLiteral("Qué ha ocurrido:"), QStringLiteral("Copiar detalles"),
                QStringLiteral("No se encontró el archivo en el servidor (HTTP 404)."),
                QStringLiteral("Cancelar"), QStringLiteral("  Contexto:"),
                QStringLiteral("1,5 KiB") },
            { QStringLiteral("fr"), QStringLiteral("&Téléchargements"), QStringLiteral("Nom"),
                QStringLiteral("Ce qui s'est passé :"), QStringLiteral("Copier les détails"),
                QStringLiteral("Le fichier est introuvable sur le serveur (HTTP 404)."),
                QStringLiteral("Annuler"), QStringLiteral("  Contexte :"),
                QStringLiteral("1,5 Kio") },
            { QStringLiteral("ru"), QStringLiteral("&Загрузки"), QStringLiteral("Имя"),
                QStringLiteral("Что произошло:"), QStringLiteral("Копировать подробности"),
                QStringLiteral("Файл не найден на сервере (HTTP 404)."), QStringLiteral("Отмена"),
                QStringLiteral("  Контекст:"), QStringLiteral("1,5 KiB") },
        };
    }

    QString menuTitle(int index) const { return m_window->menuBar()->actions().at(index)->text(); }

    QByteArray haul(const QStringList &args, const QString &language)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), m_dir.filePath(QStringLiteral("cli.sqlite")));
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(HAUL_BINARY), args);
        if (!p.waitForFinished(30000))
            p.kill();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_l10n"));
        QVERIFY(m_dir.isValid());
        m_http = new TestServer(TestServer::Tls::None, this);
        TestServer::Route missing;
        missing.status = 404;
        m_http->setRoute("/missing.iso", missing);
        m_engine = new Engine(this);
        QVERIFY(m_engine->open(m_dir.filePath(QStringLiteral("jobs.sqlite"))).ok());
        m_window = new MainWindow(m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_engine->createJob(QString(), JobPriority::Normal, &m_failed);
        m_engine->addFile(m_failed, m_http->url(QStringLiteral("/missing.iso")), m_dir.path());
        m_engine->setNoProgressTimeout(m_failed, 0);
        QVERIFY(m_engine->resume(m_failed).ok());
        QTRY_VERIFY(
            m_window->errorPane()->isVisible() && m_window->errorPane()->currentJob() == m_failed);
        QTRY_VERIFY(m_window->model()->job(m_failed)
            && m_window->model()->job(m_failed)->state == JobState::Error);
    }

    void cleanupTestCase()
    {
        Languages::apply(QStringLiteral("en"));
        delete m_window;
        delete m_engine;
    }

    void windowAndErrorPaneSwitchAtRunTime_data()
    {
        QTest::addColumn<Expected>("expected");
        for (const Expected &e : languages())
            QTest::newRow(qPrintable(e.language)) << e;
    }

    void windowAndErrorPaneSwitchAtRunTime()
    {
        QFETCH(Expected, expected);
        Languages::apply(expected.language);
        QCOMPARE(Languages::current(), expected.language);
        // Every open window hears of it (LanguageChange is posted to each).
        QTRY_COMPARE(menuTitle(1), expected.jobsMenu);
        QCOMPARE(m_window->model()
                     ->headerData(JobTableModel::NameColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            expected.nameHeader);
        ErrorPane *pane = m_window->errorPane();
        bool labelFound = false;
        for (QLabel *label : pane->findChildren<QLabel *>())
            labelFound = labelFound || label->text() == expected.whatHappened;
        QVERIFY(labelFound);
        bool buttonFound = false;
        for (QPushButton *button : pane->findChildren<QPushButton *>())
            buttonFound = buttonFound || button->text() == expected.copyDetails;
        QVERIFY(buttonFound);
        QCOMPARE(pane->fieldText(QStringLiteral("what")), expected.notFound);
        // The state column speaks the language too.
        const QModelIndex state = m_window->model()->index(
            m_window->model()->rowOf(m_failed), JobTableModel::StateColumn);
        QCOMPARE(state.data().toString(), JobTypes::stateDisplayName(JobState::Error));
        QVERIFY(state.data().toString() != QLatin1String("Error")
            || expected.language == QLatin1String("es"));
        // Qt's own strings come from Qt's installed translations.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
            expected.qtCancel);
        // Sizes follow the language.
        QCOMPARE(Format::size(1536), expected.size);
    }

    void backToEnglish()
    {
        Languages::apply(QStringLiteral("en"));
        // The pane hears of it by a posted LanguageChange, as the menus do.
        QTRY_COMPARE(m_window->errorPane()->fieldText(QStringLiteral("what")),
            QStringLiteral("The file was not found on the server (HTTP 404)."));
        QCOMPARE(menuTitle(1), QStringLiteral("&Downloads"));
        QCOMPARE(Format::size(1536), QStringLiteral("1.5 KiB"));
    }

    void byteCountsHaveEachLanguagesPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // 0, 1, 2, 5, 21 and 1023 bytes
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("0 bytes"), QStringLiteral("1 byte"),
                                   QStringLiteral("2 bytes"), QStringLiteral("5 bytes"),
                                   QStringLiteral("21 bytes"), QStringLiteral("1023 bytes") };
        // A language Haul does not speak is English, plurals included.
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList { QStringLiteral("0 bytes"), QStringLiteral("1 byte"),
                                   QStringLiteral("2 bytes"), QStringLiteral("5 bytes"),
                                   QStringLiteral("21 bytes"), QStringLiteral("1023 bytes") };
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList { QStringLiteral("0 байт"), QStringLiteral("1 байт"),
                                   QStringLiteral("2 байта"), QStringLiteral("5 байт"),
                                   QStringLiteral("21 байт"), QStringLiteral("1023 байта") };
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList { QStringLiteral("0 octet"), QStringLiteral("1 octet"),
                                   QStringLiteral("2 octets"), QStringLiteral("5 octets"),
                                   QStringLiteral("21 octets"), QStringLiteral("1023 octets") };
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList { QStringLiteral("0 bytes"), QStringLiteral("1 byte"),
                                   QStringLiteral("2 bytes"), QStringLiteral("5 bytes"),
                                   QStringLiteral("21 bytes"), QStringLiteral("1023 bytes") };
    }

    void byteCountsHaveEachLanguagesPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        Languages::apply(language);
        const QList<qint64> counts { 0, 1, 2, 5, 21, 1023 };
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(Format::size(counts.at(i)), expected.at(i));
        Languages::apply(QStringLiteral("en"));
    }

    void theKeychainsOwnEnglishNeverReachesTheUser()
    {
        Languages::apply(QStringLiteral("en"));
        QVERIFY(CredentialVault::reasonFor(QKeychain::NoError).isEmpty());
        for (int code : { int(QKeychain::AccessDeniedByUser), int(QKeychain::AccessDenied),
                 int(QKeychain::NoBackendAvailable), int(QKeychain::NotImplemented),
                 int(QKeychain::OtherError) }) {
            const QString why = CredentialVault::reasonFor(code);
            QVERIFY(!why.isEmpty());
            QVERIFY(!why.contains(QLatin1String("Object does not exist")));
        }
        // Without a keychain the reason is Haul's words too (the pane puts it in a sentence).
        QCOMPARE(
            CredentialStore().memoryOnlyReason(), QStringLiteral("this Haul runs without one"));
    }

    void settingsSwitchTheLanguage()
    {
        AppSettings settings = AppSettings::load();
        settings.language = QStringLiteral("ru");
        settings.parallelJobs = 3;
        m_window->applySettings(settings);
        QTRY_COMPARE(menuTitle(1), QStringLiteral("&Загрузки"));
        QCOMPARE(m_engine->settings().maxBackgroundJobs, 3);
        settings.language = QStringLiteral("en");
        m_window->applySettings(settings);
        QTRY_COMPARE(menuTitle(1), QStringLiteral("&Downloads"));
    }

    void commandLineFollowsLanguage()
    {
        const QString url = m_http->url(QStringLiteral("/missing.iso")).toString();
        // A job that ends in Error stays in the store, named "missing".
        haul({ QStringLiteral("transfer"), QStringLiteral("--name"), QStringLiteral("missing"),
                 QStringLiteral("--no-progress-timeout"), QStringLiteral("0"), url, m_dir.path() },
            QStringLiteral("C"));
        const QByteArray english
            = haul({ QStringLiteral("geterror"), QStringLiteral("missing") }, QStringLiteral("en"));
        QVERIFY2(
            english.contains("  Context:") && english.contains("(HTTP 404)"), english.constData());
        for (const Expected &e : languages()) {
            const QByteArray out
                = haul({ QStringLiteral("geterror"), QStringLiteral("missing") }, e.language);
            const QString text = QString::fromUtf8(out);
            QVERIFY2(text.contains(e.cliContext), qPrintable(text));
            QVERIFY2(text.contains(e.notFound), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("0x80190194")));
            // --json is never translated.
            const QByteArray json = haul(
                { QStringLiteral("geterror"), QStringLiteral("missing"), QStringLiteral("--json") },
                e.language);
            const QJsonObject error
                = QJsonDocument::fromJson(json).object().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("description")).toString(),
                QStringLiteral("The file was not found on the server (HTTP 404)."));
            QCOMPARE(
                error.value(QStringLiteral("context")).toString(), QStringLiteral("RemoteFile"));
        }
    }
};

QTEST_MAIN(TestL10n)
#include "tst_l10n.moc"
