// The whole API as a client reaches it: raw HTTP requests over a loopback connection to a real
// MidServer in this process (listener guard, Qt's parser, the route table, authentication of
// every §1 scheme, query parameters, the JSON and form bodies of every controller read through
// RequestContext and BodyReader, the services behind them, the inbound webhook verifiers).
//
// Input: one request, or several separated by "|NEXT|" (sent pipelined on one connection).
// Placeholders stand for what only the running server knows, so the corpus stays valid:
//   $ADMIN operator token   $KEY api key   $CID client id   $SECRET client secret
//   $BASIC base64(cid:secret)   $CONSENT $ENROLL $QR $ENDPOINT ids made at start
//   $CODE the enrollment's code   $LEN the byte length of the request's body (after its own
//   placeholders)   $STRIPE_SIGNATURE a valid Stripe-Signature for the body, now.
// Anything else is sent as it is, so the fuzzer also sends wrong lengths, keys and ids.
//
// The server keeps its state from input to input, as a real one does; when an input revokes
// the operator token, suspends or deletes the client or regenerates its key, the harness
// restores a working one (through the API, with an operator of its own) so that later inputs
// still get past authentication. A crash may therefore need the inputs before it: libFuzzer's
// crash file holds the last one, the log the sequence number.
#include "core/Workers.h"
#include "crypto/OpenSsl.h"
#include "server/MidServer.h"
#include "services/AuthService.h"
#include "services/OperatorService.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/Stripe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <openssl/pem.h>

using namespace mid;

namespace {
const QString kAdminToken = QStringLiteral("fuzz-admin-token-0123456789abcdef");
const QString kKeeper = QStringLiteral("fuzz-keeper");
constexpr qint64 kRefreshMs = 120'000; // consents and QR codes live 5 minutes

QString pemOf(const QString &file)
{
    return QString::fromLatin1(fuzz::keyFile(file));
}

// For one exchange: whether the server has read every byte sent so far (its end of the
// connection, once it accepted it, holds none unread; or the connection is gone).
std::function<bool(const QTcpSocket &)> serverHasRead()
{
    return [server = qintptr(-1)](const QTcpSocket &client) mutable {
        if (client.state() != QAbstractSocket::ConnectedState)
            return true;
        if (server < 0)
            server = fuzz::serverEndOf(client);
        return server >= 0 && fuzz::unreadBytes(server) == 0;
    };
}

// Sent whole; the answers are waited for (the turn's commit, slow work on the workers).
fuzz::ExchangeOptions options(int timeoutMs = 10000)
{
    return {.consumed = serverHasRead(),
            .settle = true,
            .busy = [] { return workerPool().activeThreadCount() > 0; },
            .timeoutMs = timeoutMs};
}

struct Api
{
    QTemporaryDir dir;
    std::unique_ptr<MidServer> server;
    QByteArray keeper; // "Bearer …" of the harness's own admin, never in an input
    QHash<QByteArray, QByteArray> values;
    QElapsedTimer sinceRefresh;
    quint64 inputs = 0;

    quint16 port() const { return server->port(); }

    fuzz::Answer call(const QByteArray &method, const QByteArray &path, const QByteArray &auth,
                      const QJsonObject &body = {}, bool withBody = false)
    {
        const QByteArray json =
            withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!auth.isEmpty())
            request += auth + "\r\n";
        if (withBody)
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(json.size()) + "\r\n";
        request += "\r\n" + json;
        return fuzz::firstAnswer(fuzz::exchange(port(), {request}, options()).received);
    }
    QJsonObject data(const fuzz::Answer &answer)
    {
        return QJsonDocument::fromJson(answer.body)
            .object()
            .value(QStringLiteral("data"))
            .toObject();
    }
    QByteArray adminAuth() const { return "Authorization: Bearer " + values.value("$ADMIN"); }
    QByteArray keyAuth() const { return "X-Mobid-Key: " + values.value("$KEY"); }

    void start()
    {
        ServerConfig config;
        config.listenAddress = QHostAddress::LocalHost;
        config.listenPort = 0;
        config.dataDir = dir.path();
        config.bootstrapToken = kAdminToken;
        config.rpId = fuzz::Fixed::kRpId;
        config.rpOrigins = {fuzz::Fixed::kOrigin};
        config.inbound.stripeWebhookSecret = QString::fromLatin1(fuzz::Fixed::kStripeSecret);
        config.inbound.appStoreRootCertificates = pemOf(QStringLiteral("root.pem"));
        config.inbound.appStoreBundleId = fuzz::Fixed::kAppStoreBundleId;
        config.inbound.playStoreAudience = fuzz::Fixed::kPlayAudience;
        config.inbound.playStoreJwks = pemOf(QStringLiteral("play-jwks.json"));
        config.inbound.playStoreToken = fuzz::Fixed::kPlayToken;
        server = std::make_unique<MidServer>(config);
        QString error;
        if (!server->start(&error)) {
            fprintf(stderr, "fuzz_http_api: the server does not start: %s\n", qPrintable(error));
            std::abort();
        }
        values["$ADMIN"] = kAdminToken.toUtf8();
        // The harness's own admin, to restore what inputs break (not reachable by name from an
        // input: nothing in the corpus names it, and the fuzzer sees no answer).
        server->operators().create(kKeeper, QStringLiteral("fuzz-keeper-password-0123"),
                                   QStringLiteral("admin"));
        keeper = "Authorization: Bearer " + server->auth().mintTokenFor(kKeeper).toUtf8();
        newClient();
    }

    void newClient()
    {
        const fuzz::Answer created =
            call("POST", "/v1/clients", keeper,
                 {{QStringLiteral("name"), QStringLiteral("Fuzz tenant")},
                  {QStringLiteral("plan"), QStringLiteral("enterprise")},
                  {QStringLiteral("stripeCustomerId"), QStringLiteral("cus_fuzz0001")}},
                 true);
        fuzz::say(QStringLiteral("client: %1 %2")
                      .arg(created.status)
                      .arg(QString::fromUtf8(created.body)));
        setCredentials(data(created));
        refreshIds();
    }
    void setCredentials(const QJsonObject &d)
    {
        values["$CID"] = d.value(QStringLiteral("clientId")).toString().toUtf8();
        values["$KEY"] = d.value(QStringLiteral("apiKey")).toString().toUtf8();
        values["$SECRET"] = d.value(QStringLiteral("clientSecret")).toString().toUtf8();
        values["$BASIC"] = (values["$CID"] + ':' + values["$SECRET"]).toBase64();
        MID_FUZZ_CHECK(!values["$KEY"].isEmpty(), "the harness could not create its client");
    }

    // Fresh ids for the placeholders: consents and QR codes expire, inputs delete or decide.
    void refreshIds()
    {
        const QByteArray key = keyAuth();
        values["$CONSENT"] =
            data(call("POST", "/v1/consents/auth", key,
                      {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")},
                       {QStringLiteral("intent"), QStringLiteral("login")},
                       {QStringLiteral("expiresIn"), 3600}},
                      true))
                .value(QStringLiteral("id"))
                .toString()
                .toUtf8();
        values["$QR"] = data(call("POST", "/v1/qr/generate", key,
                                  {{QStringLiteral("type"), QStringLiteral("custom")},
                                   {QStringLiteral("data"), QStringLiteral("fuzz")}},
                                  true))
                            .value(QStringLiteral("id"))
                            .toString()
                            .toUtf8();
        const QByteArray device = "dev-fuzz-" + QByteArray::number(inputs);
        values["$ENROLL"] = data(call("POST", "/v1/enrollments", key,
                                      {{QStringLiteral("mobile"), QStringLiteral("+2348012345678")},
                                       {QStringLiteral("deviceId"), QString::fromLatin1(device)}},
                                      true))
                                .value(QStringLiteral("id"))
                                .toString()
                                .toUtf8();
        const QJsonObject messages = data(call("GET", "/admin/v1/messages?limit=1", keeper));
        const QString text = messages.value(QStringLiteral("items"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("body"))
                                 .toString();
        const qsizetype at = text.indexOf(QLatin1String("code is "));
        values["$CODE"] = at < 0 ? QByteArray("000000") : text.mid(at + 8, 6).toLatin1();
        values["$ENDPOINT"] =
            data(call("POST", "/admin/v1/webhooks/endpoints", keeper,
                      {{QStringLiteral("clientId"), QString::fromLatin1(values["$CID"])},
                       {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/mid")}},
                      true))
                .value(QStringLiteral("id"))
                .toString()
                .toUtf8();
        sinceRefresh.start();
    }

    // What an input may have broken, put back.
    void repair()
    {
        const fuzz::Answer mine = call("GET", "/v1/clients/" + values["$CID"], keyAuth());
        const QJsonObject client = data(mine);
        const bool clientOk = mine.status == 200 &&
                              client.value(QStringLiteral("status")).toString() == "active" &&
                              client.value(QStringLiteral("plan")).toString() == "enterprise" &&
                              client.value(QStringLiteral("rateLimits")).isNull();
        if (!clientOk) {
            const fuzz::Answer seen = call("GET", "/v1/clients/" + values["$CID"], keeper);
            if (seen.status != 200) {
                newClient();
            } else {
                call("PUT", "/v1/clients/" + values["$CID"], keeper,
                     {{QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("plan"), QStringLiteral("enterprise")},
                      {QStringLiteral("rateLimits"), QJsonValue::Null}},
                     true);
                if (call("GET", "/v1/clients/" + values["$CID"], keyAuth()).status != 200) {
                    setCredentials(
                        data(call("POST", "/v1/clients/" + values["$CID"] + "/regenerate-key",
                                  keeper, {}, true)));
                    refreshIds();
                }
            }
        }
        if (call("GET", "/admin/v1/settings", adminAuth()).status != 200) {
            // Revoked (logout), or its operator was demoted or deleted: an admin of that name
            // again, and a fresh token for it.
            if (call("PUT", "/admin/v1/operators/admin", keeper,
                     {{QStringLiteral("role"), QStringLiteral("admin")}}, true)
                    .status != 200)
                call("POST", "/admin/v1/operators", keeper,
                     {{QStringLiteral("username"), QStringLiteral("admin")},
                      {QStringLiteral("password"), QStringLiteral("fuzz-admin-password-0123")},
                      {QStringLiteral("role"), QStringLiteral("admin")}},
                     true);
            values["$ADMIN"] = server->auth().mintTokenFor(QStringLiteral("admin")).toUtf8();
        }
        if (sinceRefresh.elapsed() > kRefreshMs)
            refreshIds();
    }

    QByteArray substitute(QByteArray request) const
    {
        static const QByteArrayList names{"$ADMIN", "$KEY",     "$CID",    "$SECRET", "$BASIC",
                                          "$QR",    "$CONSENT", "$ENROLL", "$CODE",   "$ENDPOINT"};
        for (const QByteArray &name : names) {
            if (request.contains(name))
                request.replace(name, values.value(name));
        }
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return request;
        const QByteArray body = request.mid(headEnd + 4);
        QByteArray head = request.left(headEnd + 4);
        head.replace("$LEN", QByteArray::number(body.size()));
        if (head.contains("$STRIPE_SIGNATURE")) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            head.replace("$STRIPE_SIGNATURE",
                         Stripe::signatureHeader(fuzz::Fixed::kStripeSecret, now, body));
        }
        return head + body;
    }
};

Api *api = nullptr;

// At exit (libFuzzer's runs are done): the server stops and its data directory goes.
void stop()
{
    if (!api)
        return;
    api->server->stop();
    api->server.reset();
    api->dir.remove();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    api = new Api; // lives as long as the process; the server is stopped at exit
    api->start();
    std::atexit(stop);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ++api->inputs;
    QByteArray wire;
    for (const QByteArray &request : fuzz::split(fuzz::bytes(data, size), "|NEXT|"))
        wire += api->substitute(request);
    const fuzz::Exchange exchange = fuzz::exchange(api->port(), {wire}, options(20000));
    MID_FUZZ_CHECK(exchange.connected, "the server did not accept the connection");
    MID_FUZZ_CHECK(exchange.closedByServer,
                   "the server kept the connection open 20 s after the client's end of stream");
    // README: no SQL text reaches a response. The driver's and SQLite's own words, unless the
    // input itself sent them (a consent's metadata comes back as it was given).
    for (const char *words :
         {"constraint failed", "no such table", "no such column", "database is locked",
          "SQL logic error", "QSQLITE", "Parameter count mismatch", "Driver not loaded"}) {
        MID_FUZZ_CHECK(!exchange.received.contains(words) || wire.contains(words),
                       "an answer shows the database's words");
    }
    fuzz::say(QStringLiteral("input %1 answered:\n%2")
                  .arg(api->inputs)
                  .arg(QString::fromUtf8(exchange.received.left(3000))));
    if (api->inputs % 16 == 0 || exchange.received.contains(" 401 ") ||
        exchange.received.contains(" 403 "))
        api->repair();
    return 0;
}
