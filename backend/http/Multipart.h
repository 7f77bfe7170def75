#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace mid {

// What one multipart/form-data body may hold. The defaults fit one 10 MiB document beside a
// few small text fields.
struct MultipartLimits
{
    qsizetype maxParts = 8;
    qsizetype maxHeaderBytes = 8192; // per part: its boundary line's padding and its head
    qsizetype maxPartBytes = 10 * 1024 * 1024;
    qsizetype maxTotalBytes = 10 * 1024 * 1024 + 64 * 1024; // the whole body, preamble included
};

struct MultipartPart
{
    QByteArray name;        // Content-Disposition's name, escapes undone
    QByteArray filename;    // empty when the part carries none
    QByteArray contentType; // as the sender declared it (trimmed); never trusted for the type
    QByteArray body;

    friend bool operator==(const MultipartPart &, const MultipartPart &) = default;
};

// A streaming multipart/form-data reader (RFC 7578 over RFC 2046), bounded by MultipartLimits:
// it holds the parts read so far and, pending, at most a part head or a delimiter's length.
// Strict on purpose, so that no other reader of the same bytes can see other fields: a line
// that starts with the delimiter but is not one, a folded or malformed header line, a nested
// multipart part, a repeated field name or a body that does not close are refused. The error
// names the problem in plain words; after one, the parser keeps nothing and accepts no more.
class MultipartParser
{
public:
    // The boundary parameter of a `multipart/form-data; boundary=…` Content-Type (quoted or
    // not; 1 to 70 of RFC 2046's bchars, not ending in a space); nullopt with *error set when
    // the type is another or the boundary is missing or invalid.
    static std::optional<QByteArray> boundaryOf(QByteArrayView contentType, QString *error);

    // `boundary` as boundaryOf gives it; an invalid one leaves the parser failed.
    explicit MultipartParser(const QByteArray &boundary, MultipartLimits limits = {});

    // Reads the next piece of the body; any cutting of it gives the same result. False once
    // the body is refused (error() says why).
    bool feed(QByteArrayView chunk);
    // The body has ended: true only when the closing delimiter was read.
    bool finish();

    bool failed() const { return m_state == State::Failed; }
    QString error() const { return m_error; }
    // The parts whose closing delimiter was read; all of them after a successful finish().
    const QList<MultipartPart> &parts() const { return m_parts; }

private:
    enum class State
    {
        Preamble,
        AfterBoundary, // "--" closes the body; transport padding and CRLF open a part
        Head,
        Body,
        Epilogue,
        Failed,
    };

    qsizetype consume(QByteArrayView input);
    qsizetype step(QByteArrayView input);
    qsizetype readPreamble(QByteArrayView input);
    qsizetype readAfterBoundary(QByteArrayView input);
    qsizetype readHead(QByteArrayView input);
    qsizetype readBody(QByteArrayView input);
    bool openHead();
    bool startPart(QByteArrayView head);
    bool checkPartName();
    QString partLabel() const;
    bool fail(const QString &why);
    bool failHeadTooLarge();

    QByteArray m_dashBoundary; // "--" boundary
    QByteArray m_delimiter;    // CRLF "--" boundary
    MultipartLimits m_limits;
    State m_state = State::Preamble;
    QByteArray m_pending;      // bytes read but not yet consumed (less than a head or delimiter)
    qsizetype m_total = 0;     // bytes fed
    qsizetype m_headBytes = 0; // of the current part's padding and head
    qsizetype m_searched = 0;  // of m_pending already searched for the head's end
    bool m_atBodyStart = true; // the first delimiter may come without its CRLF
    MultipartPart m_current;
    QList<MultipartPart> m_parts;
    QString m_error;
};

// The whole body at once: the parts, or nullopt with *error set.
std::optional<QList<MultipartPart>> parseMultipart(QByteArrayView contentType, QByteArrayView body,
                                                   QString *error, MultipartLimits limits = {});

} // namespace mid
