// libFuzzer target: a URL typed or pasted by a user, or given to `haul addfile`, as Haul
// takes it in: parsed strictly, checked (http and https only, a host, absolute), and named
// from its last segment. Invariants: only http(s) with a host and no user name or password
// passes the check, a refused password is not repeated in its message, and a name
// taken from any URL is one plain file name.
#include "core/engine/intake.h"
#include "core/transfer/filenamesanitizer.h"

#include <QUrl>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl url(text, QUrl::StrictMode);
    const CallResult check = Intake::checkRemoteUrl(url);
    if (check.ok()) {
        const QString scheme = url.scheme().toLower();
        if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty() || url.isRelative() || !url.userInfo().isEmpty())
            std::abort();
    }
    // A refused password is never repeated in the message.
    if (!url.password().isEmpty() && check.details.contains(url.password())
        && !url.toString(QUrl::RemoveUserInfo).contains(url.password()))
        std::abort();
    const QString name = FileNameSanitizer::nameFromUrl(url);
    if (name.contains(QLatin1Char('/')) || name == QLatin1String("..")
        || name == QLatin1String("."))
        std::abort();
    // The same through QUrl's lenient reading (the Add dialog's paste).
    const QUrl lenient = QUrl::fromUserInput(text);
    (void)Intake::checkRemoteUrl(lenient);
    (void)FileNameSanitizer::nameFromUrl(lenient);
    return 0;
}
