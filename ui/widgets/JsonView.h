#pragma once

#include <QJsonValue>
#include <QPlainTextEdit>

namespace mid::ui {

// A read-only, monospace view of a JSON document (or any text), pretty-printed with keys,
// strings, numbers and literals coloured for the current palette: what the webhook
// inspectors show request and response bodies and decoded payloads in.
class JsonView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);

    void setJson(const QJsonValue &value);
    // Text that may be JSON: shown pretty when it parses, as it is otherwise.
    void setMaybeJson(const QString &text);
    // Plain text in the same font (headers, raw bodies); no colours.
    void setText(const QString &text);

    // Two-space indented JSON, as the inspectors and "Copy as curl" show it.
    static QString pretty(const QJsonValue &value);
    // The same with `firstKeys` of the top-level object first, in that order (an event reads
    // id, event, timestamp, then data, as it is sent).
    static QString pretty(const QJsonObject &object, const QStringList &firstKeys);
    void setJson(const QJsonObject &object, const QStringList &firstKeys);

    QSize sizeHint() const override;

private:
    class Highlighter;
    Highlighter *m_highlighter;
};

} // namespace mid::ui
