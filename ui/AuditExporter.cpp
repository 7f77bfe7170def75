#include "AuditExporter.h"

#include <QDir>
#include <QJsonDocument>

namespace mid::ui {

namespace {

// The columns of a CSV export, in the order of the API's audit object.
const QStringList &csvColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),        QStringLiteral("seq"),     QStringLiteral("at"),
        QStringLiteral("actor"),     QStringLiteral("action"),  QStringLiteral("resource"),
        QStringLiteral("outcome"),   QStringLiteral("ip"),      QStringLiteral("userAgent"),
        QStringLiteral("requestId"), QStringLiteral("details"), QStringLiteral("hash")};
    return columns;
}

QString textOf(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += AuditExporter::csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

AuditExporter::AuditExporter(AdminClient &api, QObject *parent) : QObject(parent), m_api(api)
{
}

AuditExporter::~AuditExporter() = default; // an unfinished QSaveFile removes its temporary file

QString AuditExporter::suffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

QByteArray AuditExporter::csvField(const QString &value)
{
    // RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
    // Values are written as the log holds them (no spreadsheet "formula" escaping): an audit
    // export must be exactly the record.
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

void AuditExporter::start(const AdminClient::AuditQuery &filter, const QString &path, Format format)
{
    if (m_file)
        return;
    m_filter = filter;
    m_format = format;
    m_path = path;
    m_done = 0;
    m_total = -1;
    m_cancelled = false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("Could not write %1: %2")
                 .arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return;
    }
    if (format == Format::Csv)
        m_file->write(csvLine(csvColumns()));
    requestPage({});
}

void AuditExporter::cancel()
{
    if (!m_file)
        return;
    m_cancelled = true;
    fail(tr("Export cancelled; no file was written."));
}

void AuditExporter::requestPage(const QString &cursor)
{
    AdminClient::AuditQuery query = m_filter;
    query.limit = kPageSize;
    query.cursor = cursor;
    m_api.listAudit(query, this, [this](const ApiResult &r) {
        if (m_file) // a page that arrives after cancel() is dropped
            takePage(r);
    });
    Q_EMIT requestSent();
}

void AuditExporter::takePage(const ApiResult &r)
{
    if (!r.ok()) {
        fail(tr("The server stopped the export: %1").arg(r.errorText()));
        return;
    }
    const QJsonObject data = r.object();
    if (m_total < 0) // later pages sit behind a cursor: rows added since are not part of it
        m_total = data.value(QStringLiteral("total")).toInteger();
    if (!writeRows(data.value(QStringLiteral("items")).toArray())) {
        fail(tr("Could not write %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return;
    }
    Q_EMIT progress(m_done, qMax(m_total, m_done));
    if (!m_file)
        return; // cancelled from the progress signal
    const QString next = data.value(QStringLiteral("nextCursor")).toString();
    if (next.isEmpty())
        succeed();
    else
        requestPage(next);
}

bool AuditExporter::writeRows(const QJsonArray &items)
{
    QByteArray chunk;
    for (const QJsonValue &item : items) {
        const QJsonObject row = item.toObject();
        if (m_format == Format::JsonLines) {
            chunk += QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
            continue;
        }
        QStringList fields;
        for (const QString &column : csvColumns())
            fields.append(textOf(row.value(column)));
        chunk += csvLine(fields);
    }
    m_done += items.size();
    return m_file->write(chunk) == chunk.size();
}

void AuditExporter::fail(const QString &message)
{
    m_file.reset(); // discards the temporary file; the target is left as it was
    Q_EMIT finished(false, message);
}

void AuditExporter::succeed()
{
    if (!m_file->commit()) {
        fail(tr("Could not save %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return;
    }
    m_file.reset();
    Q_EMIT finished(true, tr("%n audit entries exported to %1.", nullptr, int(m_done))
                              .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace mid::ui
