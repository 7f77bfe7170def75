#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace mid::ui::phone {

// The pieces the simulated phone's screens are built from, so that every screen has the same
// look: their colours and shapes are in simulator.qss (properties "primary" and "link", and
// object names), their sizes and fonts here.

QLabel *title(const QString &text, QWidget *parent);
QLabel *hint(const QString &text, QWidget *parent);
// Hidden until showError() gives it a message; `name` is its accessible name.
QLabel *errorLabel(const QString &name, QWidget *parent);
// Shows `message` under a field; an empty message hides the label.
void showError(QLabel *label, const QString &message);
QPushButton *primaryButton(const QString &text, QWidget *parent);
QPushButton *linkButton(const QString &text, QWidget *parent);

} // namespace mid::ui::phone
