#pragma once

#include "ApiError.h"
#include "Preferences.h"
#include "Webhook.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace fw {

class AccountSession;
class AlertFrame;
class CredentialStore;
class DetailsPane;
class InMemoryCredentialStore;
class ReceiverDock;
class SandboxServer;
struct EventDelivery;
class TestHistory;
class WebhookFilterProxy;
class WebhookTableModel;

// The main window: account switcher, the webhook table with its filter bar, the details pane,
// an error banner, and a status bar. Every action is in a menu, most in the toolbar and the
// row context menu, all with a shortcut where it makes sense.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over `session` (the previous one is dropped with every reply it still awaited).
    void setSession(std::unique_ptr<AccountSession> session);
    // Opens the account used last time, or the Sandbox.
    void openInitialAccount();
    // The same, once the shown window has first been painted: opening the Sandbox starts HTTP
    // servers (and OpenSSL with them), which must not delay the first paint.
    void openInitialAccountOncePainted();
    // Switches to a profile (its key read from the credential store), or to the Sandbox ("").
    void switchAccount(const QString &profileId);
    // Where profiles' keys live. The window makes a keychain store unless a test gives another.
    void setCredentialStore(CredentialStore *keychain);
    void showAccounts(const QString &profileId = QString(), bool askForSecret = false);
    void showPreferences();
    void showAbout();
    const Preferences &preferences() const { return m_preferences; }
    AccountSession *session() const { return m_session.get(); }

    // For tests and the app's own wiring.
    WebhookTableModel *model() const { return m_model; }
    WebhookFilterProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    TestHistory *testHistory() const { return m_history; }
    QString bannerText() const; // empty when the banner is hidden
    ReceiverDock *receiverDock() const { return m_receiverDock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentralArea();
    void buildStatusBar();
    void restoreLayout();
    void saveLayout() const;

    QList<Webhook> selectedWebhooks() const;
    void updateActions();
    void updateStatus();
    void updateGroupFilter();
    void updateAccountCombo();
    CredentialStore *webhookSecretStore() const;
    void buildReceiverDock();
    bool deliversToReceiver(const QString &webhookUrl) const;
    void refreshKnownSecrets(); // the remembered secrets of webhooks that deliver to the receiver
    void lookUpKnownSecrets(int firstRow, int lastRow);
    void refreshKnownSecret(const QString &webhookId);
    void showSelection();
    void applyPreferences(const Preferences &preferences);
    void restartApplication(); // for a new language: a new process, then this one quits

    void newWebhook(bool groupScope);
    void editWebhook();
    void confirmDelete();
    void setActive(bool active);
    void sendTest();
    void simulateEvent(const QString &event, const QString &status);
    void reportEvent(const QString &event, const QList<EventDelivery> &outcomes);
    void showSandboxIntroOnce(); // the first time the Sandbox opens: what it is
    void resetFilters();
    void rememberDemoSecrets(); // of the Sandbox's webhooks that deliver to the receiver
    void copyField(bool url);
    void showContextMenu(const QPoint &position);

    // Runs `operation` on each webhook in turn and reports the outcome of each at the end.
    using Operation = std::function<void(const Webhook &, std::function<void(const QString &error)>)>;
    void runBatch(const QList<Webhook> &webhooks, const QString &doneText, Operation operation);

    void showError(const ApiError &error, std::function<void()> retry);
    enum class Notice { Information, Warning };
    // In the banner, which stays until dismissed; `action` adds a button (label, what it does).
    void showMessage(const QString &text, Notice notice = Notice::Warning,
                     const QString &actionText = QString(), std::function<void()> action = {});
    // A success: in the status bar for a while, announced, without pushing the table down.
    void showSuccess(const QString &text);
    void setBannerIcon(Notice notice);
    void hideBanner();

    // The built-in Sandbox, started on first use and kept for the whole run (with its test
    // history, in memory only): switching to another account and back finds it as it was.
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestHistory> m_sandboxHistory;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<CredentialStore> m_ownKeychain;
    CredentialStore *m_keychain = nullptr;
    std::unique_ptr<InMemoryCredentialStore> m_sessionStore; // "this session only" keys
    std::unique_ptr<TestHistory> m_accountHistory; // the history of the account on screen
    TestHistory *m_history = nullptr; // that one, or the Sandbox's
    WebhookTableModel *m_model;
    WebhookFilterProxy *m_proxy;

    QComboBox *m_accountCombo = nullptr;
    QTableView *m_table = nullptr;
    DetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_scopeFilter = nullptr;
    QComboBox *m_groupFilter = nullptr;
    QComboBox *m_eventFilter = nullptr;
    QComboBox *m_activeFilter = nullptr;

    AlertFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_bannerDetails = nullptr;
    QPushButton *m_bannerRetry = nullptr;
    QPushButton *m_bannerDetailsButton = nullptr;
    QList<std::function<void()>> m_bannerRetryActions; // what Retry does: everything that failed
    bool m_bannerShowsError = false; // an error (Retry retries) rather than a message
    QTimer *m_retryCountdown = nullptr;
    int m_retrySecondsLeft = 0;

    QLabel *m_accountLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QProgressBar *m_loadAllProgress = nullptr;
    QPushButton *m_loadAllCancel = nullptr;

    QAction *m_newAccountAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_sendTestAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    Preferences m_preferences;
    QMenu *m_sandboxMenu = nullptr;
    QAction *m_sandboxMenuAction = nullptr;
    bool m_batchRunning = false;
    bool m_historyPruned = false; // the test history was matched against the complete listing
    bool m_openWhenExposed = false; // openInitialAccountOncePainted() waits for the window
    ReceiverDock *m_receiverDock = nullptr;
    QHash<QString, QByteArray> m_knownSecrets; // webhook id -> remembered secret, for the receiver
};

} // namespace fw
