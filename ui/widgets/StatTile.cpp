#include "StatTile.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mid::ui {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)),
      m_value(new QLabel(QStringLiteral("—"), this)), m_sub(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumWidth(150);
    // Secondary text in the palette's subdued colour: it follows light and dark palettes.
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_sub->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sub->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_sub);
    applyFonts();
    setAccessibleName(caption);
    updateAccessibleText();
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
    updateAccessibleText();
}

void StatTile::setSubCaption(const QString &text)
{
    m_sub->setText(text);
    updateAccessibleText();
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::subCaption() const
{
    return m_sub->text();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

QString StatTile::formatNumber(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void StatTile::applyFonts()
{
    const QFont base = font();
    // Sizes relative to the widget's font, so the tile follows the user's font settings.
    auto scaled = [&base](double factor, QFont::Weight weight) {
        QFont f = base;
        if (base.pointSizeF() > 0)
            f.setPointSizeF(base.pointSizeF() * factor);
        else
            f.setPixelSize(qRound(base.pixelSize() * factor));
        f.setWeight(weight);
        return f;
    };
    m_caption->setFont(scaled(1.0, QFont::DemiBold));
    m_value->setFont(scaled(1.9, QFont::DemiBold));
    m_sub->setFont(scaled(0.9, base.weight()));
}

void StatTile::updateAccessibleText()
{
    const QString sub = m_sub->text();
    setAccessibleDescription(sub.isEmpty() ? m_value->text()
                                           : tr("%1, %2").arg(m_value->text(), sub));
}

} // namespace mid::ui
