// multipart/form-data as a document upload reads it (http/Multipart, RFC 7578): the body read
// whole and read in chunks must give the same verdict, error and parts; every part accepted is
// sniffed (domain/DocumentType), and a type sniffed must be the one its leading signature says
// and carry no PDF header elsewhere in its first 1024 bytes. Input: the Content-Type value on
// the first line (at most 200 bytes), then the body; the first byte also sets the chunk size
// (1 to 13 bytes). The body itself is sniffed too, so that the sniffer is reached without the
// framing.
#include "domain/DocumentType.h"
#include "http/Multipart.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QSet>

using namespace mid;

namespace {

constexpr qsizetype kMaxTypeLine = 200;
// Small limits, so that short inputs reach every one of them.
const MultipartLimits kLimits{4, 256, 2048, 8192};

struct Verdict
{
    std::optional<QList<MultipartPart>> parts;
    QString error;
};

Verdict readWhole(QByteArrayView type, QByteArrayView body)
{
    Verdict out;
    out.parts = parseMultipart(type, body, &out.error, kLimits);
    return out;
}

Verdict readInChunks(QByteArrayView type, QByteArrayView body, qsizetype chunk)
{
    Verdict out;
    const std::optional<QByteArray> boundary = MultipartParser::boundaryOf(type, &out.error);
    if (!boundary)
        return out;
    MultipartParser parser(*boundary, kLimits);
    for (qsizetype at = 0; at < body.size() && !parser.failed(); at += chunk)
        parser.feed(body.sliced(at, qMin(chunk, body.size() - at)));
    if (parser.finish())
        out.parts = parser.parts();
    else
        out.error = parser.error();
    return out;
}

std::optional<DocumentType::Kind> kindBySignature(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return DocumentType::Kind::Png;
    if (bytes.startsWith("\xff\xd8\xff"))
        return DocumentType::Kind::Jpeg;
    if (bytes.startsWith("%PDF-"))
        return DocumentType::Kind::Pdf;
    return std::nullopt;
}

void checkSniff(QByteArrayView bytes)
{
    QString why;
    const auto sniffed = DocumentType::sniff(bytes, &why);
    if (!sniffed) {
        MID_FUZZ_CHECK(!why.isEmpty(), "refused without a reason");
        return;
    }
    fuzz::say(QStringLiteral("sniffed ") + sniffed->mimeType);
    MID_FUZZ_CHECK(kindBySignature(bytes) == sniffed->kind, "sniffed another kind than its start");
    MID_FUZZ_CHECK(sniffed->mimeType == DocumentType::mimeTypeOf(sniffed->kind),
                   "sniffed a MIME type that is not its kind's");
    MID_FUZZ_CHECK(sniffed->kind == DocumentType::Kind::Pdf ||
                       !bytes.first(qMin<qsizetype>(bytes.size(), 1024)).contains("%PDF-"),
                   "accepted an image that a PDF reader would open");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.first(qMin(input.size(), kMaxTypeLine + 1)).indexOf('\n');
    const qsizetype typeEnd = newline >= 0 ? newline : qMin(input.size(), kMaxTypeLine);
    const QByteArrayView type = QByteArrayView(input).first(typeEnd);
    const QByteArrayView body = QByteArrayView(input).sliced(newline >= 0 ? typeEnd + 1 : typeEnd);
    const qsizetype chunk = size == 0 ? 1 : data[0] % 13 + 1;

    const Verdict whole = readWhole(type, body);
    const Verdict chunked = readInChunks(type, body, chunk);
    fuzz::say(whole.parts ? QStringLiteral("accepted %1 parts").arg(whole.parts->size())
                          : QStringLiteral("refused: ") + whole.error);
    MID_FUZZ_CHECK(whole.parts.has_value() == chunked.parts.has_value(),
                   "whole and chunked reads disagree on the verdict");
    MID_FUZZ_CHECK(whole.error == chunked.error, "whole and chunked reads give other errors");
    MID_FUZZ_CHECK(whole.parts == chunked.parts, "whole and chunked reads give other parts");
    MID_FUZZ_CHECK(whole.parts || !whole.error.isEmpty(), "refused without a reason");
    checkSniff(body);
    if (!whole.parts)
        return 0;
    MID_FUZZ_CHECK(whole.parts->size() <= kLimits.maxParts, "more parts than the limit");
    QSet<QByteArray> names;
    for (const MultipartPart &part : std::as_const(*whole.parts)) {
        MID_FUZZ_CHECK(!part.name.isEmpty() && !names.contains(part.name),
                       "a part without a name, or with another's");
        names.insert(part.name);
        MID_FUZZ_CHECK(part.body.size() <= kLimits.maxPartBytes, "a part over the limit");
        checkSniff(part.body);
    }
    return 0;
}
