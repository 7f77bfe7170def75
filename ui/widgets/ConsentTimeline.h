#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

namespace mid::ui {

// The life of one consent session as a vertical timeline: created → scanned → approved /
// rejected / expired / revoked, each with its time; steps that have not happened yet are
// greyed, so an operator sees at a glance how far a session got.
class ConsentTimeline : public QWidget
{
    Q_OBJECT
public:
    struct Step
    {
        QString state;  // status word for the dot's colour (pending, scanned, approved, …)
        QString title;  // translated
        QString detail; // local time, or why there is none yet
        bool done = false;
    };

    explicit ConsentTimeline(QWidget *parent = nullptr);

    void setConsent(const QJsonObject &consent);
    void clear();
    const QList<Step> &steps() const { return m_steps; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QList<Step> stepsOf(const QJsonObject &consent);
    static Step outcomeOf(const QJsonObject &consent);
    int rowHeight() const;
    void paintStep(QPainter &painter, int index, const QRect &row) const;

    QList<Step> m_steps;
};

} // namespace mid::ui
