#include "app/browserhostcommand.h"
#include "app/browserintegration.h"
#include "app/clioutput.h"
#include "app/monitorcommand.h"
#include "app/schedulecommand.h"
#include "app/servecommand.h"
#include "app/transfercommand.h"
#include "app/verbcommand.h"
#include "core/l10n/languages.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#ifdef HAUL_GUI
#include "app/windowlauncher.h"
#endif

#include <QCoreApplication>

namespace {

QString generalHelp()
{
    return QCoreApplication::translate("Cli",
        "Usage: haul [--store PATH] [VERB [options]]\n"
        "\n"
        "With no verb, Haul opens its window.\n"
        "Haul downloads files as jobs that survive restarts and explain their errors.\n"
        "\n"
        "Verbs:\n"
        "  transfer   download URLs as one job and wait for it (see haul transfer --help)\n"
        "  create, addfile, resume, suspend, cancel, complete, info, list, geterror,\n"
        "  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,\n"
        "  setnoprogresstimeout, setnotifyflags, setproxysettings, remove, clear, trustcert,\n"
        "  renewlink, move, restart\n"
        "             work on the jobs of the store (see haul VERB --help)\n"
        "  schedule   when background downloads pause or are limited (see haul schedule --help)\n"
        "  monitor    watch every job live until Ctrl+C\n"
        "  serve      run the jobs without a window and answer the other verbs\n"
        "  install-browser-integration [--user] [--browser NAME] [--remove]\n"
        "             let the browser extension hand downloads to Haul\n"
        "  browser-host  the program the browser extension talks to (started by the browser)\n"
        "\n"
        "  --version  show the version\n"
        "  --help     show this help\n");
}

// `haul` with no verb where the window is not built: what to run instead.
int noWindow()
{
    CliOutput::err(QCoreApplication::translate("Cli",
        "haul: this build of Haul has no window (it was built without Qt Widgets).\n"
        "Run \"haul serve\" to run the jobs without a window, or see \"haul --help\" for "
        "the verbs.\n"));
    return ExitCode::Usage;
}

// A verb that runs in the event loop until it says it has finished.
template<typename Command> int runUntilFinished(QCoreApplication &app, const QStringList &arguments)
{
    Command command;
    const int early = command.start(arguments);
    if (early >= 0)
        return early;
    QObject::connect(&command, &Command::finished, &app, &QCoreApplication::exit);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // With no verb (only --store PATH), haul opens the window.
    bool noVerb = false;
    {
        QString storeOption;
        int i = 1;
        while (i + 1 < argc && qstrcmp(argv[i], "--store") == 0) {
            storeOption = QString::fromLocal8Bit(argv[i + 1]);
            i += 2;
        }
        noVerb = i == argc;
#ifdef HAUL_GUI
        if (noVerb)
            return WindowLauncher::run(argc, argv, storeOption);
#endif
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("haul"));
    QCoreApplication::setApplicationName(QStringLiteral("haul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));
    // --json output is never translated (../shared/spec/cli.md).
    if (!app.arguments().contains(QStringLiteral("--json")))
        Languages::apply(QString()); // the user's: LANGUAGE / LC_ALL / LC_MESSAGES / LANG
    if (noVerb)
        return noWindow();

    QStringList args = app.arguments();
    if (BrowserHostCommand::isBrowserLaunch(args))
        return BrowserHostCommand().run(args);
    // Global options may come before the verb.
    QStringList global;
    while (args.size() > 1 && args.at(1) == QLatin1String("--store") && args.size() > 2) {
        global << args.at(1) << args.at(2);
        args.remove(1, 2);
    }
    const QString verb = args.value(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")
        || verb == QLatin1String("help")) {
        CliOutput::out(generalHelp());
        return ExitCode::Ok;
    }
    if (verb == QLatin1String("--version")) {
        CliOutput::out(QStringLiteral("haul %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    if (verb == QLatin1String("transfer"))
        return runUntilFinished<TransferCommand>(
            app, QStringList { args.at(0) } + global + args.mid(2));
    if (verb == QLatin1String("monitor"))
        return runUntilFinished<MonitorCommand>(app, global + args.mid(2));
    if (verb == QLatin1String("serve"))
        return runUntilFinished<ServeCommand>(app, global + args.mid(2));
    if (verb == QLatin1String("install-browser-integration"))
        return BrowserIntegrationCommand().run(args.mid(2));
    if (verb == QLatin1String("browser-host"))
        return BrowserHostCommand().run(global + args.mid(2));
    if (verb == QLatin1String("schedule"))
        return ScheduleCommand().run(global + args.mid(2));
    if (VerbCommand::verbs().contains(verb))
        return VerbCommand().run(verb, global + args.mid(2));
    CliOutput::err(
        QCoreApplication::translate("Cli", "haul: unknown verb \"%1\"; see haul --help\n")
            .arg(verb));
    if (app.arguments().contains(QStringLiteral("--json")))
        CliOutput::answer(CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidArg,
            QStringLiteral("unknown verb \"%1\"").arg(verb)));
    return ExitCode::Usage;
}
