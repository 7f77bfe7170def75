#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOption>

// Q_INIT_RESOURCE must be used outside any namespace. The linker would drop the static
// library's unreferenced initializer; this call references it.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace mid::ui {

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x92, 0x9c));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd5, 0xdd));
    p.setColor(QPalette::Midlight, QColor(0xe5, 0xe8, 0xec));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa6, 0xae));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1f, 0x24));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x90));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x35, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0b, 0x0d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x7c));
    return p;
}

const char *kKey = "appearance/theme";

// Fusion outlines check boxes with the window colour darkened, which on the dark palette is
// the colour of the box itself: the boxes (settings switches, event checklists) vanish. This
// draws Fusion's indicator and, on a dark base, a visible border over it.
class VisibleIndicatorStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool checkBox =
            element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if (!checkBox || option->palette.color(QPalette::Base).lightness() >= 128)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(option->palette.color(QPalette::Mid).lighter(160));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

void Theme::init(QApplication &app)
{
    const QPalette desktop = app.palette();
    s_systemDark = desktop.color(QPalette::Window).lightness() < 128 ||
                   qEnvironmentVariable("GTK_THEME").contains(QLatin1String(":dark"));
    QApplication::setStyle(
        new VisibleIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
}

bool Theme::systemPrefersDark()
{
    return s_systemDark;
}

void Theme::apply(Mode mode)
{
    s_dark = mode == Mode::Dark || (mode == Mode::System && s_systemDark);
    QApplication::setPalette(s_dark ? darkPalette() : lightPalette());
}

bool Theme::isDark()
{
    return s_dark;
}

Theme::Mode Theme::saved()
{
    const QString forced = qEnvironmentVariable("MID_CONSOLE_THEME");
    const QString name =
        forced.isEmpty() ? QSettings().value(QLatin1String(kKey)).toString() : forced;
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Theme::save(Mode mode)
{
    static const char *names[] = {"system", "light", "dark"};
    QSettings().setValue(QLatin1String(kKey), QLatin1String(names[int(mode)]));
}

void Theme::initResources()
{
    initUiResources();
}

QString Theme::styleSheet(const QString &name)
{
    initResources();
    QFile file(QStringLiteral(":/ui/styles/%1.qss").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("no stylesheet %s", qPrintable(file.fileName()));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace mid::ui
