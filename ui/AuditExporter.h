#pragma once

#include "client/AdminClient.h"

#include <QObject>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace mid::ui {

// Writes every audit row matching a filter to a file, reading the log a page (500 rows) at a
// time and writing each page as it arrives, so an export of millions of rows neither holds
// them in memory nor stalls the window. The file appears only once complete (QSaveFile): a
// cancelled or failed export leaves nothing behind, not even a partial file.
// One exporter runs one export.
class AuditExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,       // RFC 4180, header row, CRLF line ends
        JsonLines, // one JSON object per line, as the API gives it
    };
    static constexpr int kPageSize = 500;

    AuditExporter(AdminClient &api, QObject *parent = nullptr);
    ~AuditExporter() override;

    // Starts writing to `path`; the answer comes through progress() and finished().
    void start(const AdminClient::AuditQuery &filter, const QString &path, Format format);
    // Stops at once and removes what was written; finished(false, …) follows.
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 written() const { return m_done; }

    // The file-name suffix ("csv", "jsonl") and the CSV field quoting, for reuse and tests.
    static QString suffix(Format format);
    static QByteArray csvField(const QString &value);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);
    // A page request left (reading the log is itself audited).
    void requestSent();

private:
    void requestPage(const QString &cursor);
    void takePage(const ApiResult &r);
    bool writeRows(const QJsonArray &items);
    void fail(const QString &message);
    void succeed();

    AdminClient &m_api;
    AdminClient::AuditQuery m_filter;
    Format m_format = Format::Csv;
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_cancelled = false;
};

} // namespace mid::ui
