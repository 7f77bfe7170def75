#include "PhoneFrame.h"

#include <QPainter>
#include <QPainterPath>
#include <QTime>
#include <QVBoxLayout>

namespace mid::ui {

PhoneFrame::PhoneFrame(QWidget *screen, QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBezel + 2, kBezel + kStatusBar, kBezel + 2, kBezel + 14);
    layout->addWidget(screen);
    screen->setAutoFillBackground(false);
}

QRect PhoneFrame::screenRect() const
{
    return rect().adjusted(kBezel, kBezel, -kBezel, -kBezel);
}

void PhoneFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF body = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;

    // Bezel: near-black, with a light rim so it stands out on a dark window too.
    QPainterPath bezel;
    bezel.addRoundedRect(body, 44, 44);
    p.fillPath(bezel, QColor(0x0f, 0x11, 0x14));
    p.setPen(QPen(dark ? QColor(0x4b, 0x52, 0x5c) : QColor(0x2b, 0x30, 0x37), 2));
    p.drawPath(bezel);
    p.setPen(Qt::NoPen);

    // Screen.
    const QRectF screen = QRectF(screenRect());
    QPainterPath glass;
    glass.addRoundedRect(screen, 34, 34);
    p.fillPath(glass, palette().color(QPalette::Base));

    // Camera island and status bar.
    const QRectF island(screen.center().x() - 46, screen.top() + 8, 92, 22);
    p.setBrush(QColor(0x0f, 0x11, 0x14));
    p.drawRoundedRect(island, 11, 11);
    QFont font = p.font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    p.setFont(font);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF bar(screen.left() + 28, screen.top() + 8, screen.width() - 56, 22);
    p.drawText(bar, Qt::AlignLeft | Qt::AlignVCenter,
               QTime::currentTime().toString(QStringLiteral("HH:mm")));
    // Signal bars and a battery, right-aligned.
    const qreal right = bar.right();
    const qreal base = bar.center().y() + 5;
    p.setBrush(palette().color(QPalette::WindowText));
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 4; ++i)
        p.drawRoundedRect(QRectF(right - 52 + i * 5, base - 3 - i * 2.5, 3, 3 + i * 2.5), 1, 1);
    p.setPen(QPen(palette().color(QPalette::WindowText), 1.2));
    p.setBrush(Qt::NoBrush);
    const QRectF battery(right - 24, base - 10, 21, 10);
    p.drawRoundedRect(battery, 2.5, 2.5);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::WindowText));
    p.drawRoundedRect(battery.adjusted(2, 2, -5, -2), 1, 1);
    p.drawRect(QRectF(battery.right() + 1, battery.center().y() - 2, 1.5, 4));

    // Home indicator.
    p.setBrush(palette().color(QPalette::WindowText));
    p.drawRoundedRect(QRectF(screen.center().x() - 54, screen.bottom() - 10, 108, 4), 2, 2);
}

} // namespace mid::ui
