#include "ui/folderrulespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FolderRulesPage::FolderRulesPage(
    const FolderRules &rules, const QString &defaultFolder, bool clipboardCapture, QWidget *parent)
    : QWidget(parent)
    , m_defaultFolder(defaultFolder)
    , m_enabled(new QCheckBox(tr("Save each download in the folder of its kind or site")))
    , m_clipboard(new QCheckBox(tr("Offer to add links copied to the clipboard")))
    , m_table(new QTableWidget(0, 4))
{
    m_enabled->setObjectName(QStringLiteral("folderRulesEnabled"));
    m_clipboard->setObjectName(QStringLiteral("clipboardCapture"));
    m_clipboard->setToolTip(tr("While Haul runs, a copied link to a file of a type below is "
                               "offered once in a notification."));
    m_clipboard->setChecked(clipboardCapture);
    m_table->setObjectName(QStringLiteral("folderRules"));
    m_table->setAccessibleName(tr("Folder rules"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Matches"), tr("File types or site"), tr("Folder") });
    m_table->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FolderColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *reset = new QPushButton(tr("Reset to defaults"));
    add->setObjectName(QStringLiteral("addRule"));
    remove->setObjectName(QStringLiteral("removeRule"));
    browse->setObjectName(QStringLiteral("browseRuleFolder"));
    reset->setObjectName(QStringLiteral("resetRules"));
    for (QPushButton *b : { add, remove, browse, reset })
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { add, remove, browse })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_enabled);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    column->addWidget(m_clipboard);
    fill(rules);
    m_enabled->setChecked(rules.enabled);
    connect(m_enabled, &QCheckBox::toggled, m_table, &QWidget::setEnabled);
    m_table->setEnabled(rules.enabled);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({ tr("New rule"), {}, {}, m_defaultFolder });
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(browse, &QPushButton::clicked, this, [this] { this->browse(m_table->currentRow()); });
    connect(reset, &QPushButton::clicked, this,
        [this] { fill(FolderRules::defaults(m_defaultFolder)); });
}

void FolderRulesPage::fill(const FolderRules &rules)
{
    m_table->setRowCount(0);
    for (const FolderRule &rule : rules.rules)
        addRow(rule);
    m_table->resizeColumnToContents(NameColumn);
}

void FolderRulesPage::addRow(const FolderRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
    auto *kind = new QComboBox;
    kind->addItem(tr("File types"));
    kind->addItem(tr("Site"));
    kind->setCurrentIndex(rule.bySite() ? 1 : 0);
    m_table->setCellWidget(row, KindColumn, kind);
    auto *match
        = new QTableWidgetItem(rule.bySite() ? rule.site : rule.extensions.join(QLatin1Char(' ')));
    match->setToolTip(tr("Extensions separated by spaces (pdf tar.gz), or a site (example.org, "
                         "its subdomains too)"));
    m_table->setItem(row, MatchColumn, match);
    m_table->setItem(
        row, FolderColumn, new QTableWidgetItem(QDir::toNativeSeparators(rule.folder)));
}

void FolderRulesPage::browse(int row)
{
    if (row < 0)
        return;
    QTableWidgetItem *item = m_table->item(row, FolderColumn);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder"), item->text());
    if (!folder.isEmpty())
        item->setText(QDir::toNativeSeparators(folder));
}

FolderRules FolderRulesPage::rules() const
{
    FolderRules r;
    r.enabled = m_enabled->isChecked();
    r.rules.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FolderRule rule;
        rule.name = m_table->item(row, NameColumn)->text().trimmed();
        const QString match = m_table->item(row, MatchColumn)->text().trimmed();
        const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
        if (kind && kind->currentIndex() == 1)
            rule.site = match.toLower().remove(QLatin1Char('*')).remove(QLatin1Char(' '));
        else
            rule.extensions = FolderRules::parseExtensions(match);
        while (rule.site.startsWith(QLatin1Char('.')))
            rule.site.remove(0, 1);
        rule.folder
            = QDir::cleanPath(QDir::fromNativeSeparators(m_table->item(row, FolderColumn)->text()));
        r.rules.append(rule);
    }
    return r;
}

bool FolderRulesPage::clipboardCapture() const
{
    return m_clipboard->isChecked();
}
