#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QWidget>

#include <memory>

class QSvgRenderer;

namespace mid::ui {

// Shows a QR code as large as the widget allows and sharp enough for a phone across a room:
// square, centred, on a white card with a quiet zone (white even in a dark palette, or
// cameras cannot read it), PNG modules scaled nearest-neighbour, SVG rendered at the exact
// size. Over it a big overlay tells the session's state: waiting, scanned, approved ✓,
// rejected ✗, expired or revoked.
class QrView : public QWidget
{
    Q_OBJECT
public:
    explicit QrView(QWidget *parent = nullptr);
    ~QrView() override;

    // PNG or SVG bytes (told apart by content); false when they are neither.
    bool setImageData(const QByteArray &bytes);
    void clear();
    bool hasImage() const;

    // A status word (pending, scanned, approved, rejected, expired, revoked) or empty.
    void setState(const QString &state);
    QString state() const { return m_state; }
    // Text shown instead of a code while there is none (loading, nothing picked, an error).
    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect cardRect() const;
    void paintCode(QPainter &painter, const QRect &area);
    void paintOverlay(QPainter &painter, const QRect &card) const;
    void paintCaption(QPainter &painter, const QRect &card) const;
    const QImage &svgAt(int side);

    QImage m_png;
    std::unique_ptr<QSvgRenderer> m_svg;
    QImage m_svgCache; // the SVG rendered at the last size painted
    QString m_state;
    QString m_placeholder;
};

} // namespace mid::ui
