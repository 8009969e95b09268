#include "ui/clipboardwatcher.h"

#include "core/engine/folderrules.h"
#include "core/engine/intake.h"

#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

namespace {
const QString OfferedKey = QStringLiteral("clipboard/offered");
constexpr int LongestLink = 8192; // a page's whole text is no link
} // namespace

ClipboardWatcher::ClipboardWatcher(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_offered(QSettings().value(OfferedKey).toStringList())
{
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardWatcher::onChanged);
}

QUrl ClipboardWatcher::linkIn(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    const QString word = text.trimmed();
    if (word.isEmpty() || word.size() > LongestLink || word.contains(space))
        return {};
    const QUrl url(word, QUrl::StrictMode);
    if (!Intake::checkRemoteUrl(url).ok())
        return {};
    if (!FolderRules::load().knowsTypeOf(FolderRules::fileNameOf(url)))
        return {};
    return url.adjusted(QUrl::RemoveFragment);
}

void ClipboardWatcher::onChanged()
{
    // What Haul copied (an address from its list, an error's details) is its own.
    if (!m_enabled || m_clipboard->ownsClipboard())
        return;
    const QMimeData *data = m_clipboard->mimeData();
    if (!data || !data->hasText())
        return;
    const QUrl url = linkIn(data->text());
    if (url.isEmpty())
        return;
    const QString key = url.toString(QUrl::FullyEncoded);
    if (m_offered.contains(key))
        return;
    m_offered.append(key);
    while (m_offered.size() > Remembered)
        m_offered.removeFirst();
    QSettings().setValue(OfferedKey, m_offered);
    emit linkOffered(url);
}

void ClipboardWatcher::offerInStatusBar(QStatusBar *bar, const QUrl &url)
{
    auto *old = bar->findChild<QPushButton *>(QStringLiteral("clipboardOffer"));
    delete old;
    auto *button = new QPushButton(tr("Add the copied link “%1”…").arg(url.fileName()));
    button->setObjectName(QStringLiteral("clipboardOffer"));
    button->setFlat(true);
    button->setToolTip(url.toDisplayString());
    bar->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, button, url] {
        button->deleteLater();
        emit addRequested(url);
    });
}
