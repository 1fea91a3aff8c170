#pragma once

#include "ApiResult.h"
#include "Webhook.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class WebhookDialog;
}

namespace fw {

class ApiCall;
class CredentialStore;
class FivetranClient;

// Creates an account or group webhook, or edits one (ui/WebhookDialog.ui). It saves through the
// client itself, so a failed save keeps the dialog open with everything typed and says why.
// Open it with open(); it emits saved() and closes only after Fivetran accepted the change.
class WebhookDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { CreateAccount, CreateGroup, Edit };

    WebhookDialog(FivetranClient *client, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    // Offers to remember a new secret in `store` (the keychain) for this account's webhook, so
    // the receiver can verify its deliveries; on edit, to forget a remembered one. Optional.
    void setSecretStore(CredentialStore *store, const QString &accountKey);
    // Whether "Remember" starts checked for a new secret (the user's preference); after setSecretStore.
    void setRememberSecretByDefault(bool remember);

    // On the Sandbox account, with the receiver listening: offers "Use the receiver", which
    // fills the URL with this address (the sandbox accepts http on loopback).
    void setReceiverUrl(const QUrl &url);

    // Call one of these before open().
    void startCreate(Mode mode); // CreateAccount or CreateGroup
    void startEdit(const Webhook &webhook);
    Mode mode() const { return m_mode; }

    // While a save in flight sends a new secret: the URL it was sent for and that secret, so
    // that the receiver can verify the probe Fivetran sends before the save is answered.
    struct SecretInFlight
    {
        QUrl url;
        QByteArray secret;
    };
    std::optional<SecretInFlight> secretInFlight() const;

    // Test hooks: the widgets' current values, for GUI tests that drive the dialog.
    bool isSaving() const;
    QString errorText() const; // what the inline error area shows, empty when hidden

    // Roles of the model behind eventsListView (and GroupIdRole of groupTreeView's), so tests
    // and tools can find rows without parsing display text.
    enum EventRole {
        EventNameRole = Qt::UserRole + 1, // the name sent to Fivetran
        EventDescriptionRole,
        EventDeprecatedRole, // bool
        EventCustomRole, // bool: typed by the user or kept from the webhook, not in the catalog
    };
    enum GroupRole { GroupIdRole = Qt::UserRole + 1 };

public Q_SLOTS:
    void accept() override; // validates, saves, closes on success
    // Aborts a save in flight, forgets the secret, remembers the geometry.
    void done(int result) override;

Q_SIGNALS:
    void saved(const fw::Webhook &webhook, bool created);

private:
    void updateRememberState();
    void refreshForgetButton();
    void rememberSecret(const Webhook &webhook, const QString &secret);

    QUrl m_receiverUrl;
    QPointer<CredentialStore> m_secretStore;
    QString m_accountKey;
    QString m_pendingSecret; // the new secret sent with the save in flight, to remember after it
    QUrl m_pendingUrl; // the URL sent (or kept) with that save

    class EventListModel;
    class GroupListModel;
    enum class SecretMode { Unchanged, None, SetNew, Generate };

    void applyMode();
    void setGroupScope(bool group);
    void showGroupRow(bool shown);
    void loadGroups();
    void updateGroupStatus();
    void onGroupSelectionChanged();
    void reselectGroup();
    void selectFirstGroupMatch();
    void updateUrlState();
    void updateEventsState();
    void updateSaveButton();
    void selectVisibleEvents(bool checked);
    void addCustomEvent();
    QStringList checkedEvents() const;
    SecretMode secretMode() const;
    void onSecretModeChanged();
    void generateSecret();
    void setSecretShown(bool shown);
    void copySecret();
    // The first reason the form cannot be saved (and the widget to fix it in), or empty.
    QString validationProblem(QWidget **focus) const;
    void save(const WebhookChanges &fields, bool created, bool probes);
    void onSaveFinished(const ApiResult<Webhook> &result, bool created, bool probed);
    void saveInactive();
    void setSaving(bool saving);
    void showError(const QString &summary, const QString &details, bool offerInactive);
    void hideError();
    void applyErrorColors();

    std::unique_ptr<Ui::WebhookDialog> m_ui;
    FivetranClient *m_client;
    Mode m_mode = Mode::CreateAccount;
    Webhook m_original;
    QPointer<ApiCall> m_saveCall;
    QPointer<ApiCall> m_groupsCall;
    QPointer<ApiCall> m_groupNameCall;
    QPointer<QWidget> m_focusBeforeSave;
    EventListModel *m_events = nullptr;
    QSortFilterProxyModel *m_eventsProxy = nullptr;
    GroupListModel *m_groups = nullptr;
    QSortFilterProxyModel *m_groupsProxy = nullptr;
    QString m_groupId; // the group chosen on create; survives a search that hides its row
    QString m_groupsError; // why the last group listing stopped, empty when it did not fail
    bool m_groupsComplete = false;
    bool m_saving = false;
    bool m_secretCopied = false; // the generated secret went to the clipboard
    bool m_secretWarned = false; // the user was reminded to copy it before saving
    SecretMode m_secretMode = SecretMode::None;
};

} // namespace fw
