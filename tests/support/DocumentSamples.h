#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace mid::test {

// Real files and zones for the identity and signing tests.
namespace DocumentSamples {
// A PNG (a small passport-like picture) and a JPEG, encoded by Qt's own image writers.
QByteArray png(int width = 64, int height = 48);
QByteArray jpeg();
// A one-page PDF (PDF 1.4) with a line of text.
QByteArray pdf(const QString &text = QStringLiteral("Direct debit mandate"));
// ICAO 9303's own worked TD3 example (Anna Maria Eriksson of Utopia, expired in 2012).
QString icaoMrz();
// The same person with the same document number, expiring on `expiry` (every check digit
// computed), so that a verification can pass its expiry check.
QString mrzExpiring(const QDate &expiry);
// multipart/form-data with `parts` (name, filename or empty, content type or empty, body);
// sets *contentType to the header value with the boundary.
struct Part
{
    QByteArray name;
    QByteArray filename;
    QByteArray contentType;
    QByteArray body;
};
QByteArray multipart(const QList<Part> &parts, QByteArray *contentType,
                     const QByteArray &boundary = "mid-test-boundary-7d1f");
} // namespace DocumentSamples

} // namespace mid::test
