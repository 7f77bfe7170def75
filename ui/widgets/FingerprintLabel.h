#pragma once

#include <QLabel>

namespace mid::ui {

// A certificate's SHA-256 fingerprint as operators compare it by eye: fixed-width, selectable,
// and in two lines of 16 pairs ("AB:CD:…:EF:" / "01:23:…") so that both halves line up with
// the same fingerprint shown on another screen. Removing the line break gives the text back.
class FingerprintLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FingerprintLabel(const QString &accessibleName, QWidget *parent = nullptr);

    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return m_fingerprint; }

    static QString inTwoLines(const QString &fingerprint);

private:
    QString m_fingerprint;
};

} // namespace mid::ui
