#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QClipboard;
class QStatusBar;

// Clipboard capture (off by default): while the window runs, a copied http(s) link whose
// path ends in a file type of the folder rules is offered for adding, once per link, this
// session and after a restart (the last links offered are kept). Never text that is not a
// single link, never what Haul itself put on the clipboard.
class ClipboardWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardWatcher(QClipboard *clipboard, QObject *parent = nullptr);
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    // The link the text is, if it is one to offer; else an empty URL.
    static QUrl linkIn(const QString &text);
    // Where no notification can be shown: a button in the status bar, until used or replaced.
    void offerInStatusBar(QStatusBar *bar, const QUrl &url);

    static constexpr int Remembered = 200;

signals:
    void linkOffered(const QUrl &url);
    void addRequested(const QUrl &url); // the user accepted an offer from the status bar

private:
    void onChanged();

    QClipboard *m_clipboard;
    QStringList m_offered; // the most recent last
    bool m_enabled = false;
};
