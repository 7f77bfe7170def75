#include "PanelParts.h"

#include "models/ConsentsModel.h"

#include "client/ApiResult.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mid::ui {

bool refillClientFilter(QComboBox *combo, const ClientDirectory &clients)
{
    const QString selected = combo->currentData().toString();
    const QSignalBlocker quiet(combo); // refilling is not a filter change
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &id : clients.idsByName())
        combo->addItem(clients.nameOf(id), id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return index >= 0 || selected.isEmpty();
}

QLabel *createSectionTitle(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(title, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

QLabel *createValueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *createHeading(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *heading = new QLabel(parent);
    heading->setObjectName(objectName);
    heading->setAccessibleName(accessibleName);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    heading->setFont(big);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->setWordWrap(true);
    return heading;
}

QLabel *createStatusPill(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *pill = new QLabel(parent);
    pill->setObjectName(objectName);
    pill->setAccessibleName(accessibleName);
    pill->setAlignment(Qt::AlignCenter);
    return pill;
}

void setStatusPill(QLabel *pill, const QString &status)
{
    const QColor c = StatusDelegate::colorFor(status);
    pill->setText(StatusDelegate::label(status));
    pill->setStyleSheet(QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, 40); "
                                       "border: 1px solid %1; border-radius: 9px; "
                                       "padding: 1px 10px; font-weight: 600; }")
                            .arg(c.name())
                            .arg(c.red())
                            .arg(c.green())
                            .arg(c.blue()));
    pill->setVisible(!status.isEmpty());
}

QStackedWidget *createDetailsStack(QWidget *content, const QString &placeholderText,
                                   const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(name + QStringLiteral("Scroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *placeholder = new QLabel(placeholderText);
    placeholder->setObjectName(name + QStringLiteral("Placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *stack = new QStackedWidget(parent);
    stack->setObjectName(name + QStringLiteral("Stack"));
    stack->addWidget(placeholder);
    stack->addWidget(scroll);
    stack->setMinimumWidth(380);
    return stack;
}

QGridLayout *createDetailsGrid()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    return grid;
}

namespace {
int nextDetailsRow(QGridLayout *grid, const QString &label)
{
    const int row = grid->count() == 0 ? 0 : grid->rowCount(); // an empty grid counts one row
    auto *name = new QLabel(label);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(name, row, 0);
    return row;
}
} // namespace

void addDetailsRow(QGridLayout *grid, const QString &label, QWidget *field)
{
    grid->addWidget(field, nextDetailsRow(grid, label), 1);
}

void addDetailsRow(QGridLayout *grid, const QString &label, QLayout *field)
{
    grid->addLayout(field, nextDetailsRow(grid, label), 1);
}

void showDetailsRow(QGridLayout *grid, int row, bool shown)
{
    for (int column = 0; column < 2; ++column) {
        QLayoutItem *item = grid->itemAtPosition(row, column);
        if (!item)
            continue;
        if (QWidget *w = item->widget()) {
            w->setVisible(shown);
        } else if (QLayout *inner = item->layout()) {
            for (int i = 0; i < inner->count(); ++i)
                if (QWidget *w = inner->itemAt(i)->widget())
                    w->setVisible(shown);
        }
    }
}

QLabel *createErrorBanner(QWidget *parent, const QString &accessibleName)
{
    auto *banner = new QLabel(parent);
    banner->setAccessibleName(accessibleName);
    banner->setWordWrap(true);
    banner->setAutoFillBackground(true);
    banner->setMargin(6);
    QPalette warn = banner->palette();
    QColor tint = StatusDelegate::colorFor(QStringLiteral("rejected"));
    warn.setColor(QPalette::WindowText, tint);
    tint.setAlpha(40);
    warn.setColor(QPalette::Window, tint);
    banner->setPalette(warn);
    banner->hide();
    return banner;
}

int statusColumnWidth(const QWidget *view, const QStringList &statuses, const QString &header)
{
    QFont bold = view->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(bold);
    int widest = QFontMetrics(view->font()).horizontalAdvance(header) + 24;
    for (const QString &s : statuses)
        widest = std::max(widest, fm.horizontalAdvance(StatusDelegate::label(s)) + 36);
    return widest;
}

QTableView *createRecordTable(QAbstractItemModel *model, int statusColumn, const QList<int> &widths,
                              QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setItemDelegateForColumn(statusColumn, new StatusDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    for (int c = 0; c < widths.size(); ++c)
        table->horizontalHeader()->resizeSection(c, widths.at(c));
    return table;
}

QLabel *createEmptyState(QAbstractItemView *view, const QString &accessibleName)
{
    auto *label = new QLabel(view->viewport());
    label->setAccessibleName(accessibleName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *center = new QVBoxLayout(view->viewport());
    center->addWidget(label, 0, Qt::AlignCenter);
    return label;
}

void onRowCountChange(QAbstractItemModel *model, QObject *context, std::function<void()> changed)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, changed);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, changed);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, changed);
}

QSplitter *createTableAndDetails(QWidget *table, QWidget *details, int detailsStretch,
                                 const QList<int> &sizes, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, detailsStretch);
    splitter->setSizes(sizes);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void layOutRecordPanel(QWidget *panel, QWidget *filterBar, QWidget *banner, QWidget *body)
{
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(filterBar);
    layout->addWidget(banner);
    layout->addWidget(body, 1);
}

void addPanelShortcut(QWidget *panel, const QKeySequence &keys, std::function<void()> action)
{
    new QShortcut(keys, panel, panel, std::move(action), Qt::WidgetWithChildrenShortcut);
}

void focusSearchOnFind(QWidget *panel, QLineEdit *search)
{
    addPanelShortcut(panel, QKeySequence::Find, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
}

void confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &action, const QString &cancelName,
                        std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    QPushButton *go = box->addButton(action, QMessageBox::DestructiveRole);
    go->setAccessibleName(action);
    box->button(QMessageBox::Cancel)->setAccessibleName(cancelName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [go, then = std::move(then)](QAbstractButton *clicked) {
                         if (clicked == go)
                             then();
                     });
    box->open();
}

void askForText(QWidget *parent, const TextPrompt &prompt,
                std::function<void(const QString &)> then)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(prompt.title);
    dialog->setAccessibleName(prompt.title);
    auto *intro = new QLabel(prompt.text, dialog);
    intro->setWordWrap(true);
    auto *field = new QLineEdit(prompt.initial, dialog);
    field->setAccessibleName(prompt.fieldName);
    field->setPlaceholderText(prompt.placeholder);
    if (prompt.maxLength > 0)
        field->setMaxLength(prompt.maxLength);
    auto *form = new QFormLayout;
    form->addRow(prompt.fieldLabel, field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    // Not an accept button when destructive: the box would make it the default one (Enter).
    QPushButton *go =
        buttons->addButton(prompt.action, prompt.destructive ? QDialogButtonBox::DestructiveRole
                                                             : QDialogButtonBox::AcceptRole);
    go->setAccessibleName(prompt.action);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(prompt.cancelName);
    if (prompt.destructive) {
        for (QAbstractButton *b : buttons->buttons())
            static_cast<QPushButton *>(b)->setAutoDefault(false);
        QObject::connect(go, &QPushButton::clicked, dialog, &QDialog::accept);
    }
    if (prompt.required) {
        go->setEnabled(!prompt.initial.trimmed().isEmpty());
        QObject::connect(field, &QLineEdit::textChanged, go,
                         [go](const QString &t) { go->setEnabled(!t.trimmed().isEmpty()); });
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::accepted, parent,
                     [field, then = std::move(then)] { then(field->text().trimmed()); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    dialog->open();
    field->selectAll();
    field->setFocus();
}

void reportApiError(QWidget *parent, const QString &title, const QString &what,
                    const ApiResult &result, const QString &accessibleName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, what, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(result.errorText());
    box->setAccessibleName(accessibleName);
    box->open();
}

} // namespace mid::ui
