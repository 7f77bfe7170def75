#include "Router.h"

#include "ApiError.h"

namespace mid {

void Router::add(Route route)
{
    QString pattern = route.pattern;
    if (route.isFallback())
        pattern.chop(2);
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype index = m_routes.size();
    if (route.isFallback())
        m_fallbacks.append(index);
    else
        m_bySegmentCount[route.segments.size()].append(index);
    m_routes.append(std::move(route));
}

bool Router::matchesPath(const QStringList &pattern, const QList<QStringView> &path)
{
    // Only rows with as many segments as the path are asked (m_bySegmentCount).
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(QLatin1Char(':')) ? path.at(i).isEmpty() : p != path.at(i))
            return false;
    }
    return true;
}

QHash<QString, QString> Router::paramsOf(const QStringList &pattern,
                                         const QList<QStringView> &path)
{
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i).startsWith(QLatin1Char(':')))
            params.insert(pattern.at(i).mid(1), path.at(i).toString());
    }
    return params;
}

const Route *Router::fallbackFor(const QString &path) const
{
    // The longest prefix wins, so "/v1/x/*" may refine "/v1/*".
    const Route *best = nullptr;
    for (const qsizetype index : m_fallbacks) {
        const Route &route = m_routes.at(index);
        const QStringView prefix = QStringView(route.pattern).chopped(1); // keeps the '/'
        if (path.startsWith(prefix) && (!best || prefix.size() > best->pattern.size() - 1))
            best = &route;
    }
    return best;
}

bool Router::isAdminSurface(const QString &path)
{
    const auto under = [&path](QLatin1String root) {
        return path == root || path.startsWith(root + QLatin1Char('/'));
    };
    return under(QLatin1String("/admin/v1")) || under(QLatin1String("/metrics")) ||
           under(QLatin1String("/docs"));
}

Router::Match Router::match(const QByteArray &method, const QString &path, bool adminSurface) const
{
    Match result;
    if (!adminSurface && isAdminSurface(path)) {
        result.route = fallbackFor(path);
        result.policy = result.route;
        return result;
    }
    QList<QStringView> parts;
    for (QStringView part : QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(part);

    for (const qsizetype index : m_bySegmentCount.value(parts.size())) {
        const Route &route = m_routes.at(index);
        if (!matchesPath(route.segments, parts))
            continue;
        // A literal segment beats a parameter: routes are added most specific first, so the
        // first route whose method matches wins.
        result.pathKnown = true;
        if (!result.policy)
            result.policy = &route;
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
        if (!result.route && route.method == method) {
            result.route = &route;
            result.policy = &route;
            result.params = paramsOf(route.segments, parts);
        }
    }
    if (!result.route && method == "HEAD") {
        // HEAD is GET without a body.
        Match get = match("GET", path, adminSurface);
        if (get.route)
            return get;
    }
    if (!result.pathKnown) {
        // Unknown paths run their area's fallback row (its handler answers 404), so they are
        // limited, counted and shaped like the area's other answers.
        result.route = fallbackFor(path);
        result.policy = result.route;
    }
    return result;
}

Router::Match Router::matchRequestLine(const QByteArray &requestLine) const
{
    const QList<QByteArray> parts = requestLine.trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    const QByteArray &target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    return match(parts.at(0), QString::fromUtf8(query < 0 ? target : target.left(query)));
}

qint64 Router::bodyLimitFor(const QByteArray &requestLine) const
{
    const Match m = matchRequestLine(requestLine);
    return m.policy ? m.policy->maxBody : 0;
}

namespace DeviceKeys {

DeviceKeyFinder fromBody()
{
    return [](RequestContext &ctx) -> QString {
        if (ctx.isForm())
            return {};
        QJsonObject body;
        try {
            body = ctx.json();
        } catch (const ApiError &) {
            // A body that is not JSON is the handler's to answer; here it names no device.
        }
        const QString credential = body.value(QStringLiteral("credential"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
        for (const QString &key : {body.value(QStringLiteral("deviceId")).toString(),
                                   body.value(QStringLiteral("credentialId")).toString(),
                                   credential, body.value(QStringLiteral("sessionId")).toString(),
                                   body.value(QStringLiteral("authenticationId")).toString(),
                                   body.value(QStringLiteral("registrationId")).toString(),
                                   body.value(QStringLiteral("enrollmentToken")).toString(),
                                   body.value(QStringLiteral("activationToken")).toString()}) {
            if (!key.isEmpty())
                return key;
        }
        return ctx.params.value(QStringLiteral("id"));
    };
}

DeviceKeyFinder pathId()
{
    return [](RequestContext &ctx) { return ctx.params.value(QStringLiteral("id")); };
}

} // namespace DeviceKeys

} // namespace mid
