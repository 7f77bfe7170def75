#pragma once

class QCoreApplication;
class QLocale;

namespace mid::ui {

// Installs the console's translations for `locale` on `app`: its own strings
// (":/i18n/mid_<language>.qm", compiled from translations/) and Qt's, where they exist.
// Returns whether the console's own were found (English, the source language, has none).
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace mid::ui
