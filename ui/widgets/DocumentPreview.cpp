#include "DocumentPreview.h"

#include "client/AdminClient.h"
#include "models/JsonText.h"

#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
enum Page
{
    MessagePage,
    ImagePage,
    PdfPage
};

bool isPdf(const QString &contentType)
{
    return contentType.startsWith(QLatin1String("application/pdf"));
}
} // namespace

DocumentPreview::DocumentPreview(AdminClient &api, QWidget *parent)
    : QWidget(parent), m_api(api), m_stack(new QStackedWidget(this)), m_message(new QLabel),
      m_imageView(new QLabel), m_pdf(new QPdfDocument(this)), m_pdfView(new QPdfView),
      m_caption(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("documentPreviewMessage"));
    m_message->setAccessibleName(tr("Document preview message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_imageView->setObjectName(QStringLiteral("documentPreviewImage"));
    m_imageView->setAccessibleName(tr("Document image"));
    m_imageView->setAlignment(Qt::AlignCenter);
    m_imageView->setMinimumSize(1, 1); // the pixmap follows the size, not the other way
    m_imageView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    m_pdfView->setObjectName(QStringLiteral("documentPreviewPdf"));
    m_pdfView->setAccessibleName(tr("Document pages"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setPageSpacing(8);
    m_pdfView->setDocumentMargins(QMargins(8, 8, 8, 8));
    m_pdfView->setBackgroundRole(QPalette::Mid);

    m_stack->setObjectName(QStringLiteral("documentPreviewStack"));
    m_stack->setAccessibleName(tr("Document preview"));
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ImagePage, m_imageView);
    m_stack->insertWidget(PdfPage, m_pdfView);
    m_stack->setFrameShape(QFrame::StyledPanel);

    m_caption->setObjectName(QStringLiteral("documentPreviewCaption"));
    m_caption->setAccessibleName(tr("Document summary"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);

    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (m_state != State::Loading || !isPdf(m_contentType))
            return;
        if (status == QPdfDocument::Status::Ready)
            setState(State::Pdf, pdfCaption());
        else if (status == QPdfDocument::Status::Error)
            showMessage(State::Unavailable, tr("This PDF cannot be shown: it is damaged or "
                                               "protected."));
    });
    clear();
}

DocumentPreview::~DocumentPreview()
{
    // The view and the document let go of the bytes before the buffer goes.
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
}

void DocumentPreview::clear()
{
    ++m_generation;
    m_documentId.clear();
    m_image = QImage();
    m_pdf->close();
    m_pdfBytes.close();
    showMessage(State::Empty, tr("No document"));
}

QString DocumentPreview::pdfCaption() const
{
    const int pages = m_pdf->pageCount();
    return pages == 1 ? tr("PDF · 1 page") : tr("PDF · %L1 pages").arg(pages);
}

int DocumentPreview::pageCount() const
{
    switch (m_state) {
    case State::Pdf:
        return m_pdf->pageCount();
    case State::Image:
        return 1;
    default:
        return 0;
    }
}

QString DocumentPreview::caption() const
{
    return m_caption->text();
}

void DocumentPreview::showDocument(const QJsonObject &document)
{
    const QString id = jsonText(document, "id").isEmpty() ? jsonText(document, "documentId")
                                                          : jsonText(document, "id");
    const bool removed = document.value(QStringLiteral("deleted")).toBool();
    if (id == m_documentId && !removed && m_state != State::Unavailable)
        return;
    clear();
    m_documentId = id;
    m_contentType = jsonText(document, "contentType");
    if (removed) {
        showMessage(State::Removed, tr("Document removed by retention"));
        return;
    }
    load(id);
}

void DocumentPreview::load(const QString &id)
{
    showMessage(State::Loading, tr("Loading the document…"));
    m_api.documentContent(id, this, [this, generation = m_generation](const ApiResult &r) {
        if (generation == m_generation)
            loaded(r);
    });
}

void DocumentPreview::loaded(const ApiResult &r)
{
    // 410 Gone; the server answers 409 (conflict) once retention removed the file.
    if (r.status == 410 || r.status == 409) {
        showMessage(State::Removed, tr("Document removed by retention"));
        return;
    }
    if (!r.ok()) {
        showMessage(State::Unavailable,
                    tr("The document could not be read: %1").arg(r.errorText()));
        return;
    }
    if (m_contentType.isEmpty())
        m_contentType = QString::fromLatin1(r.contentType);
    if (isPdf(m_contentType)) {
        m_pdfBytes.setData(r.raw);
        m_pdfBytes.open(QIODevice::ReadOnly);
        m_pdf->load(&m_pdfBytes); // statusChanged says how it went
        if (m_pdf->status() == QPdfDocument::Status::Ready)
            setState(State::Pdf, pdfCaption());
        else if (m_pdf->status() == QPdfDocument::Status::Error)
            showMessage(State::Unavailable, tr("This PDF cannot be shown: it is damaged or "
                                               "protected."));
        return;
    }
    m_image = QImage::fromData(r.raw);
    if (m_image.isNull()) {
        showMessage(State::Unavailable,
                    tr("This document cannot be shown here (%1).")
                        .arg(m_contentType.isEmpty() ? tr("unknown type") : m_contentType));
        return;
    }
    showImage();
    setState(State::Image, tr("Image · %1 × %2 pixels · %3")
                               .arg(m_image.width())
                               .arg(m_image.height())
                               .arg(QLocale().formattedDataSize(r.raw.size())));
}

void DocumentPreview::showImage()
{
    if (m_image.isNull())
        return;
    // The stack's room: a page not shown yet keeps whatever size it was born with.
    const QSize room = m_stack->contentsRect().size() - QSize(8, 8);
    if (room.width() <= 0 || room.height() <= 0)
        return;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        m_image.scaled(room * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_imageView->setPixmap(pixmap);
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_state == State::Image)
        showImage();
}

void DocumentPreview::showMessage(State state, const QString &text)
{
    m_message->setText(text);
    m_imageView->clear();
    m_stack->setCurrentIndex(MessagePage);
    setState(state, QString());
}

void DocumentPreview::setState(State state, const QString &caption)
{
    if (state == State::Image)
        m_stack->setCurrentIndex(ImagePage);
    else if (state == State::Pdf)
        m_stack->setCurrentIndex(PdfPage);
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_stack->setAccessibleDescription(caption.isEmpty() ? m_message->text() : caption);
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mid::ui
