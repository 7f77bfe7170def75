#include "Multipart.h"

#include <utility>

namespace mid {

namespace {

constexpr qsizetype kMaxBoundary = 70; // RFC 2046 §5.1.1
constexpr qsizetype kMaxShownName = 40;

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedView(QByteArrayView v)
{
    while (!v.isEmpty() && isOws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isOws(v.back()))
        v.chop(1);
    return v;
}

qsizetype skipOws(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isOws(text.at(at)))
        ++at;
    return at;
}

// A field name as an error message may show it: sender-chosen bytes, so only printable ASCII,
// and not much of it.
QString shown(QByteArrayView name)
{
    QString out;
    for (const char c : name.first(qMin(name.size(), kMaxShownName)))
        out += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?');
    if (name.size() > kMaxShownName)
        out += QStringLiteral("...");
    return out;
}

// A header value split into its leading value and its `; name=value` parameters (names
// lowercased, quoted strings unescaped). Parameter values may be quoted strings or bare runs
// up to the next ';' or space; a parameter given twice is refused, since two readers could
// each take another one.
struct HeaderValue
{
    QByteArrayView value;
    QList<std::pair<QByteArray, QByteArray>> parameters;

    std::optional<QByteArray> parameter(QByteArrayView name) const
    {
        for (const auto &[key, v] : parameters) {
            if (key == name)
                return v;
        }
        return std::nullopt;
    }
};

// The quoted string that starts at text[*at] == '"' with its backslash escapes undone; *at
// moves past its closing quote. nullopt when it does not close.
std::optional<QByteArray> readQuoted(QByteArrayView text, qsizetype *at)
{
    QByteArray out;
    for (qsizetype i = *at + 1; i < text.size(); ++i) {
        char c = text.at(i);
        if (c == '"') {
            *at = i + 1;
            return out;
        }
        if (c == '\\') {
            if (++i == text.size())
                break;
            c = text.at(i);
        }
        out += c;
    }
    return std::nullopt;
}

std::optional<QByteArray> readParameterValue(QByteArrayView text, qsizetype *at)
{
    if (*at < text.size() && text.at(*at) == '"')
        return readQuoted(text, at);
    const qsizetype start = *at;
    while (*at < text.size() && text.at(*at) != ';' && !isOws(text.at(*at))) {
        if (text.at(*at) == '"')
            return std::nullopt;
        ++*at;
    }
    if (*at == start)
        return std::nullopt;
    return text.sliced(start, *at - start).toByteArray();
}

std::optional<HeaderValue> parseHeaderValue(QByteArrayView text, QString *why)
{
    HeaderValue out;
    qsizetype at = text.indexOf(';');
    out.value = trimmedView(at < 0 ? text : text.first(at));
    while (at >= 0 && at < text.size()) {
        at = skipOws(text, at + 1); // past the ';'
        if (at == text.size())
            break; // a trailing ';'
        const qsizetype nameStart = at;
        while (at < text.size() && text.at(at) != '=' && text.at(at) != ';' && !isOws(text.at(at)))
            ++at;
        const QByteArray name = text.sliced(nameStart, at - nameStart).toByteArray().toLower();
        at = skipOws(text, at);
        if (name.isEmpty() || at == text.size() || text.at(at) != '=') {
            *why = QStringLiteral("a parameter has no name or no '='");
            return std::nullopt;
        }
        at = skipOws(text, at + 1);
        const std::optional<QByteArray> value = readParameterValue(text, &at);
        at = skipOws(text, at);
        if (!value || (at < text.size() && text.at(at) != ';')) {
            *why = QStringLiteral("the value of parameter '%1' is malformed").arg(shown(name));
            return std::nullopt;
        }
        if (out.parameter(name)) {
            *why = QStringLiteral("parameter '%1' appears twice").arg(shown(name));
            return std::nullopt;
        }
        out.parameters.append({name, *value});
    }
    return out;
}

bool isBoundaryChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           QByteArrayView("'()+_,-./:=? ").contains(c);
}

// What is wrong with a boundary (RFC 2046 §5.1.1), empty when nothing is.
QString boundaryProblem(QByteArrayView boundary)
{
    if (boundary.isEmpty())
        return QStringLiteral("the boundary is empty");
    if (boundary.size() > kMaxBoundary)
        return QStringLiteral("the boundary is longer than %1 characters").arg(kMaxBoundary);
    for (const char c : boundary) {
        if (!isBoundaryChar(c))
            return QStringLiteral("the boundary has a character RFC 2046 does not allow");
    }
    if (boundary.back() == ' ')
        return QStringLiteral("the boundary ends with a space");
    return {};
}

// QByteArray::append's geometric growth, but never past `limit` (the body's allowed size), so a
// part read in many pieces holds no more than a whole one.
void appendBounded(QByteArray *to, QByteArrayView bytes, qsizetype limit)
{
    const qsizetype needed = to->size() + bytes.size();
    if (needed > to->capacity())
        to->reserve(qMin(qMax(needed, 2 * to->capacity()), limit));
    to->append(bytes);
}

std::nullopt_t refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> MultipartParser::boundaryOf(QByteArrayView contentType, QString *error)
{
    QString why;
    const std::optional<HeaderValue> type = parseHeaderValue(contentType, &why);
    if (!type)
        return refuse(error, QStringLiteral("the Content-Type is malformed: ") + why);
    if (type->value.compare("multipart/form-data", Qt::CaseInsensitive) != 0)
        return refuse(error, QStringLiteral("the Content-Type is not multipart/form-data"));
    const std::optional<QByteArray> boundary = type->parameter("boundary");
    if (!boundary)
        return refuse(error, QStringLiteral("the Content-Type has no boundary parameter"));
    why = boundaryProblem(*boundary);
    if (!why.isEmpty())
        return refuse(error, why);
    return boundary;
}

MultipartParser::MultipartParser(const QByteArray &boundary, MultipartLimits limits)
    : m_dashBoundary("--" + boundary), m_delimiter("\r\n--" + boundary), m_limits(limits)
{
    const QString problem = boundaryProblem(boundary);
    if (!problem.isEmpty())
        fail(problem);
}

bool MultipartParser::feed(QByteArrayView chunk)
{
    if (failed())
        return false;
    // Only the bytes within the limit are read, so that an error inside them is the one
    // reported, whatever the cutting of the body.
    const qsizetype room = m_limits.maxTotalBytes - m_total;
    const bool over = chunk.size() > room;
    const QByteArrayView allowed = over ? chunk.first(qMax<qsizetype>(room, 0)) : chunk;
    m_total += allowed.size();
    if (m_pending.isEmpty()) {
        // The common case of a whole body: read in place, keep only what is left.
        const qsizetype used = consume(allowed);
        if (!failed())
            m_pending = allowed.sliced(used).toByteArray();
    } else {
        m_pending.append(allowed);
        m_pending.remove(0, consume(m_pending));
    }
    if (over && !failed())
        fail(QStringLiteral("the body exceeds %1 bytes").arg(m_limits.maxTotalBytes));
    if (failed())
        m_pending = {};
    return !failed();
}

bool MultipartParser::finish()
{
    m_pending = {};
    switch (m_state) {
    case State::Epilogue:
        return true;
    case State::Failed:
        return false;
    case State::Preamble:
        return fail(QStringLiteral("the body has no boundary line"));
    case State::Body:
        return fail(QStringLiteral("the body ends before the closing boundary (inside part '%1')")
                        .arg(shown(m_current.name)));
    default:
        return fail(QStringLiteral("the body ends before the closing boundary"));
    }
}

// Reads as much of `input` as can be decided; returns how many bytes were consumed. Every state
// change consumes at least one byte, so this ends.
qsizetype MultipartParser::consume(QByteArrayView input)
{
    qsizetype used = 0;
    for (qsizetype n = 1; n > 0 && !failed(); used += n)
        n = step(input.sliced(used));
    return used;
}

qsizetype MultipartParser::step(QByteArrayView input)
{
    switch (m_state) {
    case State::Preamble:
        return readPreamble(input);
    case State::AfterBoundary:
        return readAfterBoundary(input);
    case State::Head:
        return readHead(input);
    case State::Body:
        return readBody(input);
    case State::Epilogue:
        return input.size();
    case State::Failed:
        break;
    }
    return 0;
}

qsizetype MultipartParser::readPreamble(QByteArrayView input)
{
    if (m_atBodyStart) {
        if (input.size() < m_dashBoundary.size() &&
            QByteArrayView(m_dashBoundary).startsWith(input))
            return 0;
        m_atBodyStart = false;
        if (input.startsWith(m_dashBoundary)) {
            m_state = State::AfterBoundary;
            return m_dashBoundary.size();
        }
    }
    const qsizetype at = input.indexOf(m_delimiter);
    if (at >= 0) {
        m_state = State::AfterBoundary;
        return at + m_delimiter.size();
    }
    // The preamble is ignored, but for the bytes that may begin the delimiter.
    return qMax<qsizetype>(0, input.size() - (m_delimiter.size() - 1));
}

qsizetype MultipartParser::readAfterBoundary(QByteArrayView input)
{
    // A boundary is followed by "--" (the close), or by transport padding and CRLF (a part).
    const qsizetype padding = skipOws(input, 0);
    m_headBytes += padding;
    if (m_headBytes > m_limits.maxHeaderBytes)
        return failHeadTooLarge();
    const QByteArrayView rest = input.sliced(padding);
    const bool closes = m_headBytes == 0 && rest.startsWith('-'); // no padding, in any read
    const QByteArrayView expected = closes ? "--" : "\r\n";
    if (!expected.startsWith(rest.first(qMin<qsizetype>(rest.size(), 2))))
        return fail(QStringLiteral("a line starts with the boundary but is not a delimiter"));
    if (rest.size() < 2)
        return padding; // the padding is read; what ends the line has not come yet
    if (closes) {
        m_state = State::Epilogue;
        return 2;
    }
    return openHead() ? padding + 2 : 0;
}

// A delimiter line has been read: the next part's head follows.
bool MultipartParser::openHead()
{
    if (m_parts.size() >= m_limits.maxParts)
        return fail(QStringLiteral("the body has more than %1 parts").arg(m_limits.maxParts));
    m_state = State::Head;
    m_searched = 0;
    return true;
}

qsizetype MultipartParser::readHead(QByteArrayView input)
{
    // A head with no header lines is its empty line alone.
    const bool bare = input.startsWith("\r\n");
    const qsizetype end = bare ? 0 : input.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_searched - 3));
    const qsizetype length = bare ? 2 : end + 4;
    if (end < 0)
        m_searched = input.size();
    if (m_headBytes + (end < 0 ? input.size() : length) > m_limits.maxHeaderBytes)
        return failHeadTooLarge();
    if (end < 0 || !startPart(input.first(end)))
        return 0;
    m_state = State::Body;
    return length;
}

qsizetype MultipartParser::readBody(QByteArrayView input)
{
    const qsizetype at = input.indexOf(m_delimiter);
    // Without a delimiter, all is body but for the bytes that may begin one.
    const qsizetype body =
        at >= 0 ? at : qMax<qsizetype>(0, input.size() - (m_delimiter.size() - 1));
    if (m_current.body.size() + body > m_limits.maxPartBytes) {
        return fail(QStringLiteral("part '%1' exceeds %2 bytes")
                        .arg(shown(m_current.name))
                        .arg(m_limits.maxPartBytes));
    }
    appendBounded(&m_current.body, input.first(body), m_limits.maxPartBytes);
    if (at < 0)
        return body;
    m_parts.append(std::exchange(m_current, {}));
    m_state = State::AfterBoundary;
    m_headBytes = 0;
    return at + m_delimiter.size();
}

// Reads the header lines of the part that starts; false (failed) when one is refused.
bool MultipartParser::startPart(QByteArrayView head)
{
    std::optional<QByteArrayView> disposition;
    std::optional<QByteArrayView> type;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(start, end - start);
        start = end + 2;
        if (line.contains('\0') || line.contains('\r') || line.contains('\n'))
            return fail(partLabel() + QStringLiteral(" has a NUL, CR or LF inside a header line"));
        if (line.isEmpty() || isOws(line.front()))
            return fail(partLabel() + QStringLiteral(" has a folded header line"));
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail(partLabel() + QStringLiteral(" has a header line without ':'"));
        const QByteArrayView name = line.first(colon);
        if (name.isEmpty() || name.contains(' ') || name.contains('\t'))
            return fail(partLabel() + QStringLiteral(" has a malformed header name"));
        const bool isDisposition = name.compare("content-disposition", Qt::CaseInsensitive) == 0;
        const bool isType = name.compare("content-type", Qt::CaseInsensitive) == 0;
        std::optional<QByteArrayView> &slot = isDisposition ? disposition : type;
        if ((isDisposition || isType) && slot) {
            return fail(partLabel() + QStringLiteral(" has two %1 headers")
                                          .arg(isDisposition ? QStringLiteral("Content-Disposition")
                                                             : QStringLiteral("Content-Type")));
        }
        if (isDisposition || isType)
            slot = trimmedView(line.sliced(colon + 1));
    }
    if (!disposition)
        return fail(partLabel() + QStringLiteral(" has no Content-Disposition"));
    QString why;
    const std::optional<HeaderValue> value = parseHeaderValue(*disposition, &why);
    if (!value)
        return fail(partLabel() + QStringLiteral("'s Content-Disposition is malformed: ") + why);
    if (value->value.compare("form-data", Qt::CaseInsensitive) != 0)
        return fail(partLabel() + QStringLiteral("'s disposition is not form-data"));
    m_current.name = value->parameter("name").value_or(QByteArray());
    m_current.filename = value->parameter("filename").value_or(QByteArray());
    m_current.contentType = type ? type->toByteArray() : QByteArray();
    if (type &&
        type->first(qMin<qsizetype>(type->size(), 10)).compare("multipart/", Qt::CaseInsensitive) ==
            0)
        return fail(partLabel() + QStringLiteral(" is itself multipart: nested parts are refused"));
    return checkPartName();
}

bool MultipartParser::checkPartName()
{
    if (m_current.name.isEmpty())
        return fail(partLabel() + QStringLiteral(" has no name"));
    for (const MultipartPart &part : std::as_const(m_parts)) {
        if (part.name == m_current.name)
            return fail(QStringLiteral("two parts are named '%1'").arg(shown(m_current.name)));
    }
    return true;
}

bool MultipartParser::failHeadTooLarge()
{
    return fail(
        QStringLiteral("%1's head exceeds %2 bytes").arg(partLabel()).arg(m_limits.maxHeaderBytes));
}

QString MultipartParser::partLabel() const
{
    return QStringLiteral("part %1").arg(m_parts.size() + 1);
}

// Records the refusal and drops the parts (they will not be used). False, which the readers
// return as "nothing more consumed". m_pending may be the buffer being read: feed() drops it.
bool MultipartParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_parts.clear();
    m_current = {};
    return false;
}

std::optional<QList<MultipartPart>> parseMultipart(QByteArrayView contentType, QByteArrayView body,
                                                   QString *error, MultipartLimits limits)
{
    const std::optional<QByteArray> boundary = MultipartParser::boundaryOf(contentType, error);
    if (!boundary)
        return std::nullopt;
    MultipartParser parser(*boundary, limits);
    if (!parser.feed(body) || !parser.finish())
        return refuse(error, parser.error());
    return parser.parts();
}

} // namespace mid
