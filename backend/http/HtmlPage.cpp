#include "HtmlPage.h"

#include "core/ServiceError.h"
#include "crypto/Random.h"

#include <QFile>

namespace mid::HtmlPage {

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString fill(const QString &page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() + 1024);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = page.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const bool raw = page.mid(open, 3) == QLatin1String("{{{");
        const qsizetype keyStart = open + (raw ? 3 : 2);
        const qsizetype close =
            page.indexOf(raw ? QLatin1String("}}}") : QLatin1String("}}"), keyStart);
        if (close < 0)
            break;
        const QString key = page.mid(keyStart, close - keyStart);
        out += QStringView(page).mid(pos, open - pos);
        out += raw ? values.value(key) : escape(values.value(key));
        pos = close + (raw ? 3 : 2);
    }
    out += QStringView(page).mid(pos);
    return out;
}

Reply render(const QString &resource, QHash<QString, QString> values, int status)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError::internal(QStringLiteral("Page %1 is missing").arg(resource));
    const QString nonce = QString::fromLatin1(Random::bytes(18).toBase64());
    values.insert(QStringLiteral("nonce"), nonce);
    Reply reply = Reply::bytes(fill(QString::fromUtf8(file.readAll()), values).toUtf8(),
                               "text/html; charset=utf-8", status);
    const QByteArray n = nonce.toLatin1();
    reply.addHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'nonce-" + n + "'; script-src 'nonce-" + n +
            "'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'");
    // An approver URL is the capability: it must not leak to other sites through Referer.
    reply.addHeader("Referrer-Policy", "no-referrer");
    return reply;
}

Reply asset(const QString &resource, const char *contentType)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError::internal(QStringLiteral("Page asset %1 is missing").arg(resource));
    return Reply::bytes(file.readAll(), contentType);
}

} // namespace mid::HtmlPage
