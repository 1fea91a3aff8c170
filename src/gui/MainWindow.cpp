#include "MainWindow.h"

#include "ReceiverDock.h"
#include "ReceiverServer.h"
#include "AccountSession.h"
#include "AccountsDialog.h"
#include "AlertFrame.h"
#include "CredentialStore.h"
#include "DetailsPane.h"
#include "ExportController.h"
#include "EventCatalog.h"
#include "FivetranClient.h"
#include "KeychainCredentialStore.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SendTestDialog.h"
#include "TestHistory.h"
#include "UrlRules.h"
#include "VerifyPayloadDialog.h"
#include "WebhookDialog.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

namespace fw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ownKeychain(std::make_unique<KeychainCredentialStore>()),
      m_keychain(m_ownKeychain.get()), m_sessionStore(std::make_unique<InMemoryCredentialStore>()),
      m_model(new WebhookTableModel(this)), m_proxy(new WebhookFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fivetran Webhooks"));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildCentralArea();
    buildReceiverDock();
    buildMenus();
    buildStatusBar();

    connect(m_model, &WebhookTableModel::pageFailed, this, [this](const ApiError &error) {
        updateStatus();
        showError(error, [this] { m_model->retry(); });
        // A rejected key (a regenerated secret): ask for the new one right away.
        if (error.kind == ApiError::Kind::Unauthorized && m_session && !m_session->isSandbox())
            showAccounts(m_session->profileId(), true);
    });
    connect(m_model, &WebhookTableModel::countChanged, this, &MainWindow::updateStatus);
    // "N shown" follows the filter as well as the rows.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    // Once every webhook is known, the tests of those gone (deleted elsewhere) can go too.
    connect(m_model, &WebhookTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_historyPruned = false;
    });
    connect(m_model, &WebhookTableModel::countChanged, this, [this] {
        if (m_historyPruned || !m_history || !m_model->isComplete() || m_model->hasError()
            || m_model->isLoading())
            return;
        m_historyPruned = true; // once per complete listing, not at every later row change
        if (!m_history->isEmpty())
            m_history->retainOnly(m_model->createdAtById());
    });
    connect(m_model, &WebhookTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &WebhookTableModel::modelReset, this, &MainWindow::showSelection);
    connect(m_model, &WebhookTableModel::dataChanged, this, &MainWindow::showSelection);
    connect(m_model, &WebhookTableModel::loadAllProgress, this, [this](int rows, bool more) {
        m_loadAllProgress->setFormat(tr("Loading all: %n webhook(s)", nullptr, rows));
        m_loadAllProgress->setVisible(more);
        m_loadAllCancel->setVisible(more);
    });
    connect(m_model, &WebhookTableModel::loadAllFinished, this, [this] {
        m_loadAllProgress->hide();
        m_loadAllCancel->hide();
        updateActions();
    });
    applyPreferences(Preferences::load());
    restoreLayout();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body: nothing of theirs may call back into it.
    disconnect(m_model, nullptr, this, nullptr);
    delete m_receiverDock; // its server announces that it stops listening
    m_receiverDock = nullptr;
    // The model holds a pointer to the session: detach it before the session goes.
    m_model->setSession(nullptr);
}

void MainWindow::buildActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &shortcut,
                       QStyle::StandardPixmap icon, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAccountAction = make("newAccountWebhookAction", tr("New &account webhook…"),
                              QKeySequence::New, QStyle::SP_FileIcon, [this] { newWebhook(false); });
    m_newGroupAction = make("newGroupWebhookAction", tr("New &group webhook…"),
                            QKeySequence(tr("Ctrl+Shift+N")), QStyle::SP_FileDialogNewFolder,
                            [this] { newWebhook(true); });
    m_editAction = make("editWebhookAction", tr("&Edit…"), QKeySequence(tr("Ctrl+E")),
                        QStyle::SP_FileDialogDetailedView, [this] { editWebhook(); });
    m_deleteAction = make("deleteWebhookAction", tr("&Delete…"), QKeySequence::Delete,
                          QStyle::SP_TrashIcon, [this] { confirmDelete(); });
    m_enableAction = make("enableWebhookAction", tr("E&nable"), QKeySequence(tr("Ctrl+Shift+E")),
                          QStyle::SP_MediaPlay, [this] { setActive(true); });
    m_disableAction = make("disableWebhookAction", tr("D&isable"), QKeySequence(tr("Ctrl+Shift+D")),
                           QStyle::SP_MediaPause, [this] { setActive(false); });
    m_sendTestAction = make("sendTestAction", tr("Send &test…"), QKeySequence(tr("Ctrl+T")),
                            QStyle::SP_CommandLink, [this] { sendTest(); });
    m_refreshAction = make("refreshAction", tr("&Refresh"), QKeySequence::Refresh,
                           QStyle::SP_BrowserReload, [this] {
                               hideBanner();
                               m_model->refresh();
                               if (m_session)
                                   m_session->refreshGroups();
                           });
    m_loadAllAction = make("loadAllAction", tr("&Load all"), QKeySequence(tr("Ctrl+L")),
                           QStyle::SP_ArrowDown, [this] { m_model->loadAll(); });
    m_findAction = make("findAction", tr("&Find…"), QKeySequence::Find, QStyle::SP_FileDialogContentsView,
                        [this] {
                            m_filterEdit->setFocus(Qt::ShortcutFocusReason);
                            m_filterEdit->selectAll();
                        });
    m_copyIdAction = make("copyIdAction", tr("Copy &id"), QKeySequence(tr("Ctrl+Shift+C")),
                          QStyle::SP_FileLinkIcon, [this] { copyField(false); });
    m_copyUrlAction = make("copyUrlAction", tr("Copy &URL"), QKeySequence(tr("Ctrl+Shift+U")),
                           QStyle::SP_FileLinkIcon, [this] { copyField(true); });
    m_accountsAction = make("accountsAction", tr("&Accounts…"), QKeySequence(tr("Ctrl+Shift+A")),
                            QStyle::SP_DirHomeIcon, [this] { showAccounts(); });
    m_quitAction = make("quitAction", tr("&Quit"), QKeySequence::Quit, QStyle::SP_DialogCloseButton,
                        [this] { close(); });
    m_preferencesAction = make("preferencesAction", tr("&Preferences…"), QKeySequence(tr("Ctrl+,")),
                               QStyle::SP_FileDialogListView, [this] { showPreferences(); });
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = make("aboutAction", tr("&About Fivetran Webhooks"), QKeySequence(),
                         QStyle::SP_MessageBoxInformation, [this] { showAbout(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_accountsAction);
    file->addSeparator();
    (new ExportController(this, [this] { return session(); }, m_model))->addActionsTo(file);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdAction);
    edit->addAction(m_copyUrlAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    QMenu *webhook = menuBar()->addMenu(tr("&Webhook"));
    webhook->addAction(m_newAccountAction);
    webhook->addAction(m_newGroupAction);
    webhook->addSeparator();
    webhook->addAction(m_editAction);
    webhook->addAction(m_enableAction);
    webhook->addAction(m_disableAction);
    webhook->addAction(m_sendTestAction);
    webhook->addSeparator();
    webhook->addAction(m_deleteAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addSeparator();
    QAction *verify = view->addAction(tr("&Verify a payload…"), this, [this] {
        auto *dialog = new VerifyPayloadDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    verify->setObjectName(QStringLiteral("verifyPayloadAction"));
    verify->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    QAction *receiverToggle = m_receiverDock->toggleViewAction();
    receiverToggle->setObjectName(QStringLiteral("showReceiverAction"));
    receiverToggle->setText(tr("&Receiver"));
    receiverToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    view->addAction(receiverToggle);

    m_sandboxMenu = menuBar()->addMenu(tr("&Sandbox"));
    m_sandboxMenu->setObjectName(QStringLiteral("sandboxMenu"));
    QMenu *simulate = m_sandboxMenu->addMenu(tr("Simulate &event"));
    simulate->setObjectName(QStringLiteral("simulateEventMenu"));
    const struct { const char *event; const char *status; const char *label; } events[] = {
        {"sync_start", "", QT_TR_NOOP("Sync started")},
        {"sync_end", "SUCCESSFUL", QT_TR_NOOP("Sync ended: successful")},
        {"sync_end", "FAILURE", QT_TR_NOOP("Sync ended: failure")},
        {"sync_end", "RESCHEDULED", QT_TR_NOOP("Sync ended: rescheduled")},
        {"connection_successful", "", QT_TR_NOOP("Connection test succeeded")},
        {"connection_failure", "", QT_TR_NOOP("Connection test failed")},
        {"dbt_run_start", "", QT_TR_NOOP("dbt run started")},
        {"dbt_run_succeeded", "", QT_TR_NOOP("dbt run succeeded")},
        {"dbt_run_failed", "", QT_TR_NOOP("dbt run failed")},
    };
    for (const auto &entry : events) {
        const QString event = QLatin1String(entry.event);
        const QString status = QLatin1String(entry.status);
        QAction *action = simulate->addAction(tr(entry.label), this, [this, event, status] {
            simulateEvent(event, status);
        });
        action->setObjectName(QLatin1String("simulate_") + event + QLatin1Char('_') + status.toLower());
    }
    m_sandboxMenuAction = m_sandboxMenu->menuAction();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Account:"), toolbar));
    toolbar->addWidget(m_accountCombo);
    toolbar->addSeparator();
    toolbar->addAction(m_newAccountAction);
    toolbar->addAction(m_newGroupAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_sendTestAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_loadAllAction);
    // Shown again from the keyboard too, not only from the tool bar's context menu.
    QAction *toolbarToggle = toolbar->toggleViewAction();
    toolbarToggle->setObjectName(QStringLiteral("showToolBarAction"));
    toolbarToggle->setText(tr("&Toolbar"));
    view->addAction(toolbarToggle);
}

void MainWindow::buildCentralArea()
{
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("accountComboBox"));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setToolTip(tr("The Fivetran account whose webhooks are shown"));
    connect(m_accountCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_accountCombo->itemData(index).toString();
        if (!m_session || id != m_session->profileId())
            switchAccount(id);
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    // The banner: errors in words, Retry, and Fivetran's code and message one click away.
    // An alert frame: a screen reader speaks each error as it appears.
    m_banner = new AlertFrame(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    auto *bannerLayout = new QGridLayout(m_banner);
    m_bannerIcon = new QLabel(m_banner); // set by each message: a warning, or information
    m_bannerIcon->setObjectName(QStringLiteral("bannerIconLabel"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerLabel"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerDetails = new QLabel(m_banner);
    m_bannerDetails->setObjectName(QStringLiteral("bannerDetailsLabel"));
    m_bannerDetails->setWordWrap(true);
    m_bannerDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerDetails->hide();
    m_bannerRetry = new QPushButton(tr("&Retry"), m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("bannerRetryButton"));
    m_bannerRetry->setAccessibleDescription(tr("Tries again what failed"));
    m_bannerDetailsButton = new QPushButton(tr("Details"), m_banner);
    m_bannerDetailsButton->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_bannerDetailsButton->setCheckable(true);
    m_bannerDetailsButton->setAccessibleDescription(tr("Shows Fivetran's status, code and message"));
    auto *bannerClose = new QPushButton(tr("Dismiss"), m_banner);
    bannerClose->setObjectName(QStringLiteral("bannerDismissButton"));
    bannerLayout->addWidget(m_bannerIcon, 0, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 0, 1);
    bannerLayout->addWidget(m_bannerDetailsButton, 0, 2);
    bannerLayout->addWidget(m_bannerRetry, 0, 3);
    bannerLayout->addWidget(bannerClose, 0, 4);
    bannerLayout->addWidget(m_bannerDetails, 1, 1, 1, 4);
    bannerLayout->setColumnStretch(1, 1);
    QWidget::setTabOrder(m_bannerDetailsButton, m_bannerRetry); // Tab follows the row: Details, Retry, Dismiss
    connect(m_bannerDetailsButton, &QPushButton::toggled, m_bannerDetails, &QWidget::setVisible);
    connect(bannerClose, &QPushButton::clicked, this, &MainWindow::hideBanner);
    connect(m_bannerRetry, &QPushButton::clicked, this, [this] {
        const auto retries = m_bannerRetryActions;
        hideBanner();
        for (const auto &retry : retries)
            retry();
    });
    m_retryCountdown = new QTimer(this);
    m_retryCountdown->setInterval(1000);
    connect(m_retryCountdown, &QTimer::timeout, this, [this] {
        if (--m_retrySecondsLeft > 0) {
            m_bannerRetry->setText(tr("&Retry (%n s)", nullptr, m_retrySecondsLeft));
            return;
        }
        m_bannerRetry->click(); // Fivetran said when: try again then, without a click
    });
    m_banner->hide();
    layout->addWidget(m_banner);

    // Filter bar.
    auto *filters = new QHBoxLayout;
    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by URL, id, group, event or creator"));
    m_filterEdit->setAccessibleName(tr("Filter text"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &WebhookFilterProxy::setText);
    filters->addWidget(m_filterEdit, 1);

    m_scopeFilter = new QComboBox(central);
    m_scopeFilter->setObjectName(QStringLiteral("scopeFilterComboBox"));
    m_scopeFilter->setAccessibleName(tr("Scope filter"));
    m_scopeFilter->setAccessibleDescription(tr("Shows only account webhooks, or only group webhooks"));
    m_scopeFilter->addItem(tr("All scopes"), -1);
    m_scopeFilter->addItem(tr("Account"), int(Webhook::Scope::Account));
    m_scopeFilter->addItem(tr("Group"), int(Webhook::Scope::Group));
    connect(m_scopeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int scope = m_scopeFilter->currentData().toInt();
        m_proxy->setScope(scope < 0 ? std::nullopt : std::optional(Webhook::Scope(scope)));
    });
    filters->addWidget(m_scopeFilter);

    m_groupFilter = new QComboBox(central);
    m_groupFilter->setObjectName(QStringLiteral("groupFilterComboBox"));
    m_groupFilter->setAccessibleName(tr("Group filter"));
    m_groupFilter->setAccessibleDescription(tr("Shows only the webhooks of one group"));
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupFilter->addItem(tr("All groups"), QString());
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroupId(m_groupFilter->currentData().toString()); });
    filters->addWidget(m_groupFilter);

    m_eventFilter = new QComboBox(central);
    m_eventFilter->setObjectName(QStringLiteral("eventFilterComboBox"));
    m_eventFilter->setAccessibleName(tr("Event filter"));
    m_eventFilter->setAccessibleDescription(tr("Shows only the webhooks subscribed to one event"));
    m_eventFilter->addItem(tr("All events"), QString());
    for (const EventInfo &event : EventCatalog::all())
        m_eventFilter->addItem(event.name, event.name);
    connect(m_eventFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEvent(m_eventFilter->currentData().toString()); });
    filters->addWidget(m_eventFilter);

    m_activeFilter = new QComboBox(central);
    m_activeFilter->setObjectName(QStringLiteral("activeFilterComboBox"));
    m_activeFilter->setAccessibleName(tr("Active filter"));
    m_activeFilter->setAccessibleDescription(tr("Shows only active, or only inactive, webhooks"));
    m_activeFilter->addItem(tr("Active and inactive"), int(WebhookFilterProxy::ActiveFilter::Any));
    m_activeFilter->addItem(tr("Active only"), int(WebhookFilterProxy::ActiveFilter::ActiveOnly));
    m_activeFilter->addItem(tr("Inactive only"), int(WebhookFilterProxy::ActiveFilter::InactiveOnly));
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setActiveFilter(WebhookFilterProxy::ActiveFilter(m_activeFilter->currentData().toInt()));
    });
    filters->addWidget(m_activeFilter);
    layout->addLayout(filters);

    // Table and details.
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("webhookTableView"));
    m_table->setAccessibleName(tr("Webhooks"));
    m_table->setAccessibleDescription(tr("The account's webhooks. Enter edits the selected one; every "
                                         "action is in the Webhook menu."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The URL matters most: it gets the room, and the last column takes what is left.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const int widths[WebhookTableModel::ColumnCount] = {64, 72, 180, 300, 180, 150, 100, 110};
    for (int column = 0; column < WebhookTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table, &QTableView::activated, this, [this] { editWebhook(); }); // Enter, double-click
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showSelection);
    m_details = new DetailsPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({960, 300});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountStatusLabel"));
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("rowsStatusLabel"));
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLimitStatusLabel"));
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityStatusLabel"));
    m_loadAllProgress = new QProgressBar(this);
    m_loadAllProgress->setObjectName(QStringLiteral("loadAllProgressBar"));
    m_loadAllProgress->setRange(0, 0); // the API gives no total: a busy bar with a count
    m_loadAllProgress->setTextVisible(true);
    m_loadAllProgress->setMaximumWidth(260);
    m_loadAllProgress->hide();
    m_loadAllCancel = new QPushButton(tr("Cancel"), this);
    m_loadAllCancel->setObjectName(QStringLiteral("loadAllCancelButton"));
    m_loadAllCancel->setAccessibleName(tr("Cancel loading all webhooks"));
    m_loadAllCancel->hide();
    connect(m_loadAllCancel, &QPushButton::clicked, m_model, &WebhookTableModel::cancelLoadAll);
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addWidget(m_rowsLabel, 1);
    statusBar()->addPermanentWidget(m_loadAllProgress);
    statusBar()->addPermanentWidget(m_loadAllCancel);
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
}

void MainWindow::setSession(std::unique_ptr<AccountSession> session)
{
    hideBanner();
    const QString previousAccount = m_session ? m_session->accountKey() : QString();
    m_model->setSession(nullptr);
    m_details->setContext(nullptr, nullptr);
    m_history = nullptr;
    m_accountHistory.reset();
    m_session = std::move(session);
    m_knownSecrets.clear();
    m_rateLabel->clear(); // the previous account's limit says nothing of this one
    updateAccountCombo();
    if (!m_session || m_session->accountKey() != previousAccount)
        resetFilters(); // its groups, and what was searched, belonged to the other account
    if (!m_session) {
        updateActions();
        updateStatus();
        return;
    }
    if (m_session->isSandbox()) {
        if (!m_sandboxHistory)
            m_sandboxHistory = std::make_unique<TestHistory>(QString());
        m_history = m_sandboxHistory.get();
    } else {
        m_accountHistory = std::make_unique<TestHistory>(m_session->accountKey());
        m_history = m_accountHistory.get();
    }
    m_details->setContext(m_session.get(), m_history);
    FivetranClient *client = m_session->client();
    connect(client, &FivetranClient::rateLimitChanged, this, [this](int limit, int remaining) {
        m_rateLabel->setText(tr("Rate limit: %1 of %2 left").arg(QLocale().toString(remaining),
                                                                  QLocale().toString(limit)));
    });
    connect(client, &FivetranClient::activityChanged, this, &MainWindow::updateStatus);
    connect(client, &FivetranClient::retryScheduled, this,
            [this](const ApiError &error, std::chrono::milliseconds delay) {
                if (delay >= std::chrono::seconds(2))
                    statusBar()->showMessage(tr("%1 Retrying in %n s…", nullptr,
                                                int(delay.count() / 1000)).arg(error.summary()),
                                             int(delay.count()));
            });
    connect(m_session.get(), &AccountSession::accountInfoChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &AccountSession::groupsChanged, this, &MainWindow::updateGroupFilter);
    connect(m_session.get(), &AccountSession::requestFailed, this, [this](const ApiError &error) {
        showError(error, [this] {
            m_session->refreshAccountInfo();
            m_session->refreshGroups();
        });
    });
    // On the Sandbox the receiver is where its webhooks can deliver: have it listening.
    if (m_session->isSandbox() && !m_receiverDock->server()->isListening())
        m_receiverDock->start();
    m_session->refreshAccountInfo();
    m_session->refreshGroups();
    m_model->setSession(m_session.get());
    updateGroupFilter();
    updateActions();
    updateStatus();
    if (m_session->isSandbox())
        showSandboxIntroOnce();
}

void MainWindow::showSandboxIntroOnce()
{
    QSettings settings;
    if (settings.value(QStringLiteral("MainWindow/sandboxIntroShown")).toBool())
        return;
    settings.setValue(QStringLiteral("MainWindow/sandboxIntroShown"), true);
    showMessage(tr("This is the Sandbox: a local emulator of Fivetran's API inside this "
                   "application, with demo webhooks. Nothing done here reaches Fivetran, and it "
                   "starts afresh each time the application starts. The first webhooks deliver "
                   "to the receiver below: send them a test. Add your Fivetran account to manage "
                   "its webhooks."),
                Notice::Information, tr("&Add account…"), [this] { showAccounts(); });
}

void MainWindow::rememberDemoSecrets()
{
    // The emulator knows the secrets of its demo webhooks: the receiver can verify what they
    // deliver from the first event on, as it does for webhooks created here.
    const QList<Webhook> webhooks = m_sandbox->store().webhooks();
    for (const Webhook &webhook : webhooks) {
        if (webhook.hasSecret() && deliversToReceiver(webhook.url))
            m_sessionStore->write(CredentialStore::webhookSecretKey(m_session->accountKey(), webhook.id),
                                  webhook.secret.toUtf8(), this, [](const std::optional<StoreError> &) {});
    }
}

void MainWindow::resetFilters()
{
    m_filterEdit->clear();
    m_scopeFilter->setCurrentIndex(0);
    m_groupFilter->setCurrentIndex(0);
    m_eventFilter->setCurrentIndex(0);
    m_activeFilter->setCurrentIndex(0);
}

void MainWindow::setCredentialStore(CredentialStore *keychain)
{
    m_keychain = keychain;
    m_ownKeychain.reset();
}

void MainWindow::buildReceiverDock()
{
    m_receiverDock = new ReceiverDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_receiverDock);
    // Candidates for a delivery: the webhooks whose URL is the receiver's address with that
    // path, with the secrets remembered for them.
    m_receiverDock->server()->setSecretProvider([this](const QString &path) {
        // Only the few webhooks with a remembered secret are looked at, never every row.
        QList<KnownSecret> secrets;
        // A save in flight probes the URL before Fivetran answers, with a secret not yet known
        // here (and, on create, under an id not yet known).
        const QList<WebhookDialog *> dialogs = findChildren<WebhookDialog *>();
        for (const WebhookDialog *dialog : dialogs) {
            const auto inFlight = dialog->secretInFlight();
            if (inFlight && deliversToReceiver(inFlight->url.toString()) && inFlight->url.path() == path)
                secrets.append({tr("the new secret being saved"), inFlight->secret});
        }
        for (auto secret = m_knownSecrets.cbegin(); secret != m_knownSecrets.cend(); ++secret) {
            const int row = m_model->rowOf(secret.key());
            if (row < 0)
                continue;
            const QString url = m_model->index(row, WebhookTableModel::Url).data().toString();
            if (deliversToReceiver(url) && QUrl(url).path() == path)
                secrets.append({tr("the secret of webhook %1").arg(secret.key()), secret.value()});
        }
        return secrets;
    });
    connect(m_receiverDock->server(), &ReceiverServer::listeningChanged, this, &MainWindow::refreshKnownSecrets);
    connect(m_model, &WebhookTableModel::modelReset, this, &MainWindow::refreshKnownSecrets);
    // New and changed rows only: a page of a long listing does not rescan the rows before it.
    connect(m_model, &WebhookTableModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { lookUpKnownSecrets(first, last); });
    connect(m_model, &WebhookTableModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                lookUpKnownSecrets(topLeft.row(), bottomRight.row());
            });
}

bool MainWindow::deliversToReceiver(const QString &webhookUrl) const
{
    const QUrl receiver = m_receiverDock->url();
    const QUrl url(webhookUrl);
    return receiver.isValid() && url.port() == receiver.port() && UrlRules::isLoopbackHost(url.host());
}

void MainWindow::refreshKnownSecrets()
{
    lookUpKnownSecrets(0, m_model->rowCount() - 1);
}

void MainWindow::lookUpKnownSecrets(int firstRow, int lastRow)
{
    if (!m_session || !m_receiverDock->server()->isListening())
        return;
    // The URL column and the id role, not webhookAt(): no full Webhook is rebuilt per row. A
    // URL that delivers here names the receiver's port (unless it is http's own 80): rows
    // without it are passed over before any URL is parsed, which Load all of 100,000 rows
    // would otherwise do on the GUI thread for every row.
    const int port = m_receiverDock->url().port();
    const QString portMark = port == 80 ? QString() : QLatin1Char(':') + QString::number(port);
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex url = m_model->index(row, WebhookTableModel::Url);
        const QString text = url.data().toString();
        if (!text.contains(portMark) || !deliversToReceiver(text))
            continue;
        const QString id = url.data(WebhookTableModel::WebhookIdRole).toString();
        if (!m_knownSecrets.contains(id))
            refreshKnownSecret(id);
    }
}

void MainWindow::refreshKnownSecret(const QString &webhookId)
{
    if (!m_session)
        return;
    webhookSecretStore()->read(CredentialStore::webhookSecretKey(m_session->accountKey(), webhookId), this,
                               [this, webhookId](const QByteArray &secret, const std::optional<StoreError> &error) {
        if (error)
            m_knownSecrets.remove(webhookId);
        else
            m_knownSecrets.insert(webhookId, secret);
    });
}

CredentialStore *MainWindow::webhookSecretStore() const
{
    // The Sandbox's webhooks are throwaway: their secrets stay in memory, out of the keychain.
    return m_session && m_session->isSandbox() ? static_cast<CredentialStore *>(m_sessionStore.get())
                                               : m_keychain;
}

void MainWindow::updateAccountCombo()
{
    QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    m_accountCombo->addItem(tr("Sandbox"), QString());
    for (const AccountProfile &profile : ProfileList::load())
        m_accountCombo->addItem(profile.name, profile.id);
    const int index = m_accountCombo->findData(m_session ? m_session->profileId() : QString());
    m_accountCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::openInitialAccount()
{
    const QString last = ProfileList::lastUsedId();
    switchAccount(ProfileList::find(last) ? last : QString());
}

void MainWindow::switchAccount(const QString &profileId)
{
    if (profileId.isEmpty()) {
        const bool starting = !m_sandbox;
        if (starting) {
            // Listening first, so that the demo webhooks can be pointed at the receiver.
            if (!m_receiverDock->server()->isListening())
                m_receiverDock->start();
            const QUrl receiver = m_receiverDock->url(); // empty when it could not listen
            QString error;
            m_sandbox = AccountSession::startSandbox(receiver, &error);
            if (!m_sandbox)
                return showMessage(error);
        }
        ProfileList::setLastUsedId(QString());
        setSession(AccountSession::createForSandbox(m_sandbox.get()));
        if (starting)
            rememberDemoSecrets(); // once the session names the account the secrets belong to
        return;
    }
    const auto profile = ProfileList::find(profileId);
    if (!profile)
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(profile->name));
    const QString key = CredentialStore::profileKey(profile->id);
    auto open = [this, profile = *profile](const QByteArray &secret) {
        const auto credentials = AccountProfile::credentialsFromSecret(secret);
        if (!credentials) {
            showMessage(tr("No key is stored for “%1”: enter it in Accounts.").arg(profile.name));
            return showAccounts(profile.id, true);
        }
        QString error;
        auto session = AccountSession::createForProfile(profile, *credentials, &error);
        if (!session)
            return showMessage(error);
        ProfileList::setLastUsedId(profile.id);
        setSession(std::move(session));
        statusBar()->clearMessage();
    };
    // Keys kept for this session only come first, then the keychain.
    CredentialStore::readFirst({m_sessionStore.get(), m_keychain}, key, this,
                               [this, open](const QByteArray &secret, const std::optional<StoreError> &error) {
        if (error && error->kind != StoreError::Kind::NotFound) {
            updateAccountCombo();
            return showMessage(error->message);
        }
        open(secret);
    });
}

void MainWindow::showAccounts(const QString &profileId, bool askForSecret)
{
    if (findChild<AccountsDialog *>())
        return; // one at a time
    auto *dialog = new AccountsDialog(m_keychain, m_sessionStore.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileId.isEmpty())
        dialog->selectProfile(profileId, askForSecret);
    connect(dialog, &AccountsDialog::profileSaved, this, [this](const QString &id) {
        updateAccountCombo();
        // A new key for the account on screen: reopen it with that key.
        if (m_session && m_session->profileId() == id)
            switchAccount(id);
    });
    connect(dialog, &AccountsDialog::profileRemoved, this, [this](const QString &id) {
        if (m_session && m_session->profileId() == id)
            switchAccount(QString());
        else
            updateAccountCombo();
    });
    dialog->open();
}

QList<Webhook> MainWindow::selectedWebhooks() const
{
    QList<Webhook> webhooks;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const std::optional<Webhook> webhook = m_model->webhookAt(m_proxy->mapToSource(index).row()))
            webhooks.append(*webhook);
    }
    return webhooks;
}

void MainWindow::updateActions()
{
    const bool connected = m_session != nullptr;
    const QList<Webhook> selected = selectedWebhooks();
    const bool one = selected.size() == 1;
    const bool any = !selected.isEmpty() && !m_batchRunning;
    m_newAccountAction->setEnabled(connected);
    m_newGroupAction->setEnabled(connected);
    m_editAction->setEnabled(one && !m_batchRunning);
    m_deleteAction->setEnabled(any);
    m_sendTestAction->setEnabled(any);
    m_copyIdAction->setEnabled(one);
    m_copyUrlAction->setEnabled(one);
    const auto anyWith = [&selected](bool active) {
        return std::any_of(selected.cbegin(), selected.cend(),
                           [active](const Webhook &w) { return w.active == active; });
    };
    m_enableAction->setEnabled(any && anyWith(false));
    m_disableAction->setEnabled(any && anyWith(true));
    m_refreshAction->setEnabled(connected);
    m_loadAllAction->setEnabled(connected && !m_model->isComplete() && !m_model->isLoadingAll());
    m_sandboxMenuAction->setVisible(connected && m_session->isSandbox());
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_accountLabel->setText(tr("No account"));
        m_rowsLabel->clear();
        m_activityLabel->clear();
        return;
    }
    const auto &info = m_session->accountInfo();
    m_accountLabel->setText(info && !info->accountName.isEmpty()
                                    ? tr("%1 — %2").arg(m_session->displayName(), info->accountName)
                                    : m_session->displayName());
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->hasError() && rows == 0)
        text = tr("No webhooks loaded");
    else if (m_model->hasError())
        text = tr("%n webhook(s) loaded; loading stopped on an error", nullptr, rows);
    else if (m_model->isComplete())
        text = tr("%n webhook(s)", nullptr, rows);
    else if (rows == 0 && m_model->isLoading())
        text = tr("Loading webhooks…");
    else
        text = tr("%n webhook(s) loaded, more exist", nullptr, rows);
    if (m_proxy->isFiltering())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    m_rowsLabel->setText(text);
    const int busy = m_session->client()->callsInFlight();
    m_activityLabel->setText(busy > 0 ? tr("Working… (%n request(s))", nullptr, busy) : QString());
    updateActions();
}

void MainWindow::updateGroupFilter()
{
    const QString current = m_groupFilter->currentData().toString();
    QSignalBlocker blocker(m_groupFilter);
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), QString());
    if (m_session) {
        QList<Group> groups = m_session->groups().values();
        std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Group &group : groups)
            m_groupFilter->addItem(m_session->groupLabel(group.id), group.id);
    }
    const int index = m_groupFilter->findData(current);
    m_groupFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setGroupId(QString());
}

void MainWindow::showSelection()
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.size() == 1)
        m_details->showWebhook(selected.constFirst());
    else
        m_details->showNothing(int(selected.size()));
    updateActions();
    updateStatus();
}

void MainWindow::newWebhook(bool groupScope)
{
    if (!m_session)
        return;
    auto *dialog = new WebhookDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(webhookSecretStore(), m_session->accountKey());
    dialog->setRememberSecretByDefault(m_preferences.rememberWebhookSecrets);
    if (m_session->isSandbox() && m_receiverDock->server()->isListening())
        dialog->setReceiverUrl(m_receiverDock->url().resolved(QUrl(QStringLiteral("fivetran"))));
    dialog->startCreate(groupScope ? WebhookDialog::Mode::CreateGroup : WebhookDialog::Mode::CreateAccount);
    // The secret, when remembered, is written just before the dialog closes: read it then.
    auto savedId = std::make_shared<QString>();
    connect(dialog, &WebhookDialog::saved, this, [savedId](const Webhook &webhook) { *savedId = webhook.id; });
    connect(dialog, &QDialog::accepted, this, [this, savedId] { refreshKnownSecret(*savedId); });
    connect(dialog, &WebhookDialog::saved, this, [this](const Webhook &webhook) {
        m_model->upsert(webhook);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(webhook.id), 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
        statusBar()->showMessage(tr("Created webhook %1.").arg(webhook.id), 5000);
    });
    dialog->open();
}

void MainWindow::editWebhook()
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.size() != 1 || !m_session)
        return;
    auto *dialog = new WebhookDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(webhookSecretStore(), m_session->accountKey());
    dialog->setRememberSecretByDefault(m_preferences.rememberWebhookSecrets);
    if (m_session->isSandbox() && m_receiverDock->server()->isListening())
        dialog->setReceiverUrl(m_receiverDock->url().resolved(QUrl(QStringLiteral("fivetran"))));
    dialog->startEdit(selected.constFirst());
    const QString editedId = selected.constFirst().id;
    connect(dialog, &QDialog::finished, this, [this, editedId] { refreshKnownSecret(editedId); });
    connect(dialog, &WebhookDialog::saved, this, [this](const Webhook &webhook) {
        m_model->upsert(webhook);
        statusBar()->showMessage(tr("Saved webhook %1.").arg(webhook.id), 5000);
    });
    dialog->open();
}

void MainWindow::confirmDelete()
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.isEmpty() || !m_session || m_batchRunning)
        return;
    QStringList urls;
    for (const Webhook &webhook : selected.mid(0, 10))
        urls << QStringLiteral("• ") + webhook.url;
    if (selected.size() > 10)
        urls << tr("… and %n more", nullptr, int(selected.size()) - 10);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete webhooks"),
                                selected.size() == 1
                                        ? tr("Delete the webhook that delivers to %1?").arg(selected.constFirst().url)
                                        : tr("Delete these %n webhooks?", nullptr, int(selected.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    if (selected.size() > 1)
        box->setInformativeText(urls.join(QLatin1Char('\n')));
    else
        box->setInformativeText(tr("Fivetran stops sending its events at once. This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(deleteButton, &QPushButton::clicked, this, [this, selected] {
        runBatch(selected, tr("Deleted %n webhook(s).", nullptr, int(selected.size())),
                 [this](const Webhook &webhook, std::function<void(const QString &)> done) {
                     const QString id = webhook.id;
                     m_session->client()->deleteWebhook(id, this, [this, id, done](const ApiResult<QString> &result) {
                         // Already gone counts as deleted: the user's intent is met.
                         if (result.ok() || result.error().kind == ApiError::Kind::NotFound) {
                             m_model->remove(id);
                             if (m_history)
                                 m_history->forget(id);
                             return done(QString());
                         }
                         done(result.error().summary() + QStringLiteral(" (") + result.error().details() + QLatin1Char(')'));
                     });
                 });
    });
    box->open();
}

void MainWindow::setActive(bool active)
{
    QList<Webhook> targets;
    for (const Webhook &webhook : selectedWebhooks()) {
        if (webhook.active != active)
            targets.append(webhook);
    }
    if (targets.isEmpty() || !m_session)
        return;
    const QString doneText = active ? tr("Enabled %n webhook(s).", nullptr, int(targets.size()))
                                    : tr("Disabled %n webhook(s).", nullptr, int(targets.size()));
    runBatch(targets, doneText, [this, active](const Webhook &webhook, std::function<void(const QString &)> done) {
        WebhookChanges changes;
        changes.active = active;
        m_session->client()->updateWebhook(webhook.id, changes, this,
                                           [this, active, done](const ApiResult<Webhook> &result) {
            if (result.ok()) {
                m_model->upsert(result.value());
                return done(QString());
            }
            QString reason = result.error().summary();
            if (active && result.error().kind == ApiError::Kind::InvalidInput)
                reason = tr("Fivetran could not reach the URL to check it, so the webhook stays "
                            "inactive. Make sure the endpoint answers 2xx, then enable it again.");
            done(reason + QStringLiteral(" (") + result.error().details() + QLatin1Char(')'));
        });
    });
}

void MainWindow::runBatch(const QList<Webhook> &webhooks, const QString &doneText, Operation operation)
{
    struct Batch
    {
        QList<Webhook> items;
        int next = 0;
        QStringList failures;
    };
    auto batch = std::make_shared<Batch>();
    batch->items = webhooks;
    m_batchRunning = true;
    updateActions();
    // One request at a time: a bulk change must not trip the account's rate limit. The step
    // refers to itself weakly; each request's callback holds it until the next step starts.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, batch, weakStep = std::weak_ptr(step), doneText, operation] {
        if (batch->next >= batch->items.size()) {
            m_batchRunning = false;
            updateActions();
            statusBar()->clearMessage(); // "Working on n of n…" is over
            if (batch->failures.isEmpty())
                return showSuccess(doneText);
            showMessage(tr("%1 of %n failed:", nullptr, int(batch->items.size())).arg(batch->failures.size())
                        + QLatin1Char('\n') + batch->failures.join(QLatin1Char('\n')));
            return;
        }
        const Webhook webhook = batch->items.at(batch->next++);
        statusBar()->showMessage(tr("Working on %1 of %2…").arg(batch->next).arg(batch->items.size()));
        operation(webhook, [this, batch, next = weakStep.lock(), webhook](const QString &error) {
            if (!error.isEmpty())
                batch->failures << tr("%1 (%2): %3").arg(webhook.id, webhook.url, error);
            (*next)();
        });
    };
    (*step)();
}

void MainWindow::sendTest()
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.isEmpty() || !m_session)
        return;
    if (selected.size() == 1) {
        auto *dialog = new SendTestDialog(m_session->client(), m_history, selected.constFirst(), this);
        if (m_session->isSandbox() && m_receiverDock->server()->isListening()
            && !deliversToReceiver(selected.constFirst().url))
            dialog->setReceiverHint(true);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    // Several webhooks: each gets a test of every event it subscribes to, one request at a
    // time; the outcomes land in each webhook's history and the summary in the banner.
    runBatch(selected, tr("Sent tests to %n webhook(s); every delivery succeeded.", nullptr, int(selected.size())),
             [this](const Webhook &webhook, std::function<void(const QString &)> done) {
                 struct Run
                 {
                     QStringList events;
                     int next = 0;
                     int delivered = 0;
                 };
                 auto run = std::make_shared<Run>();
                 run->events = webhook.events;
                 auto step = std::make_shared<std::function<void()>>();
                 *step = [this, run, webhook, done, weakStep = std::weak_ptr(step)] {
                     if (run->next >= run->events.size()) {
                         if (run->delivered == run->events.size())
                             return done(QString());
                         return done(tr("%1 of %n test(s) delivered", nullptr, int(run->events.size()))
                                             .arg(run->delivered));
                     }
                     const QString event = run->events.at(run->next++);
                     m_session->client()->testWebhook(
                             webhook.id, event, this,
                             [this, run, webhook, event, done, next = weakStep.lock()](const ApiResult<TestResult> &result) {
                                 if (!result.ok())
                                     return done(result.error().summary());
                                 const TestRecord record = TestRecord::fromResult(event, result.value());
                                 if (m_history)
                                     m_history->append(webhook, record);
                                 run->delivered += record.delivered;
                                 (*next)();
                             });
                 };
                 (*step)();
             });
}

void MainWindow::simulateEvent(const QString &event, const QString &status)
{
    if (!m_session || !m_session->sandbox())
        return;
    const int sent = m_session->sandbox()->emitEvent(
            event, status, QString(), this,
            [this, event](const QList<EventDelivery> &outcomes) { reportEvent(event, outcomes); });
    statusBar()->showMessage(sent == 0 ? tr("No active webhook is subscribed to %1.").arg(event)
                                       : tr("Sending %1 to %n webhook(s)…", nullptr, sent).arg(event),
                             sent == 0 ? 5000 : 0);
}

void MainWindow::reportEvent(const QString &event, const QList<EventDelivery> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    statusBar()->clearMessage(); // "Sending…" is over
    const auto failed = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                      [](const EventDelivery &outcome) { return !outcome.succeeded(); });
    if (failed == 0)
        return showSuccess(tr("%1 delivered to %n webhook(s).", nullptr, int(outcomes.size())).arg(event));
    // Each webhook's outcome, the failures first: which endpoint failed, and how.
    QList<EventDelivery> ordered = outcomes;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const EventDelivery &outcome) { return !outcome.succeeded(); });
    constexpr int kShown = 10;
    QStringList lines;
    for (const EventDelivery &outcome : ordered.mid(0, kShown)) {
        const QString url = outcome.url.toString(QUrl::RemoveUserInfo);
        lines << (outcome.succeeded() ? tr("%1 (%2): delivered, HTTP %3").arg(outcome.webhookId, url).arg(outcome.status)
                                      : tr("%1 (%2): %3").arg(outcome.webhookId, url, outcome.message));
    }
    if (ordered.size() > kShown)
        lines << tr("… and %n more", nullptr, int(ordered.size()) - kShown);
    if (const SandboxServer *sandbox = m_session ? m_session->sandbox() : nullptr;
        sandbox && sandbox->eventRetryAttempts() > 0) {
        const auto step = std::chrono::duration_cast<std::chrono::seconds>(sandbox->eventRetryStep());
        lines << tr("Like Fivetran, the Sandbox retries each failed delivery %n time(s), waiting "
                    "%1 s longer each time (Fivetran: five minutes longer).",
                    nullptr, sandbox->eventRetryAttempts())
                         .arg(step.count());
    }
    showMessage(tr("%1: %2 of %n delivery(s) failed:", nullptr, int(outcomes.size())).arg(event).arg(failed)
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void MainWindow::copyField(bool url)
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.size() != 1)
        return;
    QApplication::clipboard()->setText(url ? selected.constFirst().url : selected.constFirst().id);
    statusBar()->showMessage(url ? tr("URL copied.") : tr("Id copied."), 3000);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_editAction);
    menu->addAction(m_sendTestAction);
    menu->addAction(m_enableAction);
    menu->addAction(m_disableAction);
    menu->addSeparator();
    menu->addAction(m_copyIdAction);
    menu->addAction(m_copyUrlAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::showError(const ApiError &error, std::function<void()> retry)
{
    m_bannerText->setText(error.summary());
    m_bannerDetails->setText(tr("%1 · %2").arg(ApiError::kindName(error.kind), error.details()));
    m_bannerDetailsButton->setVisible(true);
    // Several things can fail at once (a page, the groups): Retry retries each of them.
    if (m_banner->isHidden() || !m_bannerShowsError)
        m_bannerRetryActions.clear();
    m_bannerShowsError = true;
    if (retry)
        m_bannerRetryActions.append(std::move(retry));
    m_bannerRetry->setVisible(!m_bannerRetryActions.isEmpty());
    m_bannerRetry->setText(tr("&Retry"));
    m_retryCountdown->stop();
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfter.count() > 0
        && !m_bannerRetryActions.isEmpty()) {
        // Fivetran said how long to wait: count down and try again then.
        m_retrySecondsLeft = int(error.retryAfter.count());
        m_bannerRetry->setText(tr("&Retry (%n s)", nullptr, m_retrySecondsLeft));
        m_retryCountdown->start();
    }
    setBannerIcon(Notice::Warning);
    m_banner->alert(error.summary());
}

void MainWindow::setBannerIcon(Notice notice)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_bannerIcon->setPixmap(style()->standardIcon(notice == Notice::Warning
                                                          ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation,
                                                  nullptr, this)
                                    .pixmap(size, size));
}

void MainWindow::showMessage(const QString &text, Notice notice, const QString &actionText,
                             std::function<void()> action)
{
    m_retryCountdown->stop();
    m_bannerText->setText(text);
    m_bannerDetails->hide();
    m_bannerDetailsButton->setChecked(false);
    m_bannerDetailsButton->setVisible(false);
    m_bannerRetryActions.clear();
    m_bannerShowsError = false;
    // The Retry button's place serves any one action the message offers.
    if (action)
        m_bannerRetryActions.append(std::move(action));
    m_bannerRetry->setText(actionText.isEmpty() ? tr("&Retry") : actionText);
    m_bannerRetry->setVisible(!m_bannerRetryActions.isEmpty());
    setBannerIcon(notice);
    m_banner->alert(text);
}

void MainWindow::showSuccess(const QString &text)
{
    if (!m_bannerShowsError)
        hideBanner(); // an earlier message (a batch that failed) is over; an error waits for Retry
    statusBar()->showMessage(text, 10000);
    // Said to a screen reader as well, as the banner's messages are.
    QAccessibleEvent event(statusBar(), QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::hideBanner()
{
    m_retryCountdown->stop();
    m_bannerRetryActions.clear();
    m_bannerDetailsButton->setChecked(false);
    m_banner->hide();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("MainWindow/tableHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("MainWindow/geometry")))
        resize(1200, 720);
    // First start: the table gets most of the height; the receiver's deliveries and payload
    // about a third of it (the details pane scrolls, so it no longer holds the table open).
    if (!settings.contains(QStringLiteral("MainWindow/state")))
        resizeDocks({m_receiverDock}, {fontMetrics().height() * 15}, Qt::Vertical);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Fivetran Webhooks"),
                                tr("<h3>Fivetran Webhooks %1</h3>"
                                   "<p>Manage, test and debug the webhooks of your Fivetran "
                                   "accounts.</p>")
                                        .arg(QLatin1String(FW_VERSION)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull())
        box->setIconPixmap(icon.pixmap(64, 64)); // the application's, else the information sign
    // What a bug report needs: versions, and where this computer keeps what the app saved.
    box->setInformativeText(
            tr("Built with Qt %1, running on Qt %2.\n"
               "Settings: %3\n"
               "Test history: %4\n"
               "API keys and webhook secrets: in the system keychain (without one, in memory "
               "for this session), never in these files.\n"
               "The Sandbox account is a local emulator of Fivetran's API inside this "
               "application, with demo data: nothing done there reaches Fivetran, and it starts "
               "afresh each time the application starts.\n"
               "Released under the MIT License.")
                    .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()),
                         QDir::toNativeSeparators(QSettings().fileName()),
                         TestHistory::folder().isEmpty()
                                 ? tr("kept in memory only (no writable data folder)")
                                 : QDir::toNativeSeparators(TestHistory::folder())));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this](const Preferences &preferences, bool restart) {
        applyPreferences(preferences);
        if (restart)
            restartApplication();
    });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_model->setPageSize(preferences.pageSize); // from the next page on
    m_receiverDock->setPort(preferences.receiverPort); // from the next start of the receiver
}

void MainWindow::restartApplication()
{
    // Closing first saves the layout; the new process then opens the same account.
    if (!close())
        return;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QCoreApplication::quit();
    else
        QMessageBox::warning(nullptr, tr("Restart Fivetran Webhooks"),
                             tr("Fivetran Webhooks could not start again. Start it from your "
                                "applications menu to see the new language."));
}

void MainWindow::openInitialAccountOncePainted()
{
    QWindow *window = windowHandle();
    if (!window || window->isExposed()) {
        QTimer::singleShot(0, this, &MainWindow::openInitialAccount);
        return;
    }
    m_openWhenExposed = true;
    window->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window paints while it handles its first Expose; the account opens right after.
    if (m_openWhenExposed && event->type() == QEvent::Expose && watched == windowHandle()) {
        m_openWhenExposed = false;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::openInitialAccount);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace fw
