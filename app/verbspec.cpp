#include "app/verbspec.h"

#include <QCoreApplication>

namespace {
// The queue's verbs.
QList<VerbSpec> queueVerbs()
{
    return {
        { "restart", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli",
                "Start a job again from zero: its partial data is deleted (files already saved\n"
                "under their final names are kept), then it is queued.") },
        { "move", { QStringLiteral("JOB"), QStringLiteral("WHERE") },
            QT_TRANSLATE_NOOP("Cli",
                "Move a job in the queue among the unfinished jobs of its priority: up, down,\n"
                "top or bottom. A job earlier in the queue starts first.") },
    };
}
// bitsadmin's job properties that scripts set.
QList<VerbSpec> propertyVerbs()
{
    return {
        { "setdisplayname", { QStringLiteral("JOB"), QStringLiteral("NAME") },
            QT_TRANSLATE_NOOP("Cli", "Set the job's display name.") },
        { "setdescription", { QStringLiteral("JOB"), QStringLiteral("TEXT") },
            QT_TRANSLATE_NOOP("Cli", "Set the job's description.") },
        { "setnotifycmdline",
            { QStringLiteral("JOB"), QStringLiteral("PROGRAM"), QStringLiteral("ARGS...") },
            QT_TRANSLATE_NOOP("Cli",
                "Run PROGRAM with ARGS, as bitsadmin /SetNotifyCmdLine, each time the job reaches\n"
                "Transferred or Error (as its notification flags ask; by default both). It runs as\n"
                "you, never through a shell, with HAUL_JOB_ID, HAUL_JOB_STATE (Transferred or\n"
                "Error) and HAUL_STORE in its environment. It replaces the notification: such a\n"
                "job is not completed by the window or haul serve, so the program runs\n"
                "\"haul complete $HAUL_JOB_ID\" itself. PROGRAM is a path or a name on PATH, checked\n"
                "now; \"\" or NULL removes it. Put -- before ARGS that begin with a dash.") },
        { "setcustomheaders", { QStringLiteral("JOB"), QStringLiteral("HEADER...") },
            QT_TRANSLATE_NOOP("Cli",
                "Replace the job's extra request headers with these \"Name: value\" ones (none\n"
                "removes them all). Authorization, Cookie and Proxy-Authorization are kept only in\n"
                "the memory of the running Haul (the window or haul serve), never in the job store.") },
        { "getcustomheaders", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli",
                "Show the job's extra request headers, one a line; secret ones with their value\n"
                "masked.") },
    };
}
} // namespace

QList<VerbSpec> VerbSpec::all()
{
    return QList<VerbSpec> {
        { "trustcert", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli",
                "Trust the server certificate that the job's certificate error shows, for that "
                "host only\n(pinned by its SHA-256 fingerprint); then resume the job. The window's "
                "Settings list\nand revoke trusted certificates.") },
        { "create", {},
            QT_TRANSLATE_NOOP("Cli",
                "Create a new, suspended job and print its id.\n"
                "Options: --name N, --priority foreground|high|normal|low, --connections N\n"
                "(connections per file, 1 to 16; default 1).") },
        { "addfile", { QStringLiteral("JOB"), QStringLiteral("URL"), QStringLiteral("LOCALPATH?") },
            QT_TRANSLATE_NOOP("Cli",
                "Add a file to a job; LOCALPATH may be a folder (default: the current folder).") },
        { "resume", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli", "Queue a job so that it transfers.") },
        { "suspend", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli", "Stop a job, keeping what it received.") },
        { "cancel", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli", "Cancel a job and delete its temporary files.") },
        { "complete", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP(
                "Cli", "Give the fully transferred files their final names and end the job.") },
        { "info", { QStringLiteral("JOB") }, QT_TRANSLATE_NOOP("Cli", "Show one job.") },
        { "list", {},
            QT_TRANSLATE_NOOP("Cli", "List every job (--active: only unfinished ones).") },
        { "geterror", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP("Cli", "Show the error object of a job.") },
        { "seturl", { QStringLiteral("JOB"), QStringLiteral("FILE"), QStringLiteral("URL") },
            QT_TRANSLATE_NOOP(
                "Cli", "Change the URL of a file (numbered from 0) before resuming.") },
        { "replaceprefix", { QStringLiteral("JOB"), QStringLiteral("OLD"), QStringLiteral("NEW") },
            QT_TRANSLATE_NOOP("Cli", "Replace the beginning of the URLs of a job's files.") },
        { "setcredentials",
            { QStringLiteral("JOB"), QStringLiteral("TARGET"), QStringLiteral("SCHEME"),
                QStringLiteral("USER") },
            QT_TRANSLATE_NOOP("Cli",
                "Set the credentials for server|proxy and basic|digest|ntlm|negotiate; the secret is read from standard input.") },
        { "setpriority", { QStringLiteral("JOB"), QStringLiteral("PRIORITY") },
            QT_TRANSLATE_NOOP("Cli", "Set the priority: foreground, high, normal or low.") },
        { "setminretrydelay", { QStringLiteral("JOB"), QStringLiteral("SECONDS") },
            QT_TRANSLATE_NOOP(
                "Cli", "Set the minimum delay before a transient error is retried.") },
        { "setnoprogresstimeout", { QStringLiteral("JOB"), QStringLiteral("SECONDS") },
            QT_TRANSLATE_NOOP(
                "Cli", "Set how long a job may go without progress before it stops retrying.") },
        { "setnotifyflags", { QStringLiteral("JOB"), QStringLiteral("FLAGS") },
            QT_TRANSLATE_NOOP("Cli",
                "Set the notification flags (0x1 transferred, 0x2 error, 0x4 disable, 0x8 modification, 0x10 file transferred).") },
        { "setproxysettings",
            { QStringLiteral("JOB"), QStringLiteral("MODE"), QStringLiteral("PROXYLIST?"),
                QStringLiteral("BYPASSLIST?") },
            QT_TRANSLATE_NOOP("Cli",
                "Choose the job's proxy, as bitsadmin /SetProxySettings:\n"
                "  preconfig: the environment (http_proxy, https_proxy, all_proxy, no_proxy),\n"
                "             else the desktop's proxy (the default)\n"
                "  no_proxy:  connect directly\n"
                "  override PROXYLIST [BYPASSLIST]: these proxies, e.g. \"http://proxy:3128\" or\n"
                "             \"socks5://host:1080\" (socks5h:// lets the proxy look names up),\n"
                "             except for the hosts of BYPASSLIST (\"<local>\" = names without a\n"
                "             dot and loopback addresses). Lists are separated by spaces or\n"
                "             semicolons. A proxy password goes with haul setcredentials JOB proxy.") },
        { "renewlink", { QStringLiteral("JOB"), QStringLiteral("FILE?") },
            QT_TRANSLATE_NOOP("Cli",
                "Wait for a new link to a file whose link expired (403, 404, 410...): the next\n"
                "download of that file that the browser extension hands over becomes its address,\n"
                "and the file continues from the bytes on disk if the new link gives the same\n"
                "bytes. FILE is numbered from 0 (default: the file of the job's error). Needs a\n"
                "running Haul (the window or haul serve).") },
        { "remove", { QStringLiteral("JOB") },
            QT_TRANSLATE_NOOP(
                "Cli", "Remove a finished job from the history; its files are not touched.") },
        { "clear", {},
            QT_TRANSLATE_NOOP(
                "Cli", "Remove every finished job from the history; files are not touched.") },
    }
    + queueVerbs() + propertyVerbs();
}

VerbSpec VerbSpec::find(const QString &verb)
{
    for (const VerbSpec &s : all()) {
        if (verb == QLatin1String(s.verb))
            return s;
    }
    return {};
}

QString VerbSpec::usage() const
{
    QStringList words;
    for (const QString &p : positional) {
        if (p.endsWith(QLatin1String("...")))
            words.append(QStringLiteral("[%1]...").arg(p.chopped(3)));
        else
            words.append(
                p.endsWith(QLatin1Char('?')) ? QStringLiteral("[%1]").arg(p.chopped(1)) : p);
    }
    return words.join(QLatin1Char(' '));
}

bool VerbSpec::acceptsCount(int count) const
{
    int required = 0;
    for (const QString &p : positional)
        required += p.endsWith(QLatin1Char('?')) || p.endsWith(QLatin1String("...")) ? 0 : 1;
    const bool variadic = !positional.isEmpty() && isVariadic(int(positional.size()) - 1);
    return count >= required && (variadic || count <= positional.size());
}

QString VerbSpec::key(int index) const
{
    if (isVariadic(index)) {
        const QString name = positional.at(index).chopped(3).toLower();
        return name == QLatin1String("args") ? QStringLiteral("arguments")
                                             : name + QLatin1Char('s');
    }
    QString name = positional.at(index).toLower();
    name.remove(QLatin1Char('?'));
    return name == QLatin1String("localpath") ? QStringLiteral("localPath") : name;
}

bool VerbSpec::isVariadic(int index) const
{
    return index >= 0 && index < positional.size()
        && positional.at(index).endsWith(QLatin1String("..."));
}
