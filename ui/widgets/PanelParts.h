#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>

class QAbstractItemModel;
class QComboBox;
class QKeySequence;
class QGridLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QObject;
class QSplitter;
class QStackedWidget;
class QAbstractItemView;
class QTableView;
class QWidget;

namespace mid {
struct ApiResult;
}

namespace mid::ui {

class ClientDirectory;

// Pieces the record panels (consents, devices, clients) build alike. Every visible text comes
// from the caller, translated in the caller's own context.

// A bold heading over one section of a details pane.
QLabel *createSectionTitle(const QString &title, QWidget *parent);

// Refills a client filter (its first item is "all") with the clients by name, keeping the
// selection without signalling a change. False when the client it was filtered to is gone:
// the caller then filters again.
bool refillClientFilter(QComboBox *combo, const ClientDirectory &clients);

// A details-pane value: selectable, wrapping, named for screen readers.
QLabel *createValueLabel(QWidget *parent, const QString &accessibleName);

// A details pane's heading (the record's name or id, in larger type), selectable.
QLabel *createHeading(QWidget *parent, const QString &objectName, const QString &accessibleName);

// A status word as a small coloured pill beside a heading (the tables' StatusDelegate, as a
// label): created empty, then set with setStatusPill(); an empty status hides it.
QLabel *createStatusPill(QWidget *parent, const QString &objectName, const QString &accessibleName);
void setStatusPill(QLabel *pill, const QString &status);

// A details pane: `placeholderText` until something is selected (page 0), then `content` in a
// scroll area (page 1). Its parts are named `name` + "Stack", "Scroll" and "Placeholder".
QStackedWidget *createDetailsStack(QWidget *content, const QString &placeholderText,
                                   const QString &name, QWidget *parent);

// A details pane's "Label: value" rows, some hidden when a record lacks them. A grid, not a
// QFormLayout: in Qt 6.4 QFormLayout writes out of bounds in heightForWidth once rows with
// word-wrapped values are hidden (valgrind: invalid writes; random crashes in GUI tests).
// One row of a details pane: the record's key and its label (marked QT_TRANSLATE_NOOP).
struct DetailField
{
    const char *key;
    const char *label;
};
QGridLayout *createDetailsGrid();
void addDetailsRow(QGridLayout *grid, const QString &label, QWidget *field);
void addDetailsRow(QGridLayout *grid, const QString &label, QLayout *field);
void showDetailsRow(QGridLayout *grid, int row, bool shown);

// The hidden, red-tinted line above a table that says what failed to load.
QLabel *createErrorBanner(QWidget *parent, const QString &accessibleName);

// Wide enough for the widest pill of these status words (in the current language) and for
// the column's header.
int statusColumnWidth(const QWidget *view, const QStringList &statuses, const QString &header);
template <std::size_t N>
int statusColumnWidth(const QWidget *view, const char *const (&statuses)[N], const QString &header)
{
    QStringList words;
    for (const char *s : statuses)
        words << QLatin1String(s);
    return statusColumnWidth(view, words, header);
}

// A read-only, sortable, single-row-selection table of records with compact rows, its
// status column drawn as pills and its columns `widths` wide.
QTableView *createRecordTable(QAbstractItemModel *model, int statusColumn, const QList<int> &widths,
                              QWidget *parent);

// The message centred on an empty table or list ("Loading…", "No … yet").
QLabel *createEmptyState(QAbstractItemView *view, const QString &accessibleName);

// Calls `changed` whenever rows of `model` come, go or are reset (to show the empty state).
void onRowCountChange(QAbstractItemModel *model, QObject *context, std::function<void()> changed);

// The table beside its details pane; the table takes 3 parts of the width to the details'
// `detailsStretch`, and neither can be collapsed.
QSplitter *createTableAndDetails(QWidget *table, QWidget *details, int detailsStretch,
                                 const QList<int> &sizes, QWidget *parent);

// Stacks a record panel: its filter bar, the error banner under it, and the rest (the table
// and its details) taking all the height left.
void layOutRecordPanel(QWidget *panel, QWidget *filterBar, QWidget *banner, QWidget *body);

// A key that works while focus is anywhere inside `panel`, not on other sidebar pages.
void addPanelShortcut(QWidget *panel, const QKeySequence &keys, std::function<void()> action);

// Find (Ctrl+F) anywhere inside `panel` moves to its search field, text selected.
void focusSearchOnFind(QWidget *panel, QLineEdit *search);

// Asks before something that cannot be undone: Cancel is the default (Enter must not destroy
// anything) and the escape; `then` runs only when `action` is clicked.
void confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &action, const QString &cancelName,
                        std::function<void()> then);

// A line of text asked for before an action: a reason, a new name.
struct TextPrompt
{
    QString title;      // also the dialog's accessible name
    QString text;       // what the action does
    QString fieldLabel; // with its mnemonic ("&Reason:")
    QString fieldName;  // the field's accessible name
    QString placeholder;
    QString initial;
    QString action; // the button that goes ahead
    QString cancelName;
    int maxLength = 0;        // 0: no limit
    bool required = false;    // the action needs some text
    bool destructive = false; // Enter does nothing: only a click or Space on `action` acts
};
// Asks for it in a window-modal dialog; `then` runs with the trimmed text when `action` is
// clicked.
void askForText(QWidget *parent, const TextPrompt &prompt,
                std::function<void(const QString &)> then);

// Says that `what` failed, with the server's answer as the detail.
void reportApiError(QWidget *parent, const QString &title, const QString &what,
                    const ApiResult &result, const QString &accessibleName);

} // namespace mid::ui
