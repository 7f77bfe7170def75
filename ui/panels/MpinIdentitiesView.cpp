#include "MpinIdentitiesView.h"

#include "ServerSession.h"
#include "models/MpinIdentitiesModel.h"
#include "panels/MpinIdentityActions.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mid::ui {

MpinIdentitiesView::MpinIdentitiesView(ServerSession &session, QWidget *parent)
    : QWidget(parent), m_model(new MpinIdentitiesModel(session.api(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_actions(new MpinIdentityActions(session, this))
{
    setAccessibleName(tr("All MPin identities"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MpinIdentitiesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    layOutRecordPanel(this, filterBar, m_banner, buildTable());

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &MpinIdentitiesView::applyFilter);
    connect(m_model, &MpinIdentitiesModel::loadingChanged, this,
            &MpinIdentitiesView::updateEmptyState);
    connect(m_model, &MpinIdentitiesModel::totalChanged, this, &MpinIdentitiesView::updateCount);
    connect(m_model, &MpinIdentitiesModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load the MPin identities: %1").arg(error));
        m_banner->show();
        m_emptyState->setText(tr("The identities could not be loaded.\nPress F5 to try again."));
    });
    connect(m_model, &MpinIdentitiesModel::dataChanged, this, &MpinIdentitiesView::showCurrent);
    onRowCountChange(m_proxy, this, [this] {
        updateEmptyState();
        showCurrent();
    });
    connect(m_actions, &MpinIdentityActions::changed, this, [this](const QJsonObject &identity) {
        m_model->upsert(identity);
        Q_EMIT identityChanged(identity);
    });
    updateEmptyState();
    showCurrent();
}

QWidget *MpinIdentitiesView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_userFilter = new QLineEdit(bar);
    m_userFilter->setAccessibleName(tr("User id"));
    m_userFilter->setPlaceholderText(
        tr("User id (exact, e.g. +447700900123 or alice@example.com)"));
    m_userFilter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (const char *s : {"active", "revoked"})
        m_stateFilter->addItem(StatusDelegate::label(QLatin1String(s)), QLatin1String(s));
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Identity count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_userFilter, 1);
    row->addWidget(m_stateFilter);
    row->addWidget(m_count);
    row->addSpacing(12);
    row->addWidget(m_actions->renameButton());
    row->addWidget(m_actions->revokeButton());

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MpinIdentitiesView::applyFilter);
    connect(m_userFilter, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_userFilter, &QLineEdit::returnPressed, this, &MpinIdentitiesView::applyFilter);
    m_banner = createErrorBanner(this, tr("Error"));
    return bar;
}

QWidget *MpinIdentitiesView::buildTable()
{
    m_table = createRecordTable(m_proxy, MpinIdentitiesModel::State,
                                {130, 170, 160, 200, 60, 90, 130}, this);
    m_table->setAccessibleName(tr("MPin identity list"));
    m_table->sortByColumn(MpinIdentitiesModel::Activated, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MpinIdentitiesModel::DeviceName, QHeaderView::Stretch);
    m_actions->attachTo(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MpinIdentitiesView::showCurrent);
    m_emptyState = createEmptyState(m_table, tr("Empty state"));

    m_info = createValueLabel(this, tr("Selected identity"));
    m_info->setForegroundRole(QPalette::PlaceholderText);
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_table, 1);
    column->addWidget(m_info);
    return body;
}

void MpinIdentitiesView::reload()
{
    m_banner->hide();
    m_actions->updateButtons();
    m_model->reload();
}

void MpinIdentitiesView::apply(const QJsonObject &identity)
{
    m_model->upsert(identity);
}

void MpinIdentitiesView::applyEvent(const StreamEvent &event)
{
    m_model->applyEvent(event);
}

QString MpinIdentitiesView::currentId() const
{
    return m_table->currentIndex().data(MpinIdentitiesModel::IdRole).toString();
}

void MpinIdentitiesView::applyFilter()
{
    m_searchDelay.stop();
    MpinIdentitiesModel::Filter f;
    f.userId = m_userFilter->text().trimmed();
    f.state = m_stateFilter->currentData().toString();
    m_banner->hide();
    m_model->setFilter(f);
    updateEmptyState();
}

void MpinIdentitiesView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QJsonObject identity =
        current.isValid() ? current.data(MpinIdentitiesModel::IdentityRole).toJsonObject()
                          : QJsonObject();
    m_actions->setIdentity(identity);
    m_info->setText(identity.isEmpty()
                        ? tr("Select an identity to rename or revoke it. Its passkey is the "
                             "credential of the device it was activated on (Devices tab).")
                        : tr("MPin ID %1 · device %2\n%3")
                              .arg(MpinIdentitiesModel::idOf(identity),
                                   identity.value(QStringLiteral("deviceId")).toString(),
                                   MpinIdentitiesModel::summary(identity)));
}

void MpinIdentitiesView::updateEmptyState()
{
    const MpinIdentitiesModel::Filter &f = m_model->filter();
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading MPin identities…"));
    else if (!f.userId.isEmpty() || !f.state.isEmpty())
        m_emptyState->setText(tr("No identities match the filter."));
    else
        m_emptyState->setText(tr("No MPin identities yet.\nAn identity appears here once a "
                                 "device activates it: with the activation token of "
                                 "/activate/initiate or a verification link (try the Device "
                                 "simulator)."));
    m_emptyState->setVisible(m_proxy->rowCount() == 0);
}

void MpinIdentitiesView::updateCount()
{
    const qint64 total = m_model->total();
    m_count->setText(total < 0    ? QString()
                     : total == 1 ? tr("1 identity")
                                  : tr("%L1 identities").arg(total));
}

} // namespace mid::ui
