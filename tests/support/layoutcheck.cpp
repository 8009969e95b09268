#include "tests/support/layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSizeGrip>
#include <QStyle>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace LayoutCheck {

namespace {

QString plain(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return t;
}

QString nameOf(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = plain(button->text());
    else if (const auto *box = qobject_cast<const QGroupBox *>(w))
        text = box->title();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(w))
        text = combo->currentText();
    text = text.simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    if (w->objectName().isEmpty()) {
        // Where it is: the nearest ancestor with a name or a class of Haul's own.
        QString where;
        for (const QWidget *p = w->parentWidget(); p && where.isEmpty(); p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
                where = p->objectName();
            else if (!QByteArray(p->metaObject()->className()).startsWith('Q'))
                where = QString::fromLatin1(p->metaObject()->className());
        }
        return QLatin1Char('"') + text + QLatin1Char('"')
            + (where.isEmpty() ? QString() : QStringLiteral(" in ") + where);
    }
    return text.isEmpty() ? w->objectName()
                          : w->objectName() + QStringLiteral(" \"") + text + QLatin1Char('"');
}

class Checker
{
public:
    explicit Checker(QWidget *window)
        : m_window(window)
    { }

    QList<Problem> run()
    {
        checkWindow();
        if (auto *form = qobject_cast<QFormLayout *>(m_window->layout()))
            checkForm(m_window, form);
        walk(m_window);
        return m_problems;
    }

private:
    void add(const QWidget *w, const QString &what)
    {
        m_problems.append({ QString::fromLatin1(w->metaObject()->className()), nameOf(w), what });
    }

    static QString sizes(int needs, int has, const char *dimension)
    {
        return QStringLiteral("needs %1 px %2, has %3")
            .arg(needs)
            .arg(QLatin1String(dimension))
            .arg(has);
    }

    void checkWindow()
    {
        QScreen *screen = m_window->screen();
        if (!screen || !m_window->isWindow())
            return;
        const QRect available = screen->availableGeometry();
        const QRect frame = m_window->frameGeometry();
        if (!available.contains(frame))
            add(m_window,
                QStringLiteral("the window (%1,%2 %3x%4) leaves the screen's available area (%5,%6 "
                               "%7x%8)")
                    .arg(frame.x())
                    .arg(frame.y())
                    .arg(frame.width())
                    .arg(frame.height())
                    .arg(available.x())
                    .arg(available.y())
                    .arg(available.width())
                    .arg(available.height()));
        // A layout that needs more than the window has squeezes everything in it.
        if (m_window->layout() && m_window->minimumSizeHint().height() > m_window->height())
            add(m_window,
                QStringLiteral("content squeezed: ")
                    + sizes(m_window->minimumSizeHint().height(), m_window->height(), "high"));
    }

    void walk(QWidget *parent)
    {
        for (QObject *o : parent->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (!w || w->isWindow() || !w->isVisible() || w->width() <= 0 || w->height() <= 0)
                continue;
            checkWidget(w);
            walk(w);
        }
    }

    void checkWidget(QWidget *w)
    {
        bool text = true;
        if (auto *label = qobject_cast<QLabel *>(w))
            text = checkLabel(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = checkButton(button);
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text = checkGroupBox(box);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            checkTabBar(bar);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            text = checkLineEdit(edit);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkComboBox(combo);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            checkCells(view);
            text = false;
        } else
            text = false;
        if (auto *layout = qobject_cast<QFormLayout *>(w->layout()))
            checkForm(w, layout);
        if (!text)
            return;
        checkPlace(w);
    }

    // Overlap with a sibling, or sticking out of the parent (not inside a scroll area,
    // whose content is meant to be larger than its view).
    void checkPlace(QWidget *w)
    {
        QWidget *parent = w->parentWidget();
        if (!parent)
            return;
        for (QObject *o : parent->children()) {
            auto *sibling = qobject_cast<QWidget *>(o);
            if (!sibling || sibling == w || sibling->isWindow() || !sibling->isVisible()
                || qobject_cast<QSizeGrip *>(sibling))
                continue;
            const QRect both = w->geometry().intersected(sibling->geometry());
            if (both.width() > 0 && both.height() > 0)
                add(w,
                    QStringLiteral("overlaps %1 %2 by %3x%4 px")
                        .arg(QString::fromLatin1(sibling->metaObject()->className()),
                            nameOf(sibling))
                        .arg(both.width())
                        .arg(both.height()));
        }
        const bool scrolled = parent->parentWidget()
            && qobject_cast<QAbstractScrollArea *>(parent->parentWidget()->parentWidget());
        if (!scrolled && !parent->rect().contains(w->geometry()))
            add(w,
                QStringLiteral("sticks out of its parent %1 (%2,%3 %4x%5 in %6x%7)")
                    .arg(QString::fromLatin1(parent->metaObject()->className()))
                    .arg(w->x())
                    .arg(w->y())
                    .arg(w->width())
                    .arg(w->height())
                    .arg(parent->width())
                    .arg(parent->height()));
    }

    bool checkLabel(QLabel *label)
    {
        if (label->text().isEmpty())
            return false;
        const QSize min = label->minimumSizeHint(); // the whole text (its longest word if wrapped)
        if (label->width() < min.width())
            add(label,
                (label->wordWrap() ? QStringLiteral("a word is cut: ")
                                   : QStringLiteral("text cut at the side: "))
                    + sizes(min.width(), label->width(), "wide"));
        const int high = label->wordWrap() ? label->heightForWidth(label->width()) : min.height();
        if (label->height() < high)
            add(label, QStringLiteral("text cut below: ") + sizes(high, label->height(), "high"));
        return true;
    }

    bool checkButton(QAbstractButton *button)
    {
        const QString text = plain(button->text());
        if (text.isEmpty())
            return false;
        const QFontMetrics fm = button->fontMetrics();
        const QSize textSize = fm.size(Qt::TextShowMnemonic, button->text());
        if (auto *tool = qobject_cast<QToolButton *>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return false;
            const QSize hint = tool->sizeHint();
            if (tool->width() < hint.width())
                add(tool,
                    QStringLiteral("text cut at the side: ")
                        + sizes(hint.width(), tool->width(), "wide"));
            if (tool->height() < textSize.height())
                add(tool,
                    QStringLiteral("text cut below: ")
                        + sizes(textSize.height(), tool->height(), "high"));
            return true;
        }
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        opt.icon = button->icon();
        opt.iconSize = button->iconSize();
        QStyle::SubElement contents = QStyle::SE_PushButtonContents;
        int needs = textSize.width();
        if (!button->icon().isNull())
            needs += button->iconSize().width() + 4;
        if (qobject_cast<QCheckBox *>(button))
            contents = QStyle::SE_CheckBoxContents;
        else if (qobject_cast<QRadioButton *>(button))
            contents = QStyle::SE_RadioButtonContents;
        else if (auto *push = qobject_cast<QPushButton *>(button)) {
            if (push->isDefault())
                opt.features |= QStyleOptionButton::DefaultButton;
            if (push->isFlat())
                opt.features |= QStyleOptionButton::Flat;
            if (push->menu())
                needs += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, button);
        }
        const QRect room = button->style()->subElementRect(contents, &opt, button);
        if (room.width() < needs)
            add(button,
                QStringLiteral("text cut at the side: ") + sizes(needs, room.width(), "wide"));
        if (room.height() < textSize.height())
            add(button,
                QStringLiteral("text cut below: ")
                    + sizes(textSize.height(), room.height(), "high"));
        return true;
    }

    bool checkGroupBox(QGroupBox *box)
    {
        if (box->title().isEmpty())
            return false;
        const int needs = box->fontMetrics().size(Qt::TextShowMnemonic, box->title()).width();
        QStyleOptionGroupBox opt;
        opt.initFrom(box);
        opt.text = box->title();
        opt.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
        if (box->isCheckable())
            opt.subControls |= QStyle::SC_GroupBoxCheckBox;
        const QRect room = box->style()->subControlRect(
            QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxLabel, box);
        if (room.width() < needs || room.right() > box->width())
            add(box,
                QStringLiteral("title cut: ")
                    + sizes(needs, qMin(room.width(), box->width() - room.left()), "wide"));
        return true;
    }

    void checkTabBar(QTabBar *bar)
    {
        const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            const QString text = plain(bar->tabText(i));
            int needs = bar->fontMetrics().horizontalAdvance(text) + space;
            if (!bar->tabIcon(i).isNull())
                needs += bar->iconSize().width() + 4;
            for (auto side : { QTabBar::LeftSide, QTabBar::RightSide })
                if (QWidget *button = bar->tabButton(i, side))
                    needs += button->width();
            const QRect r = bar->tabRect(i);
            const QString tab = QStringLiteral("tab \"%1\": ").arg(text);
            if (r.width() < needs)
                add(bar, tab + QStringLiteral("elided: ") + sizes(needs, r.width(), "wide"));
            if (!bar->rect().contains(r))
                add(bar, tab + QStringLiteral("out of view (scrolled away)"));
        }
    }

    // A heading is drawn in the style's label rectangle (beside the sort arrow) and elided
    // to it: the same rectangle is asked for here.
    void checkHeader(QHeaderView *header)
    {
        QAbstractItemModel *model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text
                = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QFont font = header->font();
            const QVariant role = model->headerData(section, Qt::Horizontal, Qt::FontRole);
            if (role.canConvert<QFont>())
                font = role.value<QFont>();
            QStyleOptionHeader opt;
            opt.initFrom(header);
            opt.rect = QRect(0, 0, header->sectionSize(section), header->height());
            opt.section = section;
            opt.text = text;
            opt.textAlignment = Qt::Alignment(
                model->headerData(section, Qt::Horizontal, Qt::TextAlignmentRole).toInt());
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                opt.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                    ? QStyleOptionHeader::SortDown
                    : QStyleOptionHeader::SortUp;
            const QRect room
                = header->style()->subElementRect(QStyle::SE_HeaderLabel, &opt, header);
            const int needs = QFontMetrics(font).horizontalAdvance(text);
            if (room.width() < needs)
                add(header,
                    QStringLiteral("section \"%1\" elided: ").arg(text)
                        + sizes(needs, room.width(), "wide"));
        }
    }

    // Cells drawn by the plain delegate, in the rows on show: elided text is reported, once
    // a column.
    void checkCells(QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *table = qobject_cast<QTableView *>(view);
        if (!model || (!tree && !table))
            return;
        const int margin
            = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int column = 0; column < model->columnCount(); ++column) {
            if ((tree && tree->isColumnHidden(column)) || (table && table->isColumnHidden(column)))
                continue;
            for (int row = 0; row < qMin(model->rowCount(), 20); ++row) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data(Qt::DisplayRole).toString();
                QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
                const QRect rect = view->visualRect(index);
                if (text.isEmpty() || text.contains(QLatin1Char('\n')) || !delegate
                    || delegate->metaObject() != &QStyledItemDelegate::staticMetaObject
                    || !view->viewport()->rect().intersects(rect))
                    continue;
                QFont font = view->font();
                const QVariant role = index.data(Qt::FontRole);
                if (role.canConvert<QFont>())
                    font = role.value<QFont>();
                int needs = QFontMetrics(font).horizontalAdvance(text) + 2 * margin;
                if (!index.data(Qt::DecorationRole).isNull())
                    needs
                        += view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 4;
                if (rect.width() < needs) {
                    add(view,
                        QStringLiteral("cell \"%1\" (column \"%2\") elided: ")
                                .arg(text, model->headerData(column, Qt::Horizontal).toString())
                            + sizes(needs, rect.width(), "wide"));
                    break;
                }
            }
        }
    }

    bool checkLineEdit(QLineEdit *edit)
    {
        const bool inSpinBox = qobject_cast<QAbstractSpinBox *>(edit->parentWidget());
        const QString text = inSpinBox ? edit->displayText() : edit->placeholderText();
        if (text.isEmpty() || (!inSpinBox && !edit->text().isEmpty()))
            return false;
        // The room for text: the contents less the text margins, the frame and the side
        // buttons (the clear button keeps its place while hidden by an empty text).
        QRect room = edit->contentsRect().marginsRemoved(edit->textMargins());
        const int frame = edit->hasFrame()
            ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit)
            : 0;
        room.adjust(frame + 2, 0, -frame - 2, 0);
        for (QObject *o : edit->children()) {
            auto *side = qobject_cast<QToolButton *>(o);
            if (!side || !side->isVisibleTo(edit))
                continue;
            if (side->geometry().center().x() > edit->width() / 2)
                room.setRight(qMin(room.right(), side->x() - 1));
            else
                room.setLeft(qMax(room.left(), side->geometry().right() + 1));
        }
        const int needs = edit->fontMetrics().horizontalAdvance(text);
        QWidget *owner = inSpinBox ? edit->parentWidget() : edit;
        if (room.width() < needs)
            add(owner,
                (inSpinBox ? QStringLiteral("value \"%1\" cut: ")
                           : QStringLiteral("placeholder \"%1\" cut: "))
                        .arg(text)
                    + sizes(needs, room.width(), "wide"));
        checkHeight(owner);
        return !inSpinBox;
    }

    void checkComboBox(QComboBox *combo)
    {
        const QString text = combo->currentText();
        if (text.isEmpty() || combo->isEditable())
            return;
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = false;
        opt.frame = combo->hasFrame();
        opt.currentText = text;
        opt.currentIcon = combo->itemIcon(combo->currentIndex());
        opt.iconSize = combo->iconSize();
        const QRect room = combo->style()->subControlRect(
            QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
        int needs = combo->fontMetrics().horizontalAdvance(text);
        if (!opt.currentIcon.isNull())
            needs += combo->iconSize().width() + 4;
        if (room.width() < needs)
            add(combo, QStringLiteral("text cut: ") + sizes(needs, room.width(), "wide"));
        checkHeight(combo);
    }

    void checkHeight(QWidget *w)
    {
        const int min = w->minimumSizeHint().height();
        if (min > 0 && w->height() < min)
            add(w, QStringLiteral("squeezed, text cut below: ") + sizes(min, w->height(), "high"));
    }

    // A row's label and field never overlap, and the field is not squeezed.
    void checkForm(QWidget *owner, QFormLayout *form)
    {
        Q_UNUSED(owner);
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (!label || !field || !label->widget() || !label->widget()->isVisible()
                || field->isEmpty())
                continue;
            const QRect both = label->geometry().intersected(field->geometry());
            if (both.width() > 0 && both.height() > 0)
                add(label->widget(),
                    QStringLiteral("overlaps the field of its form row by %1x%2 px")
                        .arg(both.width())
                        .arg(both.height()));
            if (field->geometry().height() < field->minimumSize().height())
                add(label->widget(),
                    QStringLiteral("its form row's field is squeezed: ")
                        + sizes(field->minimumSize().height(), field->geometry().height(), "high"));
        }
    }

    QWidget *m_window;
    QList<Problem> m_problems;
};

} // namespace

QString Problem::toString() const
{
    return QStringLiteral("%1 %2: %3").arg(widgetClass, name, what);
}

QList<Problem> check(QWidget *window)
{
    return Checker(window).run();
}

QString report(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace LayoutCheck
