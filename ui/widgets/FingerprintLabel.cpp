#include "FingerprintLabel.h"

#include <QFontDatabase>

namespace mid::ui {

namespace {
constexpr qsizetype kPairsPerLine = 16;
constexpr qsizetype kPairWidth = 3; // "AB:"
} // namespace

FingerprintLabel::FingerprintLabel(const QString &accessibleName, QWidget *parent) : QLabel(parent)
{
    setAccessibleName(accessibleName);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
}

void FingerprintLabel::setFingerprint(const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    setText(inTwoLines(fingerprint));
}

QString FingerprintLabel::inTwoLines(const QString &fingerprint)
{
    const qsizetype split = kPairsPerLine * kPairWidth;
    if (fingerprint.size() <= split)
        return fingerprint;
    return fingerprint.left(split) + QLatin1Char('\n') + fingerprint.mid(split);
}

} // namespace mid::ui
