#include "Router.h"

namespace mid {

void Router::add(Route route)
{
    route.segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
}

bool Router::matchSegments(const QStringList &pattern, const QList<QStringView> &path,
                           QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(QLatin1Char(':'))) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(p.mid(1), path.at(i).toString());
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    QList<QStringView> parts;
    for (QStringView part : QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(part);

    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, parts, &params))
            continue;
        // A literal segment beats a parameter: routes are added most specific first, so the
        // first route whose method matches wins.
        result.pathKnown = true;
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
        if (!result.route && route.method == method) {
            result.route = &route;
            result.params = std::move(params);
        }
    }
    if (!result.route && method == "HEAD") {
        // HEAD is GET without a body.
        return match("GET", path);
    }
    return result;
}

} // namespace mid
