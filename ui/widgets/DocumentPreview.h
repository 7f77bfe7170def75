#pragma once

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedWidget;

namespace mid {
class AdminClient;
struct ApiResult;
} // namespace mid

namespace mid::ui {

// An uploaded document as a reviewer reads it: an image scaled to fit, or a PDF page after
// page, its page count shown. The bytes come from GET /admin/v1/documents/:id/content when a
// document is shown; one that retention removed (`deleted`, or 410/409) says so instead.
class DocumentPreview : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Loading,
        Image,
        Pdf,
        Removed,     // retention deleted the file
        Unavailable, // it could not be read or shown (the message says why)
    };
    Q_ENUM(State)

    explicit DocumentPreview(AdminClient &api, QWidget *parent = nullptr);
    ~DocumentPreview() override;

    // Shows a document (its metadata: id, contentType, filename, deleted); the same document
    // again is not read again.
    void showDocument(const QJsonObject &document);
    void clear();

    State state() const { return m_state; }
    int pageCount() const; // of a PDF; 1 for an image, 0 otherwise
    // What the preview says under the document ("Page count", errors).
    QString caption() const;

Q_SIGNALS:
    void stateChanged(mid::ui::DocumentPreview::State state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void load(const QString &id);
    void loaded(const ApiResult &result);
    void showMessage(State state, const QString &text);
    void showImage();
    void setState(State state, const QString &caption);
    QString pdfCaption() const;

    AdminClient &m_api;
    QString m_documentId;
    QString m_contentType;
    quint64 m_generation = 0;
    State m_state = State::Empty;
    QImage m_image;
    QBuffer m_pdfBytes;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_imageView;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView;
    QLabel *m_caption;
};

} // namespace mid::ui
