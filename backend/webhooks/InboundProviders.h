#pragma once

#include "PlayStore.h"
#include "core/Config.h"

#include <QJsonObject>
#include <QList>

namespace mid {

// The inbound providers as configured, parsed once: the root certificates as DER and the
// JWKS as keys, so a notification is verified without parsing the configuration again.
// A value object: settings replace it whole (PUT /admin/v1/settings), so a request on the
// server thread always sees one consistent configuration.
class InboundProviders
{
public:
    InboundProviders() = default;

    // Why `value` cannot be the setting `name` (an InboundSettings::Field name); empty when it
    // can. Empty values always can (they clear the setting).
    static QString problem(const QString &name, const QString &value);

    // Parses every setting; a value that does not parse (checked by problem() first) leaves
    // its provider unconfigured, and *why names it.
    static InboundProviders from(const InboundSettings &settings, QString *why = nullptr);

    const InboundSettings &settings() const { return m_settings; }
    bool stripeConfigured() const { return !m_settings.stripeWebhookSecret.isEmpty(); }
    bool appStoreConfigured() const { return !m_roots.isEmpty(); }
    // OIDC needs both the audience and the keys; the token is enough on its own.
    bool playOidcConfigured() const
    {
        return !m_jwks.isEmpty() && !m_settings.playStoreAudience.isEmpty();
    }
    bool playTokenConfigured() const { return !m_settings.playStoreToken.isEmpty(); }
    bool playConfigured() const { return playOidcConfigured() || playTokenConfigured(); }

    const QList<QByteArray> &appStoreRoots() const { return m_roots; }
    const PlayStore::Jwks &playJwks() const { return m_jwks; }

    // What GET /admin/v1/settings shows of them: secrets only as {"set": bool}; the root
    // certificates as {"set", "certificates": [{subject, sha256}]}; the JWKS as
    // {"set", "kids": [...]}; the bundle id and audience as their values (not secret).
    QJsonObject view() const;

private:
    InboundSettings m_settings;
    QList<QByteArray> m_roots;
    PlayStore::Jwks m_jwks;
};

} // namespace mid
