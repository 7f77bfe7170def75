#include "MpinIdentitiesSection.h"

#include "ServerSession.h"
#include "models/MpinIdentitiesModel.h"
#include "panels/MpinIdentityActions.h"
#include "widgets/PanelParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mid::ui {

MpinIdentitiesSection::MpinIdentitiesSection(ServerSession &session, QWidget *parent)
    : QWidget(parent), m_model(new MpinIdentitiesModel(session.api(), this)),
      m_view(createRecordTable(m_model, MpinIdentitiesModel::State, {}, this)),
      m_info(createValueLabel(this, tr("Identity details"))),
      m_actions(new MpinIdentityActions(session, this))
{
    setAccessibleName(tr("MPin identities"));
    m_view->setAccessibleName(tr("MPin identities of the device"));
    m_view->setSortingEnabled(false); // newest first, as listed: a device has a few at most
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // What the narrow pane leaves out goes in the line under the table.
    for (int column :
         {MpinIdentitiesModel::Project, MpinIdentitiesModel::Dvs, MpinIdentitiesModel::Activated})
        m_view->setColumnHidden(column, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : {MpinIdentitiesModel::Identity, MpinIdentitiesModel::User})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(MpinIdentitiesModel::State, 80);
    header->setSectionResizeMode(MpinIdentitiesModel::DeviceName, QHeaderView::Stretch);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_actions->attachTo(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_actions->renameButton());
    buttons->addWidget(m_actions->revokeButton());
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);
    column->addWidget(createSectionTitle(tr("MPin identities"), this));
    column->addWidget(m_view);
    column->addWidget(m_info);
    column->addLayout(buttons);

    onRowCountChange(m_model, this, [this] { rowsChanged(); });
    connect(m_model, &MpinIdentitiesModel::dataChanged, this, &MpinIdentitiesSection::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MpinIdentitiesSection::showCurrent);
    connect(m_actions, &MpinIdentityActions::changed, this, [this](const QJsonObject &identity) {
        m_model->upsert(identity);
        Q_EMIT identityChanged(identity);
    });
    hide();
}

void MpinIdentitiesSection::showDevice(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    hide();
    if (deviceId.isEmpty())
        return;
    MpinIdentitiesModel::Filter filter;
    filter.deviceId = deviceId;
    if (filter == m_model->filter())
        m_model->reload(); // shown again after the panel reloaded: read afresh
    else
        m_model->setFilter(filter);
}

void MpinIdentitiesSection::apply(const QJsonObject &identity)
{
    if (!m_deviceId.isEmpty())
        m_model->upsert(identity);
}

void MpinIdentitiesSection::applyEvent(const StreamEvent &event)
{
    if (!m_deviceId.isEmpty())
        m_model->applyEvent(event);
}

void MpinIdentitiesSection::updateButtons()
{
    m_actions->updateButtons();
}

void MpinIdentitiesSection::rowsChanged()
{
    const int rows = m_model->rowCount();
    setVisible(!m_deviceId.isEmpty() && rows > 0);
    // As tall as its rows, as the credentials above it.
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           qMax(1, rows) * m_view->verticalHeader()->defaultSectionSize() +
                           2 * m_view->frameWidth() + 2);
    if (rows > 0 && !m_view->currentIndex().isValid()) {
        // The buttons act on the current row: the only one needs no highlight, one of several
        // does.
        const auto mark = rows == 1
                              ? QItemSelectionModel::NoUpdate
                              : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), mark);
    }
    showCurrent();
}

void MpinIdentitiesSection::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QJsonObject identity =
        current.isValid() ? current.data(MpinIdentitiesModel::IdentityRole).toJsonObject()
                          : QJsonObject();
    m_actions->setIdentity(identity);
    // The whole MPin ID (64 hex digits) does not fit the pane: its tooltip and Ctrl+C give it.
    m_info->setText(MpinIdentitiesModel::summary(identity));
    m_info->setToolTip(tr("MPin ID %1").arg(MpinIdentitiesModel::idOf(identity)));
    m_info->setVisible(!identity.isEmpty());
}

} // namespace mid::ui
