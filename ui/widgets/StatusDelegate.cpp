#include "StatusDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace mid::ui {

QColor StatusDelegate::colorFor(const QString &status)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("pending"), QColor(0xd9, 0x8e, 0x04)},
        {QStringLiteral("scanned"), QColor(0x25, 0x63, 0xeb)},
        {QStringLiteral("approved"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("verified"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("active"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("registered"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("rejected"), QColor(0xdc, 0x26, 0x26)},
        {QStringLiteral("failed"), QColor(0xdc, 0x26, 0x26)},
        {QStringLiteral("blocked"), QColor(0xdc, 0x26, 0x26)},
        {QStringLiteral("suspended"), QColor(0xea, 0x58, 0x0c)},
        {QStringLiteral("expired"), QColor(0x6b, 0x72, 0x80)},
        {QStringLiteral("revoked"), QColor(0x6b, 0x72, 0x80)},
        {QStringLiteral("deregistered"), QColor(0x6b, 0x72, 0x80)},
        // Webhooks: deliveries, endpoints and inbound verdicts.
        {QStringLiteral("delivered"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("retrying"), QColor(0xea, 0x58, 0x0c)},
        {QStringLiteral("held"), QColor(0x7c, 0x3a, 0xed)},
        {QStringLiteral("cancelled"), QColor(0x6b, 0x72, 0x80)},
        {QStringLiteral("paused"), QColor(0xd9, 0x8e, 0x04)},
        {QStringLiteral("disabled"), QColor(0xdc, 0x26, 0x26)},
        {QStringLiteral("not_configured"), QColor(0x6b, 0x72, 0x80)},
        {QStringLiteral("duplicate"), QColor(0x25, 0x63, 0xeb)},
        // Identity reviews (their automatic checks) and signing sessions.
        {QStringLiteral("passed"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("skipped"), QColor(0x6b, 0x72, 0x80)},
        {QStringLiteral("signed"), QColor(0x16, 0xa3, 0x4a)},
    };
    return colors.value(status.toLower(), QColor(0x6b, 0x72, 0x80));
}

QString StatusDelegate::label(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("scanned"), QT_TR_NOOP("Scanned")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("verified"), QT_TR_NOOP("Verified")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("registered"), QT_TR_NOOP("Registered")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("blocked"), QT_TR_NOOP("Blocked")},
        {QStringLiteral("suspended"), QT_TR_NOOP("Suspended")},
        {QStringLiteral("expired"), QT_TR_NOOP("Expired")},
        {QStringLiteral("revoked"), QT_TR_NOOP("Revoked")},
        {QStringLiteral("deregistered"), QT_TR_NOOP("Deregistered")},
        {QStringLiteral("delivered"), QT_TR_NOOP("Delivered")},
        {QStringLiteral("retrying"), QT_TR_NOOP("Retrying")},
        {QStringLiteral("held"), QT_TR_NOOP("Held")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("paused"), QT_TR_NOOP("Paused")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("not_configured"), QT_TR_NOOP("Not configured")},
        {QStringLiteral("duplicate"), QT_TR_NOOP("Duplicate")},
        {QStringLiteral("passed"), QT_TR_NOOP("Passed")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("signed"), QT_TR_NOOP("Signed")},
    };
    const char *name = names.value(status.toLower());
    return name ? tr(name) : status;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString status = index.data(Qt::DisplayRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection, focus
    if (status.isEmpty())
        return;

    const QString text = label(status);
    const QColor color = colorFor(status);
    QFont font = opt.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int h = fm.height() + 4;
    const int w = fm.horizontalAdvance(text) + 18;
    const QRect pill(opt.rect.left() + 6, opt.rect.center().y() - h / 2 + 1, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(40);
    QPainterPath path;
    path.addRoundedRect(pill, h / 2.0, h / 2.0);
    // On a selected row the pill keeps its own background, so its colour still reads.
    if (opt.state & QStyle::State_Selected)
        painter->fillPath(path, opt.palette.color(QPalette::Base));
    painter->fillPath(path, fill);
    painter->setPen(QPen(color, 1));
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(color.lightnessF() > 0.5 ? color.darker(130) : color);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(fm.horizontalAdvance(label(index.data().toString())) + 36);
    s.setHeight(qMax(s.height(), fm.height() + 10));
    return s;
}

} // namespace mid::ui
