#pragma once

#include <QWidget>

namespace mid::ui {

// A drawn phone: bezel, camera notch and a status bar, with one widget as its screen. The
// screen follows the console's light or dark palette; the bezel stays a phone's.
class PhoneFrame : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneFrame(QWidget *screen, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {372, 760}; }
    QSize minimumSizeHint() const override { return {340, 620}; }
    QRect screenRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int kBezel = 12;
    static constexpr int kStatusBar = 30;
};

} // namespace mid::ui
