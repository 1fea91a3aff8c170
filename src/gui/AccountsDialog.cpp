#include "AccountsDialog.h"

#include "ui_AccountsDialog.h"

#include "CredentialStore.h"
#include "FivetranClient.h"
#include "UrlRules.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace fw {

AccountsDialog::AccountsDialog(CredentialStore *keychain, CredentialStore *sessionStore, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_keychain(keychain),
      m_sessionStore(sessionStore)
{
    m_ui->setupUi(this);
    m_ui->storageNoteLabel->setText(
            tr("The key and secret are kept in %1, never in a file.").arg(m_keychain->description()));
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &AccountsDialog::showProfile);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &AccountsDialog::addProfile);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &AccountsDialog::removeProfile);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &AccountsDialog::saveProfile);
    connect(m_ui->checkPushButton, &QPushButton::clicked, this, &AccountsDialog::checkConnection);
    connect(m_ui->showSecretToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->apiSecretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretToolButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    restoreGeometry(QSettings().value(QStringLiteral("AccountsDialog/geometry")).toByteArray());
    reloadList(ProfileList::lastUsedId());
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::done(int result)
{
    QSettings().setValue(QStringLiteral("AccountsDialog/geometry"), saveGeometry());
    // The secret leaves the widget (and its undo history) when the dialog closes.
    m_ui->apiSecretLineEdit->setText(QString());
    m_ui->apiKeyLineEdit->setText(QString());
    m_rejected.reset();
    QDialog::done(result);
}

void AccountsDialog::reloadList(const QString &selectId)
{
    m_profiles = ProfileList::load();
    QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    int selectRow = m_profiles.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_profiles.size(); ++row) {
        m_ui->profilesListWidget->addItem(m_profiles.at(row).name);
        if (m_profiles.at(row).id == selectId)
            selectRow = row;
    }
    blocker.unblock();
    if (selectRow < 0)
        addProfile();
    else
        m_ui->profilesListWidget->setCurrentRow(selectRow); // shows it, through currentRowChanged
}

void AccountsDialog::selectProfile(const QString &profileId, bool askForSecret)
{
    m_askForSecret = askForSecret; // said once the stored key has been read (see showProfile)
    reloadList(profileId);
}

void AccountsDialog::showProfile(int row)
{
    m_ui->removePushButton->setEnabled(row >= 0);
    if (row < 0 || row >= m_profiles.size())
        return;
    const AccountProfile profile = m_profiles.at(row);
    m_currentId = profile.id;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->baseUrlLineEdit->setText(profile.baseUrl.toString());
    m_ui->apiKeyLineEdit->clear();
    m_ui->apiSecretLineEdit->clear();
    const QString reading = tr("Reading the key from %1…").arg(m_keychain->description());
    setStatus(reading);
    const QString id = profile.id;
    const int read = ++m_reads;
    auto fill = [this, read, reading](const QByteArray &secret) {
        if (read != m_reads)
            return; // the user moved on, or the list was reloaded
        const auto credentials = AccountProfile::credentialsFromSecret(secret);
        if (!credentials)
            return setStatus(tr("No key is stored for this account: enter it and save."), true);
        m_ui->apiKeyLineEdit->setText(credentials->apiKey);
        m_ui->apiSecretLineEdit->setText(credentials->apiSecret);
        if (statusText() == reading)
            setStatus(QString()); // keep a message set meanwhile, such as "Saved"
        if (std::exchange(m_askForSecret, false)) {
            setStatus(tr("Fivetran rejected this account's API key or secret. If the secret was "
                         "regenerated, enter the new one and save."), true);
            m_ui->apiSecretLineEdit->setFocus(Qt::OtherFocusReason);
            m_ui->apiSecretLineEdit->selectAll();
        }
    };
    // Credentials kept for this session only are looked up first, then the keychain.
    CredentialStore::readFirst({m_sessionStore, m_keychain}, CredentialStore::profileKey(id), this,
                               [this, fill](const QByteArray &secret, const std::optional<StoreError> &error) {
        if (error && error->kind != StoreError::Kind::NotFound)
            return setStatus(error->message, true);
        fill(secret);
    });
}

void AccountsDialog::addProfile()
{
    m_currentId.clear();
    QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clearSelection();
    m_ui->profilesListWidget->setCurrentRow(-1);
    m_ui->nameLineEdit->setText(m_profiles.isEmpty() ? tr("Production") : QString());
    m_ui->apiKeyLineEdit->clear();
    m_ui->apiSecretLineEdit->clear();
    m_ui->baseUrlLineEdit->setText(FivetranClient::defaultBaseUrl().toString());
    m_ui->removePushButton->setEnabled(false);
    setStatus(tr("Enter the API key and secret from Fivetran's Account settings › API key."));
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

AccountProfile AccountsDialog::formProfile() const
{
    AccountProfile profile;
    profile.id = m_currentId.isEmpty() ? ProfileList::newId() : m_currentId;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
    return profile;
}

Credentials AccountsDialog::formCredentials() const
{
    return {m_ui->apiKeyLineEdit->text().trimmed(), m_ui->apiSecretLineEdit->text().trimmed()};
}

std::optional<QString> AccountsDialog::formProblem() const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        return tr("Give the account a name.");
    if (!formCredentials().isComplete())
        return tr("Enter both the API key and the API secret.");
    const QString urlProblem = UrlRules::checkBaseUrl(QUrl(m_ui->baseUrlLineEdit->text().trimmed()));
    if (!urlProblem.isEmpty())
        return urlProblem;
    return std::nullopt;
}

void AccountsDialog::saveProfile()
{
    if (const auto problem = formProblem())
        return setStatus(*problem, true);
    const AccountProfile profile = formProfile();
    if (!m_rejected || m_rejected->first != profile.baseUrl || !(m_rejected->second == formCredentials()))
        return saveProfileAnyway();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save a rejected key?"),
                                tr("Fivetran rejected this API key and secret when the connection "
                                   "was checked. Save them anyway?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveRejectedKeyQuestion"));
    box->setInformativeText(tr("The account will not open until the key is corrected."));
    QPushButton *save = box->addButton(tr("Save Anyway"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(save, &QPushButton::clicked, this, &AccountsDialog::saveProfileAnyway);
    box->open();
}

void AccountsDialog::saveProfileAnyway()
{
    if (const auto problem = formProblem())
        return setStatus(*problem, true);
    writeCredentials(m_keychain, formProfile(), formCredentials());
}

void AccountsDialog::writeCredentials(CredentialStore *store, const AccountProfile &profile,
                                      const Credentials &credentials)
{
    setStatus(tr("Saving…"));
    m_ui->savePushButton->setEnabled(false);
    store->write(CredentialStore::profileKey(profile.id), AccountProfile::credentialsToSecret(credentials),
                 this, [this, store, profile, credentials](const std::optional<StoreError> &error) {
        m_ui->savePushButton->setEnabled(true);
        if (error && store == m_keychain && error->kind == StoreError::Kind::NoKeychain) {
            // Say so plainly, and offer memory for this session: never a plaintext file.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain"),
                                        tr("%1\n\nKeep this account's key for this session only? "
                                           "You will need to enter it again next time.")
                                                .arg(error->message),
                                        QMessageBox::Yes | QMessageBox::Cancel, this);
            box->setObjectName(QStringLiteral("noKeychainQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box->button(QMessageBox::Yes), &QPushButton::clicked, this,
                    [this, profile, credentials] { writeCredentials(m_sessionStore, profile, credentials); });
            box->open();
            return setStatus(error->message, true);
        }
        if (error)
            return setStatus(tr("Not saved: %1").arg(error->message), true);
        QList<AccountProfile> profiles = ProfileList::load();
        auto existing = std::find_if(profiles.begin(), profiles.end(),
                                     [&](const AccountProfile &p) { return p.id == profile.id; });
        if (existing != profiles.end())
            *existing = profile;
        else
            profiles.append(profile);
        ProfileList::save(profiles);
        m_currentId = profile.id;
        reloadList(profile.id);
        setStatus(store == m_keychain ? tr("Saved. The key is in %1.").arg(store->description())
                                      : tr("Saved for this session only."));
        Q_EMIT profileSaved(profile.id);
    });
}

void AccountsDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    const QString name = m_ui->nameLineEdit->text();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                tr("Remove the account “%1”? Its key is deleted from %2 too.")
                                        .arg(name, m_keychain->description()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id] {
        m_sessionStore->remove(CredentialStore::profileKey(id), this, [](const auto &) {});
        m_keychain->remove(CredentialStore::profileKey(id), this, [this, id](const std::optional<StoreError> &error) {
            if (error && error->kind != StoreError::Kind::NotFound)
                return setStatus(tr("The key could not be deleted from %1: %2")
                                         .arg(m_keychain->description(), error->message), true);
            QList<AccountProfile> profiles = ProfileList::load();
            profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                                          [&](const AccountProfile &p) { return p.id == id; }),
                           profiles.end());
            ProfileList::save(profiles);
            if (ProfileList::lastUsedId() == id)
                ProfileList::setLastUsedId(QString());
            reloadList(QString());
            setStatus(tr("Removed."));
            Q_EMIT profileRemoved(id);
        });
    });
    box->open();
}

void AccountsDialog::checkConnection()
{
    if (const auto problem = formProblem())
        return setStatus(*problem, true);
    if (m_checkClient)
        m_checkClient->deleteLater();
    m_checkClient = new FivetranClient(this);
    m_checkClient->setBaseUrl(QUrl(m_ui->baseUrlLineEdit->text().trimmed()));
    m_checkClient->setCredentials(formCredentials());
    m_checkClient->retryPolicy().maxAttempts = 2;
    m_checkClient->setTimeout(std::chrono::seconds(15));
    setStatus(tr("Checking…"));
    m_ui->checkPushButton->setEnabled(false);
    FivetranClient *client = m_checkClient;
    const std::pair<QUrl, Credentials> checked{QUrl(m_ui->baseUrlLineEdit->text().trimmed()),
                                               formCredentials()};
    client->accountInfo(client, [this, checked](const ApiResult<AccountInfo> &result) {
        m_ui->checkPushButton->setEnabled(true);
        if (!result.ok() && result.error().kind == ApiError::Kind::Unauthorized)
            m_rejected = checked;
        else if (m_rejected && *m_rejected == checked)
            m_rejected.reset(); // accepted now (a secret regenerated back, a fixed address)
        if (result.ok()) {
            const AccountInfo &info = result.value();
            return setStatus(tr("Connected to “%1” (account %2).")
                                     .arg(info.accountName.isEmpty() ? info.accountId : info.accountName,
                                          info.accountId));
        }
        const ApiError &error = result.error();
        QString text;
        switch (error.kind) {
        case ApiError::Kind::Unauthorized:
            text = tr("Fivetran rejected the key or secret (bad key, or the secret was regenerated).");
            break;
        case ApiError::Kind::Forbidden:
            text = tr("The key works but has no permission to read the account.");
            break;
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            text = tr("Fivetran could not be reached: check the network and the API address.");
            break;
        default:
            text = error.summary();
        }
        setStatus(text + QLatin1Char('\n') + error.details(), true);
    });
}

void AccountsDialog::setStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(problem ? tr("Problem") : QString());
}

QString AccountsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

} // namespace fw
