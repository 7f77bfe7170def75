#pragma once

#include "http/Reply.h"

#include <QHash>
#include <QString>

// The box's own HTML pages (the web approver, the phone set-up page): templates from the
// resources, filled with escaped values, served with a CSP that allows only the page's own
// inline style and script.
namespace mid::HtmlPage {

QString escape(const QString &text);
// Fills {{key}} with the HTML-escaped value and {{{key}}} with the value as it is (only for
// HTML built from escaped parts). One pass over the template, so a value that itself contains
// braces is never expanded again.
QString fill(const QString &page, const QHash<QString, QString> &values);
// `resource` filled with `values` plus {{nonce}}, the CSP nonce of this answer.
Reply render(const QString &resource, QHash<QString, QString> values, int status = 200);

// A page's script or style sheet (loaded with the page's CSP nonce), served as it is.
inline constexpr const char *kScript = "text/javascript; charset=utf-8";
inline constexpr const char *kStyleSheet = "text/css; charset=utf-8";
Reply asset(const QString &resource, const char *contentType);

} // namespace mid::HtmlPage
