#include "GuiTestBase.h"

#include "Translations.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace mid::test {

void installTestLanguage(QCoreApplication &app)
{
    const QString language = qEnvironmentVariable("MID_TEST_LANGUAGE");
    if (language.isEmpty() || QLocale(language).language() == QLocale::English)
        return;
    if (!ui::installTranslations(app, QLocale(language)))
        qFatal("MID_TEST_LANGUAGE=%s: the console has no translations for it",
               qPrintable(language));
}

GuiTestBase::GuiTestBase(const std::function<void(ServerConfig &)> &configure)
{
    isolateSettings();
    ServerConfig config;
    config.dataDir = m_dir.path();
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = 0;
    config.bootstrapToken = m_adminToken;
    if (configure)
        configure(config);
    m_server = std::make_unique<EmbeddedServer>(config);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("embedded server did not start: %s", qPrintable(error));
        return;
    }
    m_http = std::make_unique<HttpClient>(m_server->baseUrl().toString(QUrl::StripTrailingSlash));
    trustLocalCa();
    m_session = std::make_unique<ui::ServerSession>();
    // As mid-console connects to its own server: the admin URL, held to its certificate.
    m_session->connectTo(m_server->adminUrl(), m_server->operatorToken(), false,
                         m_server->certificateFingerprint());
}

void GuiTestBase::trustLocalCa()
{
    // With --tls auto the box's CA is in its data directory (what /ca.crt serves).
    QFile ca(QDir(m_dir.path()).filePath(QStringLiteral("tls/ca.crt")));
    if (ca.open(QIODevice::ReadOnly))
        m_http->trustOnly(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
}

GuiTestBase::~GuiTestBase()
{
    m_session.reset();
    if (m_server)
        m_server->stop();
}

void GuiTestBase::isolateSettings()
{
    const QString dir = m_dir.filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

Headers GuiTestBase::admin() const
{
    return {{"Authorization", "Bearer " + m_adminToken.toUtf8()}};
}

bool GuiTestBase::waitConnected(int timeoutMs)
{
    // The session's own state, not its `connected` signal: a connection made here would
    // outlive this call (and its locals), and would miss a signal sent before it.
    // A role is known once the overview was read, which is when `connected` is sent.
    return waitUntil([this] { return !m_session->role().isEmpty() && m_session->isConnected(); },
                     timeoutMs);
}

std::unique_ptr<ui::ServerSession> GuiTestBase::sessionAs(const QString &username,
                                                          const QString &role)
{
    const QJsonObject person{{QStringLiteral("username"), username},
                             {QStringLiteral("password"), QStringLiteral("Correct-horse-42!")},
                             {QStringLiteral("role"), role}};
    if (m_http->post(QStringLiteral("/admin/v1/operators"), person, admin()).status != 201)
        return nullptr;
    const Response login = m_http->post(QStringLiteral("/admin/v1/login"), person);
    if (login.status != 200)
        return nullptr;
    auto session = std::make_unique<ui::ServerSession>();
    session->connectTo(m_server->adminUrl(), login.data().value(QStringLiteral("token")).toString(),
                       false, m_server->certificateFingerprint());
    if (!waitUntil([&] { return !session->role().isEmpty() && session->isConnected(); }, 10000))
        return nullptr;
    return session;
}

TestClient GuiTestBase::createClient(const QJsonObject &fields)
{
    QJsonObject body = fields;
    if (!body.contains(QStringLiteral("name")))
        body.insert(QStringLiteral("name"), QStringLiteral("Test tenant"));
    if (!body.contains(QStringLiteral("plan")))
        body.insert(QStringLiteral("plan"), QStringLiteral("enterprise"));
    const QJsonObject d = m_http->post(QStringLiteral("/v1/clients"), body, admin()).data();
    return {d.value(QStringLiteral("clientId")).toString(),
            d.value(QStringLiteral("apiKey")).toString(),
            d.value(QStringLiteral("clientSecret")).toString()};
}

QJsonObject GuiTestBase::createConsent(const TestClient &client, const QJsonObject &fields)
{
    QJsonObject body = fields;
    if (!body.contains(QStringLiteral("recipient")))
        body.insert(QStringLiteral("recipient"), QStringLiteral("+33612345678"));
    return m_http->post(QStringLiteral("/v1/consents/auth"), body, client.bearer()).data();
}

QStringList GuiTestBase::argsOf(const QString &text, const QString &format)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]"));
    QString pattern;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(format)) {
        pattern += QRegularExpression::escape(format.mid(from, m.capturedStart() - from)) +
                   QStringLiteral("(.+?)");
        from = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(format.mid(from));
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text);
    if (!match.hasMatch())
        return {};
    QStringList args = match.capturedTexts();
    args.removeFirst(); // the whole text
    return args;
}

int GuiTestBase::rowWithText(QAbstractItemView *view, int column, const QString &text)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

void GuiTestBase::clickRow(QAbstractItemView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace mid::test
