#include "WebhookSigner.h"

#include "crypto/Hash.h"
#include "domain/Webhook.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace mid::WebhookSigner {

namespace {
const char kHex[] = "0123456789abcdef";

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    out += "\\u";
    out += kHex[(unit >> 12) & 0xF];
    out += kHex[(unit >> 8) & 0xF];
    out += kHex[(unit >> 4) & 0xF];
    out += kHex[unit & 0xF];
}

// JSON.stringify's QuoteJSONString (ES2019, well-formed): the short escapes, other control
// characters and lone surrogates as \u with lowercase hex, everything else as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            appendEscapedUnit(out, u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < n &&
                   QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendEscapedUnit(out, u);
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
}

void append(QByteArray &out, const QJsonValue &value);

void appendObject(QByteArray &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    // QString's operator< compares UTF-16 code units, as Array.prototype.sort does.
    std::sort(keys.begin(), keys.end());
    out += '{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        append(out, v);
    }
    out += '}';
}

void append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += number(value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            append(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}
} // namespace

QByteArray number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0)
        return QByteArrayLiteral("0"); // -0 too
    QByteArray out;
    if (value < 0) {
        out += '-';
        value = -value;
    }
    // The shortest digits that round-trip, as d.ddde±x; then ECMAScript's layout rules.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const QByteArray sci(buf, int(r.ptr - buf));
    const qsizetype e = sci.indexOf('e');
    QByteArray digits = sci.left(e);
    digits.replace(".", "");
    const int k = int(digits.size());
    const int n = sci.mid(e + 1).toInt() + 1; // the decimal point sits after n digits
    if (k <= n && n <= 21) {
        out += digits;
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += digits;
    } else {
        out += digits.at(0);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

QByteArray hexHmac(const QByteArray &key, const QByteArray &data)
{
    return Hash::hmacSha256(key, data).toHex();
}

Signed sign(const Event &event, const QStringList &secrets, qint64 unixSeconds)
{
    Signed s;
    if (secrets.isEmpty())
        return s;
    // The body's members in canonical order are data, event, id, signature, timestamp: the
    // signed body is the unsigned one with "signature" spliced in before "timestamp", so the
    // event's data is written once, not twice.
    QByteArray head = "{\"data\":";
    appendObject(head, event.data);
    head += ",\"event\":";
    appendString(head, event.type);
    head += ",\"id\":";
    appendString(head, event.id);
    QByteArray tail = ",\"timestamp\":";
    appendString(tail, event.timestamp);
    tail += '}';
    const QByteArray currentKey = WebhookRules::hmacKey(secrets.first());
    const QByteArray bodySignature = "sha256=" + hexHmac(currentKey, head + tail);
    s.body = head + ",\"signature\":\"" + bodySignature + '"' + tail;
    s.midSignature = "sha256=" + hexHmac(currentKey, s.body);
    s.webhookTimestamp = QByteArray::number(unixSeconds);
    const QByteArray signedContent = event.id.toUtf8() + '.' + s.webhookTimestamp + '.' + s.body;
    QByteArrayList v1;
    for (const QString &secret : secrets)
        v1 << "v1," + Hash::hmacSha256(WebhookRules::hmacKey(secret), signedContent).toBase64();
    s.webhookSignature = v1.join(' ');
    s.headers = {
        {"Content-Type", "application/json"},     {"User-Agent", "MID-Webhooks/1.0"},
        {"X-Mid-Event", event.type.toUtf8()},     {"X-Mid-Signature", s.midSignature},
        {"webhook-id", event.id.toUtf8()},        {"webhook-timestamp", s.webhookTimestamp},
        {"webhook-signature", s.webhookSignature}};
    return s;
}

} // namespace mid::WebhookSigner
