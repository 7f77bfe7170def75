// The three webhook signatures as a receiver checks them (webhooks/SignatureCheck, what the
// console's inspector shows for every stored delivery): the body's `signature` over its
// canonical JSON, X-Mid-Signature, and Standard Webhooks' webhook-id/-timestamp/-signature with
// several v1 entries, under the fixed current and previous secrets. Input: the headers as a
// JSON object on the first line, then the raw body.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/SignatureCheck.h"

#include <QJsonDocument>

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList secrets{fuzz::Fixed::kWebhookSecret, fuzz::Fixed::kOldWebhookSecret};

    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QJsonObject headers =
        QJsonDocument::fromJson(newline < 0 ? input : input.left(newline)).object();
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QJsonObject verdicts = SignatureCheck::check(body, headers, secrets);
    MID_FUZZ_CHECK(verdicts.size() == 3, "not three verdicts");
    fuzz::say(QString::fromUtf8(QJsonDocument(verdicts).toJson(QJsonDocument::Compact)));
    SignatureCheck::check(body, headers, {});
    return 0;
}
