#include "ConsentTimeline.h"

#include "models/ConsentsModel.h"
#include "widgets/StatusDelegate.h"

#include <QPainter>

namespace mid::ui {

namespace {

QString timeOf(const QJsonObject &c, const char *key)
{
    return ConsentsModel::displayTime(c.value(QLatin1String(key)).toString());
}

constexpr int kDot = 12;    // diameter of a step's dot
constexpr int kGutter = 28; // width of the dot-and-line column
constexpr int kPadding = 6; // space above and below the timeline

} // namespace

ConsentTimeline::ConsentTimeline(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Timeline"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ConsentTimeline::setConsent(const QJsonObject &consent)
{
    m_steps = stepsOf(consent);
    QStringList summary;
    for (const Step &s : std::as_const(m_steps))
        summary << (s.detail.isEmpty() ? s.title : s.title + QStringLiteral(": ") + s.detail);
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void ConsentTimeline::clear()
{
    m_steps.clear();
    setAccessibleDescription({});
    updateGeometry();
    update();
}

QList<ConsentTimeline::Step> ConsentTimeline::stepsOf(const QJsonObject &c)
{
    if (c.isEmpty())
        return {};
    const QString status = c.value(QStringLiteral("status")).toString();
    const bool terminal = ConsentsModel::isTerminal(status);
    QList<Step> steps;
    steps.append({QStringLiteral("pending"), tr("Created"), timeOf(c, "createdAt"), true});

    const QString scanned = timeOf(c, "scannedAt");
    const QString notScanned = terminal ? tr("Not scanned") : tr("Waiting for the phone…");
    steps.append({QStringLiteral("scanned"), tr("Scanned"),
                  scanned.isEmpty() ? notScanned : scanned, !scanned.isEmpty()});

    // A withdrawn approval shows both the approval and the revocation.
    if (status == QLatin1String("revoked") && c.contains(QStringLiteral("decidedAt")))
        steps.append({QStringLiteral("approved"), tr("Approved"), timeOf(c, "decidedAt"), true});
    steps.append(outcomeOf(c));
    return steps;
}

ConsentTimeline::Step ConsentTimeline::outcomeOf(const QJsonObject &c)
{
    const QString status = c.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("approved"))
        return {status, tr("Approved"), timeOf(c, "decidedAt"), true};
    if (status == QLatin1String("rejected"))
        return {status, tr("Rejected"), timeOf(c, "decidedAt"), true};
    if (status == QLatin1String("expired"))
        return {status, tr("Expired"), timeOf(c, "expiresAt"), true};
    if (status == QLatin1String("revoked"))
        return {status, tr("Revoked"), timeOf(c, "revokedAt"), true};
    return {QStringLiteral("pending"), tr("Decision"), tr("Expires %1").arg(timeOf(c, "expiresAt")),
            false};
}

int ConsentTimeline::rowHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

QSize ConsentTimeline::sizeHint() const
{
    return {240, int(m_steps.size()) * rowHeight() + 2 * kPadding};
}

QSize ConsentTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ConsentTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int h = rowHeight();
    for (int i = 0; i < m_steps.size(); ++i)
        paintStep(painter, i, QRect(0, kPadding + i * h, width(), h));
}

void ConsentTimeline::paintStep(QPainter &painter, int index, const QRect &row) const
{
    const Step &step = m_steps.at(index);
    const QColor muted = palette().color(QPalette::Disabled, QPalette::WindowText);
    const QColor color = step.done ? StatusDelegate::colorFor(step.state) : muted;
    const int cx = kGutter / 2;
    const int cy = row.top() + fontMetrics().height() / 2 + 2;

    // The line down to the next step; solid only when that step has happened.
    if (index + 1 < m_steps.size()) {
        const bool nextDone = m_steps.at(index + 1).done;
        painter.setPen(QPen(nextDone ? color : muted, 2, nextDone ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(cx, cy + kDot / 2, cx, cy + row.height() - kDot / 2);
    }
    painter.setPen(QPen(color, 2));
    painter.setBrush(step.done ? QBrush(color) : QBrush(palette().color(QPalette::Base)));
    painter.drawEllipse(QPoint(cx, cy), kDot / 2, kDot / 2);

    const QRect textRect = row.adjusted(kGutter, 0, 0, 0);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(step.done ? palette().color(QPalette::WindowText) : muted);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, step.title);
    painter.setFont(font());
    painter.setPen(muted);
    painter.drawText(textRect.adjusted(0, fontMetrics().height() + 1, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop, step.detail);
}

} // namespace mid::ui
