#pragma once

#include "ApiError.h"
#include "Webhook.h"
#include "WebhookExport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;
class QProgressDialog;

namespace fw {

class AccountSession;
class ApiCall;
class WebhookTableModel;

// File › Export Webhooks as JSON / Terraform: for Terraform, asks whether the configuration is to
// manage the webhooks' secrets (leaving them alone is the default); asks where to save, fetches
// every page of the account's webhooks through the session's client (or takes the table's rows
// when it holds them all), and writes the file atomically with QSaveFile. A progress dialog with
// Cancel shows while pages arrive. The outcome goes to the status bar, or an error to a message
// box; a failed or cancelled export leaves no file behind and an existing file unchanged.
class ExportController : public QObject
{
    Q_OBJECT

public:
    enum class Format { Json, Terraform };

    ExportController(
        QMainWindow *window, std::function<AccountSession *()> session, WebhookTableModel *model);
    ~ExportController() override;

    // Adds "Export Webhooks as JSON…" and "…as Terraform…" to `menu` (objectNames
    // exportJsonAction and exportTerraformAction).
    void addActionsTo(QMenu *menu);
    QAction *jsonAction() const { return m_jsonAction; }
    QAction *terraformAction() const { return m_terraformAction; }

    // Test seams. The chooser replaces the save dialog: it gets the suggested path and returns
    // the chosen one, or an empty string for Cancel. The clock dates the export.
    using FileChooser = std::function<QString(Format format, const QString &suggestedPath)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Asks about the secrets (Terraform) and for the file, then exports; ignored while one runs.
    void start(Format format);
    void cancel();
    bool isRunning() const { return m_running; }
    QString suggestedFileName(Format format) const; // "<account name>.json" / ".tf"

    // The bytes an export of `webhooks` writes: what the CLI's export writes too.
    static QByteArray render(Format format, const QList<Webhook> &webhooks,
        const QString &accountId, const QString &accountName, const QDateTime &exportedAt,
        WebhookExport::TerraformSecrets secrets = WebhookExport::TerraformSecrets::Unmanaged);

Q_SIGNALS:
    void runningChanged(bool running);
    // After every export that was started with a file: written, or why not (also on Cancel).
    void finished(bool written, const QString &message);

private:
    struct WriteJob;
    void askAboutSecrets();
    void chooseFile(Format format, WebhookExport::TerraformSecrets secrets);
    void exportTo(Format format, const QString &path, WebhookExport::TerraformSecrets secrets);
    // Renders and writes on a worker thread; `webhooks` runs there too, so that rebuilding
    // the table's rows costs the window nothing.
    void write(std::function<QList<Webhook>()> webhooks, int count);
    void written(const WriteJob &job);
    void fail(const QString &text, const QString &details);
    void end(bool written, const QString &message);
    void setRunning(bool running);

    QMainWindow *m_window;
    std::function<AccountSession *()> m_session;
    QPointer<WebhookTableModel> m_model;
    FileChooser m_chooser;
    std::function<QDateTime()> m_clock;
    int m_pageSize = 1000;
    QAction *m_jsonAction = nullptr;
    QAction *m_terraformAction = nullptr;
    QString m_lastDirectory;
    QPointer<QMessageBox> m_secretsQuestion;

    // The export under way.
    bool m_running = false;
    Format m_format = Format::Json;
    WebhookExport::TerraformSecrets m_secrets = WebhookExport::TerraformSecrets::Unmanaged;
    QString m_path;
    QString m_accountId;
    QString m_accountName;
    QList<Webhook> m_webhooks;
    QPointer<ApiCall> m_call;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<WriteJob> m_job; // rendering and writing, on a worker thread
};

} // namespace fw
