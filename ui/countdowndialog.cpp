#include "ui/countdowndialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CountdownDialog::CountdownDialog(Text text, int seconds, QWidget *parent)
    : QDialog(parent)
    , m_text(std::move(text))
    , m_left(qMax(seconds, 1))
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("countdownDialog"));
    m_label->setObjectName(QStringLiteral("countdownText"));
    m_label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox;
    m_now = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Cancel is the default: a key pressed by chance keeps the computer on.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(buttons);
    retranslate();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &CountdownDialog::tick);
    m_timer.start();
    connect(this, &QDialog::finished, &m_timer, &QTimer::stop);
}

QString CountdownDialog::text() const
{
    return m_label->text();
}

void CountdownDialog::tick()
{
    --m_left;
    if (m_left <= 0) {
        m_timer.stop();
        accept();
        return;
    }
    m_label->setText(m_text(m_left));
}

void CountdownDialog::retranslate()
{
    setWindowTitle(tr("When all downloads finish"));
    m_now->setText(tr("&Now"));
    m_label->setText(m_text(m_left));
    setMinimumWidth(qMax(360, m_label->sizeHint().width() / 2));
}

void CountdownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
