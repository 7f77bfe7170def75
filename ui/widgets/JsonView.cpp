#include "JsonView.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace mid::ui {

class JsonView::Highlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    bool enabled = true;
    bool dark = false;

protected:
    void highlightBlock(const QString &text) override
    {
        if (!enabled)
            return;
        // A key ("…":), a string value, a number, or true/false/null.
        static const QRegularExpression token(QStringLiteral(
            R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)"));
        const QColor key = dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8);
        const QColor string = dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d);
        const QColor number = dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xc2, 0x41, 0x0c);
        const QColor literal = dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x7e, 0x22, 0xce);
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(1) > 0)
                setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                          m.capturedLength(2) > 0 ? key : string);
            else if (m.capturedLength(3) > 0)
                setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), number);
            else if (m.capturedLength(4) > 0)
                setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), literal);
        }
    }
};

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new Highlighter(document()))
{
    setReadOnly(true);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QString JsonView::pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed()
            .replace(QStringLiteral("    "), QStringLiteral("  "));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed()
            .replace(QStringLiteral("    "), QStringLiteral("  "));
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    // A lone number or literal: the array form prints it exactly, brackets dropped.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString JsonView::pretty(const QJsonObject &object, const QStringList &firstKeys)
{
    QStringList keys;
    for (const QString &k : firstKeys)
        if (object.contains(k))
            keys << k;
    for (const QString &k : object.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList members;
    for (const QString &k : std::as_const(keys)) {
        const QString value = object.value(k).isString()
                                  ? pretty(QJsonArray{object.value(k)}).mid(1).chopped(1).trimmed()
                                  : pretty(object.value(k));
        const QString quotedKey = pretty(QJsonArray{k}).mid(1).chopped(1).trimmed();
        members << QStringLiteral("  %1: %2")
                       .arg(quotedKey,
                            QString(value).replace(QLatin1Char('\n'), QStringLiteral("\n  ")));
    }
    return members.isEmpty() ? QStringLiteral("{}")
                             : QStringLiteral("{\n%1\n}").arg(members.join(QStringLiteral(",\n")));
}

void JsonView::setJson(const QJsonObject &object, const QStringList &firstKeys)
{
    m_highlighter->enabled = true;
    m_highlighter->dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    setPlainText(pretty(object, firstKeys));
}

void JsonView::setJson(const QJsonValue &value)
{
    m_highlighter->enabled = value.isObject() || value.isArray();
    m_highlighter->dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    setPlainText(pretty(value));
}

void JsonView::setMaybeJson(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        setJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    else
        setText(text);
}

void JsonView::setText(const QString &text)
{
    m_highlighter->enabled = false;
    setPlainText(text);
}

QSize JsonView::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 12};
}

} // namespace mid::ui
