#include "GuiTestBase.h"

#include "panels/DashboardPanel.h"
#include "support/WebhookReceiver.h"
#include "widgets/StatTile.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTest>

using namespace mid;
using mid::test::GuiTestBase;
using mid::test::waitUntil;
using mid::ui::DashboardPanel;
using mid::ui::StatTile;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tilesShowServerFigures();
    void pendingConsentsFollowEvents();
    void requestsChartGoesLive();
    void latencyChartAndTiles();
    void switchingRangeReloads_data();
    void switchingRangeReloads();
    void chartsFollowPalette();
    void webhookTileAndChartShowAttempts();

private:
    StatTile *tile(const QString &caption) const
    {
        return GuiTestBase::byName<StatTile>(m_panel.get(), caption);
    }
    QChart *chart(const QString &title) const
    {
        auto *view = GuiTestBase::byName<QChartView>(m_panel.get(), title);
        return view ? view->chart() : nullptr;
    }
    QLineSeries *series(const QString &chartTitle, const QString &name) const;
    static double maxY(const QLineSeries *s);
    QJsonObject counts();

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<DashboardPanel> m_panel;
    test::TestClient m_client;
};

QLineSeries *TestDashboard::series(const QString &chartTitle, const QString &name) const
{
    QChart *c = chart(chartTitle);
    if (!c)
        return nullptr;
    for (QAbstractSeries *s : c->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

double TestDashboard::maxY(const QLineSeries *s)
{
    double top = 0;
    if (s)
        for (const QPointF &p : s->points())
            top = qMax(top, p.y());
    return top;
}

QJsonObject TestDashboard::counts()
{
    return fixture->http()
        .get(QStringLiteral("/admin/v1/overview"), fixture->admin())
        .data()
        .value(QStringLiteral("counts"))
        .toObject();
}

void TestDashboard::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    m_client = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Dash tenant")}});
    QVERIFY(!m_client.clientId.isEmpty());
    fixture->createClient({{QStringLiteral("name"), QStringLiteral("Second tenant")}});
    QVERIFY(!fixture->createConsent(m_client).isEmpty());
    m_panel = std::make_unique<DashboardPanel>(fixture->session());
    m_panel->resize(1200, 900);
    m_panel->show();
    m_panel->reload();
}

void TestDashboard::cleanupTestCase()
{
    m_panel.reset();
    fixture.reset();
}

void TestDashboard::tilesShowServerFigures()
{
    const QJsonObject c = counts();
    const QString pending = QString::number(c.value(QStringLiteral("consentsPending")).toInteger());
    const QString clients = QString::number(c.value(QStringLiteral("clients")).toInteger());
    QCOMPARE(pending, QStringLiteral("1"));
    QCOMPARE(clients, QStringLiteral("2"));
    QVERIFY(tile(DashboardPanel::tr("Pending consents")));
    QVERIFY(waitUntil(
        [&] { return tile(DashboardPanel::tr("Pending consents"))->value() == pending; }, 5000));
    QCOMPARE(tile(DashboardPanel::tr("Clients"))->value(), clients);
    QCOMPARE(tile(DashboardPanel::tr("Clients"))->subCaption(),
             DashboardPanel::tr("%1 active").arg(clients));
    // No webhook attempt yet: an honest placeholder, no number.
    QCOMPARE(tile(DashboardPanel::tr("Webhook success"))->value(), QStringLiteral("—"));
    QCOMPARE(tile(DashboardPanel::tr("Webhook success"))->subCaption(),
             DashboardPanel::tr("No webhook attempts in this range"));
    // Nothing decided yet: no rate to show.
    QCOMPARE(tile(DashboardPanel::tr("Approval rate"))->value(), QStringLiteral("—"));
    QVERIFY(
        tile(DashboardPanel::tr("Pending consents"))->accessibleDescription().startsWith(pending));
}

void TestDashboard::pendingConsentsFollowEvents()
{
    QVERIFY(!fixture->createConsent(m_client).isEmpty());
    QVERIFY(!fixture->createConsent(m_client).isEmpty());
    // consent.created events make the panel read the overview again: no polling, no reload.
    QVERIFY(waitUntil(
        [&] { return tile(DashboardPanel::tr("Pending consents"))->value() == QLatin1String("3"); },
        5000));
    QCOMPARE(tile(DashboardPanel::tr("Pending consents"))->subCaption(),
             DashboardPanel::tr("%1 consents in total").arg(3));
}

void TestDashboard::requestsChartGoesLive()
{
    QLineSeries *ok = series(DashboardPanel::tr("Requests per second"), DashboardPanel::tr("OK"));
    QVERIFY(ok);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(
            fixture->http().get(QStringLiteral("/v1/clients?limit=1"), fixture->admin()).status,
            200);
    // metrics.tick events arrive once a second; the panel's own few calls stay far below 20/s.
    QVERIFY2(waitUntil([&] { return maxY(ok) >= 20; }, 5000),
             qPrintable(QString::number(maxY(ok))));
    QVERIFY(waitUntil(
        [&] {
            const QStringList minute =
                GuiTestBase::argsOf(tile(DashboardPanel::tr("Requests/s"))->subCaption(),
                                    DashboardPanel::tr("%1 requests in the last minute"));
            return minute.size() == 1 && QString(minute[0]).remove(QLatin1Char(',')).toInt() >= 60;
        },
        5000));
    // The 401s of a wrong key are client errors, drawn on their own line.
    QLineSeries *clientErrors =
        series(DashboardPanel::tr("Requests per second"), DashboardPanel::tr("Client error"));
    QVERIFY(clientErrors);
    for (int i = 0; i < 30; ++i)
        fixture->http().get(QStringLiteral("/v1/clients"), {{"Authorization", "Bearer wrong"}});
    QVERIFY(waitUntil([&] { return maxY(clientErrors) >= 10; }, 5000));
}

void TestDashboard::latencyChartAndTiles()
{
    QLineSeries *p95 = series(DashboardPanel::tr("Latency"), DashboardPanel::tr("p95"));
    QVERIFY(p95);
    QVERIFY(waitUntil([&] { return maxY(p95) > 0; }, 5000));
    StatTile *latency = tile(DashboardPanel::tr("p95 latency"));
    QVERIFY(waitUntil(
        [&] {
            return GuiTestBase::argsOf(latency->value(), DashboardPanel::tr("%1 ms")).size() == 1;
        },
        5000));
    QCOMPARE(
        GuiTestBase::argsOf(latency->subCaption(), DashboardPanel::tr("p50 %1 · p99 %2")).size(),
        2);
}

void TestDashboard::switchingRangeReloads_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("step");
    QTest::newRow("last hour") << 1 << 3600 << 60;
    QTest::newRow("last 24 hours") << 2 << 24 * 3600 << 600;
    QTest::newRow("last 5 minutes") << 0 << 300 << 1;
}

void TestDashboard::switchingRangeReloads()
{
    QFETCH(int, index);
    QFETCH(int, seconds);
    QFETCH(int, step);
    auto *range = GuiTestBase::byName<QComboBox>(m_panel.get(), DashboardPanel::tr("Time range"));
    QVERIFY(range);
    range->setFocus();
    while (range->currentIndex() != index)
        QTest::keyClick(range, range->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);

    QChart *requests = chart(DashboardPanel::tr("Requests per second"));
    auto *axis = qobject_cast<QDateTimeAxis *>(requests->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY(qAbs(axis->min().secsTo(axis->max()) - seconds) <= 2);
    QLineSeries *ok = series(DashboardPanel::tr("Requests per second"), DashboardPanel::tr("OK"));
    // The history arrives: bucket starts on whole steps, and the requests sent earlier in it.
    QVERIFY2(waitUntil([&] { return ok->count() >= seconds / step - 1 && maxY(ok) > 0; }, 5000),
             qPrintable(QString::number(ok->count())));
    const QList<QPointF> points = ok->points();
    for (const QPointF &p : points)
        QCOMPARE(qint64(p.x()) % (qint64(step) * 1000), 0);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() > points[i - 1].x());
    QVERIFY(points.size() <= seconds / step + 2);
    // Rates stay per second whatever the bucket: 60 requests in a minute are 1/s, not 60.
    if (step > 1)
        QVERIFY2(maxY(ok) < 60, qPrintable(QString::number(maxY(ok))));
}

void TestDashboard::chartsFollowPalette()
{
    QPalette dark = m_panel->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    m_panel->setPalette(dark);
    QChart *c = chart(DashboardPanel::tr("Latency"));
    QCOMPARE(c->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(c->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(c->axes(Qt::Vertical).value(0)->labelsColor(), QColor(0xee, 0xee, 0xee));
}

// Real attempts to real receivers: one answers 200, the other 500 (to be retried). The tile
// shows the share delivered and the chart draws each result, live from the ticks.
void TestDashboard::webhookTileAndChartShowAttempts()
{
    mid::test::WebhookReceiver happy, failing;
    QVERIFY(happy.listen());
    QVERIFY(failing.listen());
    failing.setFallback({500});
    for (const auto *receiver : {&happy, &failing}) {
        const auto client = fixture->createClient(
            {{QStringLiteral("name"), QStringLiteral("Hooked tenant")},
             {QStringLiteral("webhookUrl"), receiver->url()},
             {QStringLiteral("webhookEvents"), QJsonArray{QStringLiteral("consent.created")}}});
        QVERIFY(!client.clientId.isEmpty());
        QVERIFY(!fixture->createConsent(client).isEmpty());
    }
    QVERIFY(waitUntil([&] { return !happy.requests().isEmpty() && !failing.requests().isEmpty(); },
                      10000));
    StatTile *webhooks = tile(DashboardPanel::tr("Webhook success"));
    QVERIFY(waitUntil(
        [&] {
            return webhooks->value() ==
                   DashboardPanel::tr("%1%").arg(StatTile::formatNumber(50, 1));
        },
        5000));
    QCOMPARE(webhooks->subCaption(),
             DashboardPanel::tr("%1 delivered of %2 attempts in this range")
                 .arg(StatTile::formatNumber(1), StatTile::formatNumber(2)));
    QLineSeries *delivered =
        series(DashboardPanel::tr("Webhook attempts"), DashboardPanel::tr("Delivered"));
    QLineSeries *retried =
        series(DashboardPanel::tr("Webhook attempts"), DashboardPanel::tr("Failed, retrying"));
    QVERIFY(delivered && retried);
    QVERIFY(waitUntil([&] { return maxY(delivered) >= 1 && maxY(retried) >= 1; }, 5000));
}

MID_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
