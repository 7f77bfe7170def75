#pragma once

#include <QString>

class QApplication;

namespace mid::ui {

// Light and dark palettes on the Fusion style, so the console looks the same on every
// desktop; "system" follows the desktop's own light/dark setting.
class Theme
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };

    // Remembers the desktop's palette once, before any of ours replaces it.
    static void init(QApplication &app);
    static void apply(Mode mode);
    static Mode saved();  // from QSettings ("appearance/theme"); MID_CONSOLE_THEME overrides
    static void save(Mode mode);
    static bool isDark(); // what is shown now
    static bool systemPrefersDark();

    // The console's own resources (icons, stylesheets) are in midui, a static library: they
    // must be registered before first use. Registering twice is harmless.
    static void initResources();
    // The stylesheet ":/ui/styles/<name>.qss". It takes its colours from the palette (and
    // fixed accents), so it suits the light and the dark one alike.
    static QString styleSheet(const QString &name);

private:
    static inline bool s_systemDark = false;
    static inline bool s_dark = false;
};

} // namespace mid::ui
