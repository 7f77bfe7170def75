#include "PhoneWidgets.h"

#include "widgets/StatusDelegate.h"

#include <QLabel>
#include <QPushButton>

namespace mid::ui::phone {

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(name);
    label->setWordWrap(true);
    // The status colour of the console's tables, which the stylesheet cannot reach.
    label->setStyleSheet(QStringLiteral("color: %1;")
                             .arg(StatusDelegate::colorFor(QStringLiteral("rejected")).name()));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QPushButton *primaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    button->setProperty("primary", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setMinimumHeight(40);
    return button;
}

QPushButton *linkButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    button->setProperty("link", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setFlat(true);
    return button;
}

} // namespace mid::ui::phone
