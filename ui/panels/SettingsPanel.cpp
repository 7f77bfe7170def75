#include "SettingsPanel.h"

#include "ServerSession.h"
#include "SigningKeySettings.h"
#include "TlsSettings.h"
#include "WebhookSettings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
const char *kLanguageKey = "appearance/language";

QPushButton *button(const QString &text)
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(text.simplified().remove(QLatin1Char('&')));
    return b;
}

QLabel *valueLabel(const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAccessibleName(accessibleName);
    return l;
}
} // namespace

SettingsPanel::SettingsPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("settingsPanel"), parent)
{
    auto *heading = new QLabel(tr("Settings"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    m_notice = new QLabel;
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_notice);
    layout->addWidget(buildServerGroup());
    m_tlsSettings = new TlsSettings(session);
    connect(m_tlsSettings, &TlsSettings::restartRequired, this,
            [this] { m_restart->setVisible(!m_session.isRemote()); });
    layout->addWidget(m_tlsSettings);
    m_signingKeys = new SigningKeySettings(session);
    layout->addWidget(m_signingKeys);
    m_webhooks = new WebhookSettings(session);
    connect(m_webhooks, &WebhookSettings::saved, this, [this] {
        m_notice->setText(tr("Webhook settings saved and applied."));
        m_notice->setStyleSheet(QString());
        m_notice->show();
    });
    connect(m_webhooks, &WebhookSettings::failed, this, &SettingsPanel::showError);
    layout->addWidget(m_webhooks);
    layout->addWidget(buildConsoleGroup());
    layout->addWidget(buildOperatorsGroup());
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *SettingsPanel::buildServerGroup()
{
    auto *group = new QGroupBox(tr("Server"));
    group->setAccessibleName(tr("Server"));
    m_listen = new QLineEdit;
    m_listen->setAccessibleName(tr("Listen address"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_publicUrl = new QLineEdit;
    m_publicUrl->setAccessibleName(tr("Public URL"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://mid.example.org"));
    m_retention = new QSpinBox;
    m_retention->setAccessibleName(tr("Audit retention"));
    m_retention->setRange(0, 36500);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep every row"));
    m_retention->setToolTip(tr("Audit rows older than this are deleted every hour. The hash "
                               "chain stays verifiable: the deletion is itself recorded."));
    m_documentRetention = new QSpinBox;
    m_documentRetention->setAccessibleName(tr("Document retention"));
    m_documentRetention->setRange(0, 3650);
    m_documentRetention->setSuffix(tr(" days"));
    m_documentRetention->setSpecialValueText(tr("Keep every document"));
    m_documentRetention->setToolTip(
        tr("Uploaded identity and signing documents older than this are removed from disk every "
           "hour. Their hashes, checks and signing evidence stay."));
    m_dataDir = valueLabel(tr("Data directory"));
    m_database = valueLabel(tr("Database"));
    auto *openDir = button(tr("Open folder"));
    connect(openDir, &QPushButton::clicked, this, [this] {
        if (!m_session.isRemote())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir->text()));
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(openDir);
    m_save = button(tr("&Save server settings"));
    m_restart = button(tr("&Restart embedded server now"));
    m_restart->hide();
    connect(m_save, &QPushButton::clicked, this, &SettingsPanel::save);
    connect(m_restart, &QPushButton::clicked, this, &SettingsPanel::restartServerRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restart);
    buttons->addWidget(m_save);

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Listen address:"), m_listen);
    form->addRow(tr("&Public URL (QR codes and links):"), m_publicUrl);
    form->addRow(tr("Audit &retention:"), m_retention);
    form->addRow(tr("D&ocument retention:"), m_documentRetention);
    form->addRow(tr("Data directory:"), dirRow);
    form->addRow(tr("Database:"), m_database);
    form->addRow(buttons);
    return group;
}

QWidget *SettingsPanel::buildConsoleGroup()
{
    auto *group = new QGroupBox(tr("Console"));
    group->setAccessibleName(tr("Console"));
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));
    connect(m_language, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(kLanguageKey), m_language->currentData().toString());
        m_notice->setText(tr("The language changes the next time the console starts."));
        m_notice->show();
    });
    auto *form = new QFormLayout(group);
    form->addRow(tr("L&anguage:"), m_language);
    return group;
}

QWidget *SettingsPanel::buildOperatorsGroup()
{
    m_operatorsGroup = new QGroupBox(tr("Operators and roles"));
    m_operatorsGroup->setAccessibleName(tr("Operators and roles"));
    m_operators = new QTableWidget(0, 3);
    m_operators->setAccessibleName(tr("Operators"));
    m_operators->setHorizontalHeaderLabels({tr("Username"), tr("Role"), tr("Password login")});
    m_operators->horizontalHeader()->setStretchLastSection(true);
    m_operators->verticalHeader()->hide();
    m_operators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operators->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operators->setMinimumHeight(160);
    auto *add = button(tr("&Add operator…"));
    auto *role = button(tr("Change &role…"));
    auto *password = button(tr("Set &password…"));
    auto *remove = button(tr("&Delete…"));
    connect(add, &QPushButton::clicked, this, &SettingsPanel::addOperator);
    connect(role, &QPushButton::clicked, this, &SettingsPanel::changeRole);
    connect(password, &QPushButton::clicked, this, &SettingsPanel::resetPassword);
    connect(remove, &QPushButton::clicked, this, &SettingsPanel::deleteOperator);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, role, password, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(m_operatorsGroup);
    auto *hint = new QLabel(tr("Admins manage everything; operators manage tenants and consents; "
                               "auditors can only read."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_operators);
    layout->addLayout(buttons);
    return m_operatorsGroup;
}

QString SettingsPanel::savedLanguage()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void SettingsPanel::reload()
{
    m_session.api().settings(this, [this](const ApiResult &r) {
        if (!r.ok())
            return showError(r.errorText());
        showSettings(r.object());
    });
    m_tlsSettings->reload();
    m_signingKeys->reload();
    const bool admin = m_session.role() == QLatin1String("admin");
    m_operatorsGroup->setVisible(admin);
    m_save->setEnabled(admin);
    m_listen->setReadOnly(!admin);
    m_publicUrl->setReadOnly(!admin);
    m_retention->setReadOnly(!admin);
    m_documentRetention->setReadOnly(!admin);
    m_webhooks->setEditable(admin);
    if (admin)
        loadOperators();
}

void SettingsPanel::showSettings(const QJsonObject &s)
{
    const QJsonObject saved = s.value(QStringLiteral("saved")).toObject();
    const QString savedListen = saved.value(QStringLiteral("listen")).toString();
    const QString savedUrl = saved.value(QStringLiteral("publicUrl")).toString();
    m_listen->setText(savedListen.isEmpty() ? s.value(QStringLiteral("listen")).toString()
                                            : savedListen);
    m_publicUrl->setText(savedUrl.isEmpty() ? s.value(QStringLiteral("publicUrl")).toString()
                                            : savedUrl);
    m_retention->setValue(s.value(QStringLiteral("auditRetentionDays")).toInt());
    m_documentRetention->setValue(s.value(QStringLiteral("documentRetentionDays")).toInt());
    m_shown = {{QStringLiteral("listen"), m_listen->text()},
               {QStringLiteral("publicUrl"), m_publicUrl->text()},
               {QStringLiteral("auditRetentionDays"), m_retention->value()},
               {QStringLiteral("documentRetentionDays"), m_documentRetention->value()}};
    m_webhooks->show(s);
    m_dataDir->setText(s.value(QStringLiteral("dataDir")).toString());
    m_database->setText(s.value(QStringLiteral("database")).toString());
    m_tlsSettings->setPublicUrl(s.value(QStringLiteral("publicUrl")).toString());
    m_signingKeys->setPublicUrl(s.value(QStringLiteral("publicUrl")).toString());
}

void SettingsPanel::save()
{
    QJsonObject changes;
    const QJsonObject now{{QStringLiteral("listen"), m_listen->text().trimmed()},
                          {QStringLiteral("publicUrl"), m_publicUrl->text().trimmed()},
                          {QStringLiteral("auditRetentionDays"), m_retention->value()},
                          {QStringLiteral("documentRetentionDays"), m_documentRetention->value()}};
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_shown.value(it.key()))
            changes.insert(it.key(), it.value());
    if (changes.isEmpty()) {
        m_notice->setText(tr("Nothing changed."));
        m_notice->setStyleSheet(QString());
        m_notice->show();
        return;
    }
    m_save->setEnabled(false);
    m_session.api().saveSettings(changes, this, [this](const ApiResult &r) {
        m_save->setEnabled(true);
        if (!r.ok())
            return showError(r.errorText());
        showSettings(r.object());
        const bool restart = r.object().value(QStringLiteral("restartRequired")).toBool();
        m_notice->setText(restart ? tr("Saved to mid.conf. The server uses the new address and "
                                       "URL after it restarts.")
                                  : tr("Saved and applied."));
        m_notice->setStyleSheet(QString());
        m_notice->show();
        m_restart->setVisible(restart && !m_session.isRemote());
    });
}

void SettingsPanel::showError(const QString &text)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_notice->show();
}

void SettingsPanel::loadOperators()
{
    m_session.api().get(
        QStringLiteral("/admin/v1/operators"), {}, this, [this](const ApiResult &r) {
            if (!r.ok())
                return showError(r.errorText());
            const QJsonArray items = r.items();
            m_operators->setRowCount(int(items.size()));
            for (int row = 0; row < items.size(); ++row) {
                const QJsonObject o = items[row].toObject();
                const QStringList cells = {
                    o.value(QStringLiteral("username")).toString(),
                    o.value(QStringLiteral("role")).toString(),
                    o.value(QStringLiteral("hasPassword")).toBool() ? tr("Yes") : tr("Token only")};
                for (int c = 0; c < cells.size(); ++c)
                    m_operators->setItem(row, c, new QTableWidgetItem(cells[c]));
            }
        });
}

AdminClient::Callback SettingsPanel::afterOperatorChange()
{
    return [this](const ApiResult &r) {
        if (!r.ok())
            return showError(r.errorText());
        loadOperators();
    };
}

QString SettingsPanel::selectedOperator() const
{
    const int row = m_operators->currentRow();
    return row < 0 ? QString() : m_operators->item(row, 0)->text();
}

void SettingsPanel::addOperator()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add operator"), tr("Username:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString role = QInputDialog::getItem(
        this, tr("Add operator"), tr("Role:"),
        {QStringLiteral("operator"), QStringLiteral("auditor"), QStringLiteral("admin")}, 0, false,
        &ok);
    if (!ok)
        return;
    const QString password =
        QInputDialog::getText(this, tr("Add operator"), tr("Password (at least 10 characters):"),
                              QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QJsonObject body{{QStringLiteral("username"), name.trimmed()},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("password"), password}};
    m_session.api().post(QStringLiteral("/admin/v1/operators"), body, this, afterOperatorChange());
}

void SettingsPanel::changeRole()
{
    const QString name = selectedOperator();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString role = QInputDialog::getItem(
        this, tr("Change role"), tr("New role of %1:").arg(name),
        {QStringLiteral("operator"), QStringLiteral("auditor"), QStringLiteral("admin")}, 0, false,
        &ok);
    if (!ok)
        return;
    m_session.api().put(QStringLiteral("/admin/v1/operators/") + name,
                        {{QStringLiteral("role"), role}}, this, afterOperatorChange());
}

void SettingsPanel::resetPassword()
{
    const QString name = selectedOperator();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Set password"), tr("New password of %1:").arg(name),
                              QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    m_session.api().put(QStringLiteral("/admin/v1/operators/") + name,
                        {{QStringLiteral("password"), password}}, this, afterOperatorChange());
}

void SettingsPanel::deleteOperator()
{
    const QString name = selectedOperator();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete operator"),
                              tr("Delete the operator %1? Their logins end at once.").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_session.api().remove(QStringLiteral("/admin/v1/operators/") + name, this,
                           afterOperatorChange());
}

} // namespace mid::ui
