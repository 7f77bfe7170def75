#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mid {

// Compact JSON written straight into bytes, for the few answers on the hot path where
// building a QJsonObject and serializing it costs more than the request's database work.
// The caller writes members in the order it wants (sorted, to match QJsonDocument).
class JsonWriter
{
public:
    // Room for a typical resource (a consent is about 1 KiB) without growing on the way.
    JsonWriter() { m_out.reserve(1536); }
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    JsonWriter &value(const QStringList &texts);
    JsonWriter &value(const QJsonObject &object);
    JsonWriter &null();
    // Already-serialized JSON, embedded as it is.
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &bytes() const { return m_out; }

    // A JSON string literal (RFC 8259 escaping; UTF-8 kept as it is).
    static void appendString(QByteArray &out, const QString &text);

private:
    void separate();
    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace mid
