#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace mid::ui {

// Paints a status word (pending, approved, active, suspended, …) as a coloured pill, so a
// table's state column reads at a glance in light and dark palettes alike.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour that stands for a status word (shared with badges elsewhere).
    static QColor colorFor(const QString &status);
    // The translated, human form of a status word ("pending" → "Pending").
    static QString label(const QString &status);
};

} // namespace mid::ui
