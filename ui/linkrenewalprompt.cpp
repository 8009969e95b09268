#include "ui/linkrenewalprompt.h"

#include "core/engine/engine.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

LinkRenewalPrompt::LinkRenewalPrompt(
    BrowserIntake *intake, Engine *engine, QWidget *window, QStatusBar *status)
    : QObject(window)
    , m_intake(intake)
    , m_engine(engine)
    , m_window(window)
    , m_status(status)
{
    connect(intake, &BrowserIntake::linkRenewed, this, [this](const QUuid &, int) {
        m_status->showMessage(
            tr("The browser gave a new link to the same file: the download goes on where it stopped."),
            10000);
    });
    connect(intake, &BrowserIntake::newLinkDiffers, this, &LinkRenewalPrompt::askToStartOver);
}

void LinkRenewalPrompt::await(const QUuid &job, int file, std::function<void(bool waiting)> done)
{
    // The same checks as `haul renewlink`, on the engine thread.
    QJsonObject request = CommandProcessor::request(QStringLiteral("renewlink"));
    request[QStringLiteral("job")] = job.toString(QUuid::WithoutBraces);
    request[QStringLiteral("file")] = file;
    m_engine->post(
        this, [request](Engine &engine) { return CommandProcessor::execute(engine, request); },
        [this, done](const QJsonObject &answer) {
            const bool ok = answer.value(QStringLiteral("exit")).toInt() == ExitCode::Ok;
            if (ok && m_intake) {
                const AwaitedLink awaited = LinkRenewal::fromAnswer(answer);
                m_intake->awaitNewLink(awaited);
                m_status->showMessage(tr("Waiting for a new link to %1: start its download again "
                                         "in the browser, from the page that offers it.")
                                          .arg(awaited.name));
            }
            if (done)
                done(ok && m_intake);
        });
}

void LinkRenewalPrompt::askToStartOver(const AwaitedLink &awaited, const BrowserDownload &download)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("A different file"),
        tr("The new link for “%1” gives a different file: its size or version is not that of "
           "the bytes already received. Start this file over from the beginning with the new "
           "link? What was received so far is then discarded.")
            .arg(awaited.name),
        QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *over = box->addButton(tr("Start over"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, over, awaited, download](QAbstractButton *b) {
            if (b != static_cast<QAbstractButton *>(over))
                return;
            m_engine->post([awaited, download](Engine &engine) {
                if (engine.setRemoteUrl(awaited.job, awaited.file, download.url).ok()
                    && engine.setHeaders(awaited.job, download.headers()).ok())
                    engine.resume(awaited.job);
            });
        });
    box->open();
}
