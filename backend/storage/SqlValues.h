#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// Small conversions between row values and bound values shared by the stores.
namespace mid::SqlValues {

inline QVariant nullableMs(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline QVariant nullableBytes(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}
inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
inline QString json(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}
inline QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
inline QStringList stringList(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << item.toString();
    return out;
}

} // namespace mid::SqlValues
