#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace mid {
struct ApiResult;
} // namespace mid

namespace mid::ui {

// A table of JSON records, newest first, that an admin list endpoint hands out page by page:
// the first page on reload(), older pages on demand (fetchMore) until kMaxRows are shown.
// Subclasses ask for a page (requestPage) and take in its rows (appendPage); an answer that
// arrives after a reload belongs to the old list and is dropped.
class PagedRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The newest rows kept in memory; older ones are dropped so a busy server cannot grow
    // the console without bound.
    static constexpr int kMaxRows = 5000;

    void reload();
    bool isLoading() const { return m_loading; }
    // The listing's size as its first page gave it, kept in step with live additions; -1
    // until that page arrived.
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    void totalChanged(qint64 total);

protected:
    PagedRecordsModel(int columnCount, QObject *parent);

    // Asks the server for the page at `cursor` (empty: the first), answering through
    // pageAnswer().
    virtual void requestPage(const QString &cursor) = 0;
    // Takes in the records of one page; m_nextCursor already points at the next.
    virtual void appendPage(const ApiResult &result) = 0;
    // Called inside the model reset of reload(), for what a subclass keeps besides m_rows.
    virtual void clearExtraState() {}

    // The handler for the answer to a page request made now: it ends loading and reports
    // failures, and drops the answer when the list was reloaded meanwhile.
    std::function<void(const ApiResult &)> pageAnswer();
    QJsonObject recordAt(int row) const;
    // Where a record goes to keep the rows newest first (by createdAt).
    int insertPosition(const QJsonObject &record) const;
    // A record joined (+1) or left (-1) the listing after its first page was counted.
    void adjustTotal(int by);

    QList<QJsonObject> m_rows;
    QString m_nextCursor;
    quint64 m_generation = 0; // answers of an older list are dropped

private:
    void setLoading(bool loading);

    int m_columnCount;
    bool m_loading = false;
    qint64 m_total = -1;
};

} // namespace mid::ui
