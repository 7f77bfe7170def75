// The seeder of bench/bigdata.sh (a benchmark tool, not a test): fills a database that
// mid-server created (and migrated) with many consents of one client and many audit rows, so the
// benchmark can compare the server on an empty database with the same server on a big one.
//
//   bench_seed --db PATH --client CLIENT_ID --consents N --audit N
//              [--days 90] [--batch 100000] [--cache-mib 1024] [--people P] [--seed S]
//
// No server may have the database open: the server keeps the head of the audit chain in
// memory, and a running one would fork the chain that this tool extends (checked in /proc).
//
// The rows are the server's own formats, made with its own code:
// - ids as the server makes them: consent and audit ids by Ids::makeOrdered, stamped with the
//   row's own time through a ManualClock; the others by Ids::make;
// - consent columns as ConsentStore writes them: JSON text of QJsonDocument::Compact, NULL for
//   unset times;
// - audit rows hashed exactly as AuditLog does (SHA-256 of the previous hash's Latin-1 text
//   followed by AuditEntry::canonical(), hex), continuing the chain from the current last row,
//   so GET /admin/v1/audit/verify answers intact afterwards.
//
// Consents and audit rows are spread over the last --days days, each stream in increasing time,
// written in one merged pass in time order (a consent.create row names the consent made just
// before it). They follow the rows already stored by seq, but lie before them in time: the
// server's own rows of the last minutes are newer than nearly all seeded ones.
//
// Speed: the sqlite3 C API with prepared statements, one transaction per --batch rows, WAL kept,
// and a page cache of --cache-mib: the audit indexes by details.userId and details.clientId take
// their keys in random order, and with a small cache each such insert reads a page. The WAL is
// checkpointed (TRUNCATE) at the end, so the server starts on an empty one. The planner's
// statistics are left alone (no ANALYZE): the server never runs it, so the benchmark sees the
// plans a real box would.
#include "core/Clock.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "domain/AuditEntry.h"
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"
#include "services/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <random>
#include <stdexcept>
#include <vector>

using namespace mid;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Options
{
    QString db;
    QString client;
    qint64 consents = 0;
    qint64 audit = 0;
    int days = 90;
    int batch = 100000;
    int cacheMiB = 1024;
    int people = 0; // 0: chosen from --consents
    quint64 seed = 17;
};

// ---- sqlite3 -----------------------------------------------------------------------------------

struct SqliteError : std::runtime_error
{
    SqliteError(sqlite3 *db, const QString &what)
        : std::runtime_error(
              (what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db))).toStdString())
    {
    }
};

class Connection
{
public:
    explicit Connection(const QString &path)
    {
        // READWRITE without CREATE: a missing file is a wrong path, not a database to make.
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                       SQLITE_OPEN_READWRITE, nullptr);
        if (rc != SQLITE_OK) {
            const SqliteError error(m_db, QStringLiteral("cannot open ") + path);
            sqlite3_close_v2(m_db);
            throw error;
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }

    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw SqliteError(m_db, QString::fromUtf8(sql));
    }

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement whose values are bound in order, then run; run() makes it ready for the
// next row, so one statement serves millions of inserts.
class Statement
{
public:
    Statement(Connection &c, const char *sql) : m_db(c.handle())
    {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            throw SqliteError(m_db, QString::fromUtf8(sql));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &text(const QString &s) { return bytes(s.toUtf8()); }
    Statement &bytes(const QByteArray &b)
    {
        return check(
            sqlite3_bind_text(m_stmt, m_next++, b.constData(), int(b.size()), SQLITE_TRANSIENT));
    }
    Statement &integer(qint64 v) { return check(sqlite3_bind_int64(m_stmt, m_next++, v)); }
    Statement &null() { return check(sqlite3_bind_null(m_stmt, m_next++)); }
    // As ConsentStore writes them: 0 ms and empty text are NULL.
    Statement &timeOrNull(qint64 ms) { return ms ? integer(ms) : null(); }
    Statement &textOrNull(const QString &s) { return s.isEmpty() ? null() : text(s); }

    // Steps once; true when a row is there to read.
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw SqliteError(m_db, QStringLiteral("step"));
        return rc == SQLITE_ROW;
    }
    void run()
    {
        next();
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_next = 1;
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    QString columnText(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)));
    }

private:
    Statement &check(int rc)
    {
        if (rc != SQLITE_OK)
            throw SqliteError(m_db, QStringLiteral("bind"));
        return *this;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
};

// ---- Guards ------------------------------------------------------------------------------------

// Whether another process of this user has the file open (Linux: its /proc/<pid>/fd links).
bool openElsewhere(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (!pid.front().isDigit())
            continue;
        const QDir fds(QStringLiteral("/proc/") + pid + QStringLiteral("/fd"));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
            if (fd.symLinkTarget() == target)
                return true;
        }
    }
    return false;
}

void requireClient(Connection &db, const QString &clientId)
{
    Statement q(db, "SELECT COUNT(*) FROM clients WHERE client_id=?");
    q.text(clientId);
    if (!q.next() || q.columnInt(0) != 1)
        throw std::runtime_error(
            QStringLiteral("no client %1 in this database").arg(clientId).toStdString());
}

void requireWal(Connection &db)
{
    Statement q(db, "PRAGMA journal_mode");
    if (!q.next() || q.columnText(0) != QLatin1String("wal"))
        throw std::runtime_error("the database is not in WAL mode: was it made by mid-server?");
}

// ---- Randomness --------------------------------------------------------------------------------

// Choices of the data (not its ids, which come from Ids::make): seeded, so two runs with the
// same --seed make the same mix.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_rng(seed) {}

    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 lo, qint64 hi) // inclusive
    {
        return std::uniform_int_distribution<qint64>(lo, hi)(m_rng);
    }
    // Index i with probability weights[i] / sum.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(between(0, total - 1));
        int i = 0;
        for (int w : weights) {
            if (roll < w)
                return i;
            roll -= w;
            ++i;
        }
        return i - 1;
    }
    template <typename T, size_t N> const T &pick(const std::array<T, N> &from)
    {
        return from[size_t(between(0, qint64(N) - 1))];
    }
    QString digits(int n)
    {
        QString out(n, QLatin1Char('0'));
        for (int i = 0; i < n; ++i)
            out[i] = QLatin1Char(char('0' + between(0, 9)));
        return out;
    }

private:
    std::mt19937_64 m_rng;
};

// ---- Ids ---------------------------------------------------------------------------------------

// The server stamps consent and audit ids with the time they are made (Ids::makeOrdered reads
// the installed clock): with this clock set to each row's own time, a seeded row gets the id the
// server would have given it then, and lands where such an id would in the unique index.
class RowClock
{
public:
    explicit RowClock(qint64 startMs) : m_clock(startMs) {}
    QString idAt(const QString &prefix, qint64 ms)
    {
        m_clock.setMs(ms);
        return Ids::makeOrdered(prefix);
    }

private:
    ManualClock m_clock;
};

// ---- The people behind the numbers -------------------------------------------------------------

struct Person
{
    QString mobile;   // E.164
    QString userId;   // usr_…, as the server's user rows
    QString deviceId; // dev_…
    QString model;
    QString email; // the MPin userId their bank knows them by
};

const std::array<const char *, 8> kModels = {"SM-A546E",   "SM-G991B",   "Pixel 7",
                                             "iPhone14,7", "TECNO KI5k", "Infinix X6833B",
                                             "iPhone15,2", "moto g54 5G"};

QString mobileNumber(Dice &dice)
{
    static const std::array<const char *, 12> ngPrefixes = {
        "703", "706", "803", "806", "810", "813", "816", "903", "802", "808", "812", "701"};
    switch (dice.weighted({70, 12, 8, 6, 4})) {
    case 0: // Nigeria
        return QStringLiteral("+234") + QLatin1String(dice.pick(ngPrefixes)) + dice.digits(7);
    case 1: // Kenya
        return QStringLiteral("+2547") + dice.digits(8);
    case 2: // Ghana
        return QStringLiteral("+23324") + dice.digits(7);
    case 3: // South Africa
        return QStringLiteral("+278") + dice.digits(8);
    default: // United Kingdom
        return QStringLiteral("+447") + dice.digits(9);
    }
}

std::vector<Person> makePeople(int count, Dice &dice)
{
    static const std::array<const char *, 8> names = {"ada",   "chidi", "ngozi",   "tunde",
                                                      "amina", "kofi",  "wanjiru", "thabo"};
    static const std::array<const char *, 4> domains = {"gmail.com", "yahoo.com", "outlook.com",
                                                        "bank.example"};
    std::vector<Person> people;
    people.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Person p{mobileNumber(dice), Ids::make(QStringLiteral("usr")),
                 Ids::make(QStringLiteral("dev")), QLatin1String(dice.pick(kModels)),
                 QStringLiteral("%1.%2@%3")
                     .arg(QLatin1String(dice.pick(names)))
                     .arg(i)
                     .arg(QLatin1String(dice.pick(domains)))};
        if (!PhoneNumber::isE164(p.mobile))
            throw std::logic_error("generated a number that is not E.164");
        people.push_back(std::move(p));
    }
    return people;
}

// A few people come back often, most rarely: the square of a uniform index leans to the start.
const Person &somebody(const std::vector<Person> &people, Dice &dice)
{
    const double u = dice.unit();
    return people[size_t(u * u * double(people.size()))];
}

// ---- Consents ----------------------------------------------------------------------------------

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList scopeFor(const QString &intent)
{
    static const QHash<QString, QStringList> scopes = {
        {QStringLiteral("login"), {QStringLiteral("openid"), QStringLiteral("phone")}},
        {QStringLiteral("transaction"), {QStringLiteral("payments")}},
        {QStringLiteral("data_sharing"),
         {QStringLiteral("profile"), QStringLiteral("phone"), QStringLiteral("address")}},
        {QStringLiteral("identity_verification"), {QStringLiteral("identity")}},
        {QStringLiteral("signing"), {QStringLiteral("signature")}},
        {QStringLiteral("mandate"), {QStringLiteral("payments"), QStringLiteral("recurring")}}};
    return scopes.value(intent);
}

QJsonObject metadataFor(const QString &intent, Dice &dice)
{
    const auto amount = [&dice](qint64 lo, qint64 hi) {
        return QStringLiteral("%1.00").arg(dice.between(lo, hi));
    };
    if (intent == QLatin1String("transaction"))
        return {{QStringLiteral("amount"), amount(100, 500000)},
                {QStringLiteral("currency"), QStringLiteral("NGN")},
                {QStringLiteral("reference"), QStringLiteral("TX") + dice.digits(10)}};
    if (intent == QLatin1String("mandate"))
        return {{QStringLiteral("amount"), amount(1000, 100000)},
                {QStringLiteral("currency"), QStringLiteral("NGN")},
                {QStringLiteral("frequency"), QStringLiteral("monthly")}};
    if (intent == QLatin1String("signing"))
        return {{QStringLiteral("document"),
                 QStringLiteral("loan-agreement-%1.pdf").arg(dice.digits(6))}};
    if (intent == QLatin1String("login") && dice.chance(0.5))
        return {{QStringLiteral("channel"),
                 dice.chance(0.7) ? QStringLiteral("web") : QStringLiteral("ussd")}};
    return {};
}

// How a consent's life went, decided when it is made; what has not happened by `now` has not
// happened yet (such a consent is still pending, or still approved).
enum class Fate
{
    Approved,
    Rejected,
    Expired,
    Withdrawn, // approved, later revoked
    Cancelled  // revoked by the client while pending
};

class ConsentFactory
{
public:
    ConsentFactory(QString clientId, const std::vector<Person> &people, Dice &dice, RowClock &clock,
                   qint64 now)
        : m_clientId(std::move(clientId)), m_people(people), m_dice(dice), m_clock(clock),
          m_now(now)
    {
    }

    Consent make(qint64 createdAt)
    {
        const Person &who = somebody(m_people, m_dice);
        Consent c;
        c.id = m_clock.idAt(QStringLiteral("cons"), createdAt);
        c.clientId = m_clientId;
        c.recipient = who.mobile;
        c.intent = ConsentRules::intents().at(m_dice.weighted({55, 20, 8, 7, 5, 5}));
        c.scope = scopeFor(c.intent);
        c.metadata = metadataFor(c.intent, m_dice);
        if (m_dice.chance(0.25))
            c.callbackUrl = QStringLiteral("https://api.bank.example/mid/callback");
        static const std::array<int, 5> expiresIn = {60, 120, 300, 600, 3600};
        c.createdAt = c.updatedAt = createdAt;
        c.expiresAt = ConsentRules::expiryFrom(
            createdAt, expiresIn[size_t(m_dice.weighted({10, 15, 55, 12, 8}))]);
        live(c, Fate(m_dice.weighted({62, 9, 24, 3, 2})), who);
        return c;
    }

private:
    void live(Consent &c, Fate fate, const Person &who)
    {
        const qint64 window = c.expiresAt - c.createdAt;
        if (fate == Fate::Expired) {
            if (m_dice.chance(0.3))
                happen(c, &c.scannedAt, c.createdAt + m_dice.between(2000, window - 1000));
            if (happen(c, nullptr, c.expiresAt + m_dice.between(0, 200)))
                c.status = ConsentStatus::Expired;
            return;
        }
        // A decision comes within the window, mostly in the first half minute.
        const qint64 decideAfter = qMin(window - 1000, 3000 + qint64(27000 * m_dice.unit()));
        if (fate == Fate::Cancelled) {
            if (happen(c, &c.revokedAt, c.createdAt + decideAfter))
                c.status = ConsentStatus::Revoked;
            return;
        }
        if (m_dice.chance(0.7))
            happen(c, &c.scannedAt, c.createdAt + decideAfter / 2);
        if (!happen(c, &c.decidedAt, c.createdAt + decideAfter))
            return;
        c.status = fate == Fate::Rejected ? ConsentStatus::Rejected : ConsentStatus::Approved;
        c.user = {{QStringLiteral("id"), who.userId},
                  {QStringLiteral("mobile"), who.mobile},
                  {QStringLiteral("verified"), true}};
        c.device = {{QStringLiteral("id"), who.deviceId}, {QStringLiteral("model"), who.model}};
        if (fate == Fate::Withdrawn &&
            happen(c, &c.revokedAt, c.decidedAt + m_dice.between(60000, 30 * kDayMs)))
            c.status = ConsentStatus::Revoked;
    }

    // Records an event at `at` (into *field, if any) unless it lies after now.
    bool happen(Consent &c, qint64 *field, qint64 at)
    {
        if (at > m_now)
            return false;
        if (field)
            *field = at;
        c.updatedAt = qMax(c.updatedAt, at);
        return true;
    }

    QString m_clientId;
    const std::vector<Person> &m_people;
    Dice &m_dice;
    RowClock &m_clock;
    qint64 m_now;
};

class ConsentWriter
{
public:
    explicit ConsentWriter(Connection &db)
        : m_insert(db, "INSERT INTO consents (id, client_id, recipient, intent, scope, metadata, "
                       "callback_url, status, created_at, expires_at, updated_at, scanned_at, "
                       "decided_at, revoked_at, user_json, device_json) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    {
    }

    void insert(const Consent &c)
    {
        m_insert.text(c.id).text(c.clientId).text(c.recipient).text(c.intent);
        m_insert.text(compact(c.scope)).text(compact(c.metadata)).textOrNull(c.callbackUrl);
        m_insert.text(ConsentRules::statusName(c.status));
        m_insert.integer(c.createdAt).integer(c.expiresAt).integer(c.updatedAt);
        m_insert.timeOrNull(c.scannedAt).timeOrNull(c.decidedAt).timeOrNull(c.revokedAt);
        m_insert.textOrNull(c.user.isEmpty() ? QString() : compact(c.user));
        m_insert.textOrNull(c.device.isEmpty() ? QString() : compact(c.device));
        m_insert.run();
    }

private:
    Statement m_insert;
};

// ---- Audit rows --------------------------------------------------------------------------------

// The calls a box sees, with their share of the rows (per thousand): mostly the tenant's own API
// calls (actor = its client id), then the device side of FIDO and MPin (actor anonymous, details
// naming the user and, for MPin identities, the client), then a few operator actions.
enum class Call
{
    ConsentCreate,
    ConsentGet,
    ConsentGetMissing,
    ConsentList,
    ConsentRevoke,
    ConsentVerify,
    QrGenerate,
    MpinVerificationCreate,
    FidoAuthBegin,
    FidoAuthComplete,
    MpinAuthComplete,
    MpinDvsVerify,
    OperatorClientGet,
    OperatorAuditSearch,
};
constexpr std::initializer_list<int> kCallShares = {200, 400, 15, 40, 15, 30, 40,
                                                    15,  90,  65, 20, 10, 25, 35};

class AuditFactory
{
public:
    AuditFactory(QString clientId, const std::vector<Person> &people, Dice &dice, RowClock &clock)
        : m_clientId(std::move(clientId)), m_people(people), m_dice(dice), m_clock(clock)
    {
    }

    // The consent the next consent.* rows talk about: the newest one made.
    void madeConsent(const QString &id) { m_recentConsents[m_newest++ % kRecent] = id; }

    AuditEntry make(qint64 at)
    {
        AuditEntry e;
        e.id = m_clock.idAt(QStringLiteral("aud"), at);
        e.at = at;
        e.requestId = Ids::make(QStringLiteral("req"));
        e.outcome = 200;
        describe(e, Call(m_dice.weighted(kCallShares)));
        // As the server stores it, and as canonical() will hash it: compact, sorted keys.
        e.detailsText = QJsonDocument(e.details).toJson(QJsonDocument::Compact);
        return e;
    }

private:
    static constexpr quint64 kRecent = 1024;

    void describe(AuditEntry &e, Call call)
    {
        switch (call) {
        case Call::ConsentCreate:
            byTenant(e, "consent.create", newestConsent());
            e.details = {{QStringLiteral("intent"),
                          ConsentRules::intents().at(m_dice.weighted({55, 20, 8, 7, 5, 5}))}};
            if (m_dice.chance(0.02))
                e.outcome = 400;
            return;
        case Call::ConsentGet:
            return byTenant(e, "consent.get", recentConsent());
        case Call::ConsentGetMissing:
            byTenant(e, "consent.get", Ids::make(QStringLiteral("cons")));
            e.outcome = 404;
            return;
        case Call::ConsentList:
            return byTenant(e, "consent.list", QString());
        case Call::ConsentRevoke:
            byTenant(e, "consent.revoke", recentConsent());
            e.outcome = m_dice.chance(0.2) ? 409 : 200;
            return;
        case Call::ConsentVerify:
            return byTenant(e, "consent.verify", recentConsent());
        case Call::QrGenerate:
            return byTenant(e, "qr.generate", Ids::make(QStringLiteral("qr")));
        case Call::MpinVerificationCreate: {
            const Person &who = somebody(m_people, m_dice);
            byTenant(e, "mpin.verification.create", QString());
            e.details = {{QStringLiteral("clientId"), m_clientId},
                         {QStringLiteral("userId"), who.email},
                         {QStringLiteral("deviceName"), who.model}};
            return;
        }
        case Call::FidoAuthBegin:
            byDevice(e, "fido.authenticate.begin", Ids::make(QStringLiteral("authn")));
            e.details = {{QStringLiteral("sessionId"), recentConsent()}};
            return;
        case Call::FidoAuthComplete:
            return fidoComplete(e, false);
        case Call::MpinAuthComplete:
            return fidoComplete(e, true);
        case Call::MpinDvsVerify: {
            const Person &who = somebody(m_people, m_dice);
            byDevice(e, "mpin.dvs.verify", mpinId(who));
            describeIdentity(e, who);
            return;
        }
        case Call::OperatorClientGet:
            return byOperator(e, "client.get", m_clientId);
        case Call::OperatorAuditSearch:
            return byOperator(e, "audit.search", QString());
        }
    }

    // A FIDO authentication's second step; an MPin identity's rows name its client and user as
    // MpinController::describe does.
    void fidoComplete(AuditEntry &e, bool mpin)
    {
        const Person &who = somebody(m_people, m_dice);
        byDevice(e, "fido.authenticate.complete", Ids::make(QStringLiteral("authn")));
        if (mpin)
            describeIdentity(e, who);
        else
            e.details.insert(QStringLiteral("userId"), who.userId);
        e.details.insert(QStringLiteral("sessionId"), recentConsent());
        e.details.insert(QStringLiteral("decision"),
                         m_dice.chance(0.9) ? QStringLiteral("approve") : QStringLiteral("reject"));
        e.details.insert(QStringLiteral("deviceId"), who.deviceId);
    }

    void describeIdentity(AuditEntry &e, const Person &who)
    {
        e.details.insert(QStringLiteral("clientId"), m_clientId);
        e.details.insert(QStringLiteral("userId"), who.email);
        e.details.insert(QStringLiteral("mpinId"), mpinId(who));
        e.details.insert(QStringLiteral("deviceName"), who.model);
    }

    QString mpinId(const Person &who) const
    {
        return QString::fromLatin1(Hash::sha256((who.email + m_clientId).toUtf8()).toHex());
    }

    void byTenant(AuditEntry &e, const char *action, const QString &resource)
    {
        static const std::array<const char *, 3> agents = {
            "okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/1.1"};
        static const std::array<const char *, 3> ips = {"10.20.0.11", "10.20.0.12", "10.20.0.13"};
        set(e, m_clientId, action, resource, QLatin1String(m_dice.pick(ips)),
            QLatin1String(m_dice.pick(agents)));
    }
    void byDevice(AuditEntry &e, const char *action, const QString &resource)
    {
        const QString ip = QStringLiteral("102.%1.%2.%3")
                               .arg(m_dice.between(88, 91))
                               .arg(m_dice.between(0, 255))
                               .arg(m_dice.between(1, 254));
        const QString agent =
            QStringLiteral("MID/3.2.1 (Android 14; %1)").arg(QLatin1String(m_dice.pick(kModels)));
        set(e, QStringLiteral("anonymous"), action, resource, ip, agent);
    }
    void byOperator(AuditEntry &e, const char *action, const QString &resource)
    {
        set(e, QStringLiteral("operator:admin"), action, resource, QStringLiteral("127.0.0.1"),
            QStringLiteral("mid-console/0.1.0"));
    }
    static void set(AuditEntry &e, const QString &actor, const char *action,
                    const QString &resource, const QString &ip, const QString &agent)
    {
        e.actor = actor;
        e.action = QLatin1String(action);
        e.resource = resource;
        e.ip = ip;
        e.userAgent = agent;
    }

    QString newestConsent() const
    {
        return m_newest ? m_recentConsents[(m_newest - 1) % kRecent]
                        : Ids::make(QStringLiteral("cons"));
    }
    QString recentConsent()
    {
        if (!m_newest)
            return Ids::make(QStringLiteral("cons"));
        const quint64 held = qMin(m_newest, kRecent);
        return m_recentConsents[(m_newest - 1 - quint64(m_dice.between(0, qint64(held) - 1))) %
                                kRecent];
    }

    QString m_clientId;
    const std::vector<Person> &m_people;
    Dice &m_dice;
    RowClock &m_clock;
    std::array<QString, kRecent> m_recentConsents;
    quint64 m_newest = 0;
};

// Appends rows to the audit chain: each row's hash is computed as AuditLog's chainHash does.
class AuditChain
{
public:
    explicit AuditChain(Connection &db)
        : m_insert(db, "INSERT INTO audit_events (seq, id, at, actor, action, resource, outcome, "
                       "ip, user_agent, request_id, details, hash) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
    {
        Statement head(db, "SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1");
        m_last = AuditLog::genesisHash();
        if (head.next()) {
            m_seq = head.columnInt(0);
            m_last = head.columnText(1);
            m_lastAt = head.columnInt(2);
        }
    }

    qint64 lastSeq() const { return m_seq; }
    qint64 lastAt() const { return m_lastAt; }

    void append(AuditEntry &e)
    {
        e.seq = ++m_seq;
        e.hash = QString::fromLatin1(Hash::sha256(m_last.toLatin1() + e.canonical()).toHex());
        m_insert.integer(e.seq).text(e.id).integer(e.at).text(e.actor).text(e.action);
        m_insert.text(e.resource).integer(e.outcome).text(e.ip).text(e.userAgent);
        m_insert.text(e.requestId).bytes(e.detailsText).text(e.hash);
        m_insert.run();
        m_last = e.hash;
    }

private:
    Statement m_insert;
    QString m_last;
    qint64 m_seq = 0;
    qint64 m_lastAt = 0;
};

// ---- The run -----------------------------------------------------------------------------------

// Evenly spaced times over [from, from + span), each jittered inside its own slot: increasing.
class Timeline
{
public:
    Timeline(qint64 count, qint64 from, qint64 span) : m_count(count), m_from(from), m_span(span) {}
    bool done() const { return m_i >= m_count; }
    qint64 at(Dice &dice) const
    {
        return m_from + qint64((double(m_i) + dice.unit()) * double(m_span) / double(m_count));
    }
    qint64 index() const { return m_i; }
    void advance() { ++m_i; }

private:
    qint64 m_count, m_from, m_span;
    qint64 m_i = 0;
};

QString thousands(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

class Seeder
{
public:
    Seeder(Connection &db, const Options &o, Dice &dice, const std::vector<Person> &people,
           qint64 now)
        : m_db(db), m_o(o), m_dice(dice), m_clock(now), m_consentRows(db), m_chain(db),
          m_consents(o.client, people, dice, m_clock, now),
          m_audit(o.client, people, dice, m_clock),
          m_consentTimes(o.consents, now - o.days * kDayMs, o.days * kDayMs),
          m_auditTimes(o.audit, now - o.days * kDayMs, o.days * kDayMs)
    {
    }

    const AuditChain &chain() const { return m_chain; }

    void run()
    {
        m_stopwatch.start();
        m_db.exec("BEGIN");
        qint64 inTransaction = 0;
        while (!m_consentTimes.done() || !m_auditTimes.done()) {
            writeNext();
            if (++inTransaction == m_o.batch) {
                m_db.exec("COMMIT");
                progress();
                m_db.exec("BEGIN");
                inTransaction = 0;
            }
        }
        m_db.exec("COMMIT");
        if (inTransaction > 0)
            progress();
    }

private:
    // The earlier of the two streams' next rows, so audit rows can name consents made before.
    void writeNext()
    {
        if (m_nextConsentAt < 0 && !m_consentTimes.done())
            m_nextConsentAt = m_consentTimes.at(m_dice);
        if (m_nextAuditAt < 0 && !m_auditTimes.done())
            m_nextAuditAt = m_auditTimes.at(m_dice);
        if (!m_consentTimes.done() && (m_auditTimes.done() || m_nextConsentAt <= m_nextAuditAt)) {
            const Consent c = m_consents.make(m_nextConsentAt);
            m_consentRows.insert(c);
            m_audit.madeConsent(c.id);
            m_consentTimes.advance();
            m_nextConsentAt = -1;
            return;
        }
        AuditEntry e = m_audit.make(m_nextAuditAt);
        m_chain.append(e);
        m_auditTimes.advance();
        m_nextAuditAt = -1;
    }

    void progress()
    {
        const qint64 done = m_consentTimes.index() + m_auditTimes.index();
        const qint64 total = m_o.consents + m_o.audit;
        const double seconds = qMax<qint64>(1, m_stopwatch.elapsed()) / 1000.0;
        const double rate = double(done) / seconds;
        std::printf("bench_seed: consents %s/%s, audit %s/%s, %.0f rows/s, %.0f s, ETA %.0f s\n",
                    qPrintable(thousands(m_consentTimes.index())),
                    qPrintable(thousands(m_o.consents)),
                    qPrintable(thousands(m_auditTimes.index())), qPrintable(thousands(m_o.audit)),
                    rate, seconds, rate > 0 ? double(total - done) / rate : 0.0);
        std::fflush(stdout);
    }

    Connection &m_db;
    const Options &m_o;
    Dice &m_dice;
    RowClock m_clock;
    ConsentWriter m_consentRows;
    AuditChain m_chain;
    ConsentFactory m_consents;
    AuditFactory m_audit;
    Timeline m_consentTimes, m_auditTimes;
    qint64 m_nextConsentAt = -1, m_nextAuditAt = -1;
    QElapsedTimer m_stopwatch;
};

// ---- main --------------------------------------------------------------------------------------

Options parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fills a mid-server database (stopped) with consents of one client and audit rows."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file."),
                                QStringLiteral("path"));
    const QCommandLineOption client(QStringLiteral("client"),
                                    QStringLiteral("The client whose consents to make."),
                                    QStringLiteral("id"));
    const QCommandLineOption consents(QStringLiteral("consents"), QStringLiteral("Consent rows."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption audit(QStringLiteral("audit"), QStringLiteral("Audit rows."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("Days the rows are spread over (90)."),
                                  QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Rows per transaction (100000)."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption cache(QStringLiteral("cache-mib"),
                                   QStringLiteral("SQLite page cache in MiB (1024)."),
                                   QStringLiteral("n"), QStringLiteral("1024"));
    const QCommandLineOption people(
        QStringLiteral("people"),
        QStringLiteral("Distinct recipients (default: consents / 8, 1,000 to 250,000)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the data's choices (17)."),
                                  QStringLiteral("n"), QStringLiteral("17"));
    p.addOptions({db, client, consents, audit, days, batch, cache, people, seed});
    p.process(app);
    Options o;
    o.db = p.value(db);
    o.client = p.value(client);
    o.consents = p.value(consents).toLongLong();
    o.audit = p.value(audit).toLongLong();
    o.days = p.value(days).toInt();
    o.batch = p.value(batch).toInt();
    o.cacheMiB = p.value(cache).toInt();
    o.people = p.value(people).toInt();
    o.seed = p.value(seed).toULongLong();
    if (o.db.isEmpty() || o.client.isEmpty() || o.consents < 0 || o.audit < 0 || o.days < 1 ||
        o.batch < 1 || o.cacheMiB < 1 || o.people < 0) {
        std::fprintf(stderr, "%s", qPrintable(p.helpText()));
        std::exit(2);
    }
    if (o.people == 0)
        o.people = int(qBound(qint64(1000), o.consents / 8, qint64(250000)));
    return o;
}

void configure(Connection &db, const Options &o)
{
    requireWal(db);
    // The server's settings for the WAL; NORMAL syncs only at checkpoints.
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA journal_size_limit=67108864");
    db.exec(QStringLiteral("PRAGMA cache_size=-%1")
                .arg(qint64(o.cacheMiB) * 1024)
                .toUtf8()
                .constData());
}

int seed(const Options &o)
{
    if (!QFileInfo::exists(o.db))
        throw std::runtime_error(("no database at " + o.db).toStdString());
    if (openElsewhere(o.db))
        throw std::runtime_error("another process has the database open: stop mid-server first");
    Connection db(o.db);
    configure(db, o);
    requireClient(db, o.client);
    Dice dice(o.seed);
    const std::vector<Person> people = makePeople(o.people, dice);
    const qint64 now = Time::nowMs();
    Seeder seeder(db, o, dice, people, now);
    std::printf("bench_seed: %s consents of %s, %s audit rows after seq %lld, %d days, %s people\n",
                qPrintable(thousands(o.consents)), qPrintable(o.client),
                qPrintable(thousands(o.audit)), seeder.chain().lastSeq(), o.days,
                qPrintable(thousands(o.people)));
    QElapsedTimer clock;
    clock.start();
    seeder.run();
    const double insertSeconds = clock.elapsed() / 1000.0;
    // The counts the server keeps with each audit write (audit_counts, migration 8), made
    // again from the rows as that migration makes them.
    db.exec("BEGIN IMMEDIATE");
    db.exec("DELETE FROM audit_counts");
    db.exec("INSERT INTO audit_counts SELECT 'all', '', COUNT(*) FROM audit_events");
    db.exec("INSERT INTO audit_counts SELECT 'actor', actor, COUNT(*) FROM audit_events "
            "GROUP BY actor");
    db.exec("INSERT INTO audit_counts SELECT 'action', action, COUNT(*) FROM audit_events "
            "GROUP BY action");
    db.exec("COMMIT");
    // The server then starts on an empty WAL rather than replaying gigabytes of it.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf(
        "bench_seed: done: %.1f s inserting, %.1f s with the counts and the checkpoint; audit "
        "head seq %lld\n",
        insertSeconds, clock.elapsed() / 1000.0, seeder.chain().lastSeq());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_seed"));
    const Options o = parse(app);
    try {
        return seed(o);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_seed: %s\n", e.what());
        return 1;
    }
}
