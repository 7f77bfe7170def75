#include "QrView.h"

#include "widgets/StatusDelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace mid::ui {

namespace {

// The card stays white in every palette: a QR code needs dark modules on a light ground.
const QColor kCard(Qt::white);
constexpr int kMargin = 8;          // around the card, in widget pixels
constexpr double kQuietZone = 0.08; // of the card's side, on each edge

bool looksLikeSvg(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(256).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg");
}

// The state's symbol drawn as strokes, so it does not depend on the font having a glyph:
// ✓ approved, ✗ rejected, a phone when scanned, a bar when the session lapsed.
void drawMark(QPainter &painter, const QRectF &circle, const QString &state)
{
    QPainterPath mark;
    const QPointF c = circle.center();
    const double r = circle.width() / 2;
    if (state == QLatin1String("approved")) {
        mark.moveTo(c + QPointF(-0.45 * r, 0.02 * r));
        mark.lineTo(c + QPointF(-0.12 * r, 0.35 * r));
        mark.lineTo(c + QPointF(0.48 * r, -0.32 * r));
    } else if (state == QLatin1String("rejected")) {
        mark.moveTo(c + QPointF(-0.35 * r, -0.35 * r));
        mark.lineTo(c + QPointF(0.35 * r, 0.35 * r));
        mark.moveTo(c + QPointF(0.35 * r, -0.35 * r));
        mark.lineTo(c + QPointF(-0.35 * r, 0.35 * r));
    } else if (state == QLatin1String("scanned")) {
        mark.addRoundedRect(QRectF(c.x() - 0.28 * r, c.y() - 0.5 * r, 0.56 * r, r), 0.1 * r,
                            0.1 * r);
        mark.moveTo(c + QPointF(-0.08 * r, 0.36 * r));
        mark.lineTo(c + QPointF(0.08 * r, 0.36 * r));
    } else {
        mark.moveTo(c + QPointF(-0.45 * r, 0));
        mark.lineTo(c + QPointF(0.45 * r, 0));
    }
    painter.setPen(QPen(kCard, r * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mark);
}

} // namespace

QrView::QrView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("QR code"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QrView::~QrView() = default;

bool QrView::setImageData(const QByteArray &bytes)
{
    clear();
    if (looksLikeSvg(bytes)) {
        auto renderer = std::make_unique<QSvgRenderer>(bytes);
        if (renderer->isValid())
            m_svg = std::move(renderer);
    } else {
        m_png = QImage::fromData(bytes);
    }
    update();
    return hasImage();
}

void QrView::clear()
{
    m_png = QImage();
    m_svg.reset();
    m_svgCache = QImage();
    update();
}

bool QrView::hasImage() const
{
    return !m_png.isNull() || m_svg != nullptr;
}

void QrView::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    setAccessibleDescription(state.isEmpty() ? QString() : StatusDelegate::label(state));
    update();
}

void QrView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize QrView::sizeHint() const
{
    return {420, 420};
}

QSize QrView::minimumSizeHint() const
{
    return {200, 200};
}

QRect QrView::cardRect() const
{
    const int side = qMax(0, qMin(width(), height()) - 2 * kMargin);
    QRect card(0, 0, side, side);
    card.moveCenter(rect().center());
    return card;
}

void QrView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect card = cardRect();
    if (!hasImage() || card.width() < 40) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(card, card.width() * 0.03, card.width() * 0.03);
    painter.fillPath(path, kCard);

    const int quiet = qRound(card.width() * kQuietZone);
    paintCode(painter, card.adjusted(quiet, quiet, -quiet, -quiet));
    paintOverlay(painter, card);
    paintCaption(painter, card);
}

void QrView::paintCode(QPainter &painter, const QRect &area)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // nearest neighbour
    int side = area.width();
    const QImage &image = m_svg ? svgAt(side) : m_png;
    // A whole number of screen pixels per image pixel keeps every module the same size.
    if (!m_svg && image.width() > 0 && side >= image.width())
        side = side / image.width() * image.width();
    QRect target(0, 0, side, side);
    target.moveCenter(area.center());
    painter.drawImage(target, image);
    painter.restore();
}

const QImage &QrView::svgAt(int side)
{
    if (m_svgCache.width() != side) {
        m_svgCache = QImage(side, side, QImage::Format_RGB32);
        m_svgCache.fill(kCard);
        QPainter p(&m_svgCache);
        p.setRenderHint(QPainter::Antialiasing, false); // crisp module edges
        m_svg->render(&p, QRectF(0, 0, side, side));
    }
    return m_svgCache;
}

void QrView::paintOverlay(QPainter &painter, const QRect &card) const
{
    if (m_state.isEmpty() || m_state == QLatin1String("pending"))
        return;
    const bool decided = m_state != QLatin1String("scanned");
    // A veil over the code: light when scanned (the code still shows), heavy once decided.
    QColor veil = kCard;
    veil.setAlpha(decided ? 225 : 170);
    QPainterPath path;
    path.addRoundedRect(card, card.width() * 0.03, card.width() * 0.03);
    painter.fillPath(path, veil);

    const QColor color = StatusDelegate::colorFor(m_state);
    const double r = card.width() * 0.16;
    const QRectF circle(card.center().x() - r, card.center().y() - r * 1.35, 2 * r, 2 * r);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(circle);
    drawMark(painter, circle, m_state);

    QFont big = font();
    big.setPixelSize(qMax(12, int(card.width() * 0.085)));
    big.setWeight(QFont::Bold);
    painter.setFont(big);
    painter.setPen(color.darker(115));
    const QRectF label(card.left(), circle.bottom() + r * 0.2, card.width(), r * 0.9);
    painter.drawText(label, Qt::AlignCenter, StatusDelegate::label(m_state));
}

void QrView::paintCaption(QPainter &painter, const QRect &card) const
{
    QString caption;
    if (m_state == QLatin1String("pending"))
        caption = tr("Waiting for scan…");
    else if (m_state == QLatin1String("scanned"))
        caption = tr("The phone opened the page");
    if (caption.isEmpty())
        return;
    const int quiet = qRound(card.width() * kQuietZone);
    QFont small = font();
    small.setPixelSize(qMax(9, int(quiet * 0.5)));
    painter.setFont(small);
    painter.setPen(QColor(0x4b, 0x55, 0x63)); // dark grey: readable on the white card
    painter.drawText(QRect(card.left(), card.bottom() - quiet, card.width(), quiet),
                     Qt::AlignCenter, caption);
}

} // namespace mid::ui
