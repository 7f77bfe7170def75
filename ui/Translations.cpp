#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mid::ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    const bool found =
        ours->load(locale, QStringLiteral("mid"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return found;
}

} // namespace mid::ui
