#pragma once

#include "services/DocumentService.h"

namespace mid {

namespace DocumentInput {
// The upload of POST /v1/identity/documents and /v1/signing/documents, in either form §10
// allows: multipart/form-data with the file in field `file` and an optional text field `mrz`,
// or JSON {content (base64), filename?, contentType?, mrz?}. A declared content type is never
// trusted (the bytes are sniffed). Malformed multipart answers 400; a missing or undecodable
// file 422 naming the field. Pure (no server state): uploads are read on a worker thread.
DocumentUpload read(const QByteArray &contentType, const QByteArray &body, const QString &purpose);
} // namespace DocumentInput

} // namespace mid
