#include "ui/limitsdialog.h"

#include "ui_limitsdialog.h"

#include <QEvent>

LimitsDialog::LimitsDialog(const QString &names, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LimitsDialog>())
    , m_names(names)
{
    setObjectName(QStringLiteral("limitsDialog"));
    m_ui->setupUi(this);
    m_ui->downloads->setText(tr("For %1").arg(m_names));
}

LimitsDialog::~LimitsDialog() = default;

void LimitsDialog::setRateLimit(qint64 bytesPerSecond)
{
    m_ui->rate->setValue(int(qMin<qint64>(bytesPerSecond / 1024, m_ui->rate->maximum())));
}

qint64 LimitsDialog::rateLimit() const
{
    return qint64(m_ui->rate->value()) * 1024;
}

void LimitsDialog::setConnections(int connections)
{
    m_ui->connections->setValue(connections);
}

int LimitsDialog::connections() const
{
    return m_ui->connections->value();
}

void LimitsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->downloads->setText(tr("For %1").arg(m_names));
    }
    QDialog::changeEvent(event);
}
