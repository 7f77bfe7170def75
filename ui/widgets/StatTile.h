#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace mid::ui {

// A small card for one headline figure: a caption ("Pending consents"), the figure in large
// type, and a line of context under it. The accessible name is the caption and the
// accessible description carries the figure, so a screen reader reads the whole card.
class StatTile : public QFrame
{
    Q_OBJECT
public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setSubCaption(const QString &text);
    QString value() const;
    QString subCaption() const;
    QString caption() const;

    // A count or rate in the user's locale, always with digit grouping ("1,234,567"), even
    // in the C locale that omits it by default.
    static QString formatNumber(double value, int decimals = 0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    void applyFonts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_sub;
};

} // namespace mid::ui
