#include "ExportController.h"

#include "AccountSession.h"
#include "FivetranClient.h"
#include "WebhookExport.h"
#include "WebhookTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QThread>

#include <atomic>
#include <utility>

namespace fw {

// What the worker thread rendered and wrote; read back on the GUI thread once it has finished.
struct ExportController::WriteJob
{
    std::atomic_bool cancelled{false}; // set by Cancel or the controller going: write nothing
    int webhookCount = 0;
    bool written = false;
    QString error; // QSaveFile's reason, when it failed
};

namespace {

QString extension(ExportController::Format format)
{
    return format == ExportController::Format::Json ? QStringLiteral("json") : QStringLiteral("tf");
}

// An account name as a file name: no path separators, nothing a file system refuses.
QString fileNameFrom(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            safe += QLatin1Char('_');
        else
            safe += c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    return safe.isEmpty() ? QStringLiteral("webhooks") : safe;
}

} // namespace

ExportController::ExportController(
    QMainWindow *window, std::function<AccountSession *()> session, WebhookTableModel *model)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_model(model)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("exportController"));
    m_jsonAction = new QAction(window->style()->standardIcon(QStyle::SP_DialogSaveButton),
        tr("Export Webhooks as &JSON…"), window);
    m_jsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    m_jsonAction->setStatusTip(tr("Save every webhook of the account as a JSON document, "
                                  "without secrets"));
    connect(m_jsonAction, &QAction::triggered, this, [this] { start(Format::Json); });
    m_terraformAction = new QAction(window->style()->standardIcon(QStyle::SP_DialogSaveButton),
        tr("Export Webhooks as &Terraform…"), window);
    m_terraformAction->setObjectName(QStringLiteral("exportTerraformAction"));
    m_terraformAction->setStatusTip(tr("Save every webhook of the account as Terraform "
                                       "configuration for Fivetran's provider"));
    connect(m_terraformAction, &QAction::triggered, this, [this] { start(Format::Terraform); });
    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QDir::homePath();
}

ExportController::~ExportController()
{
    if (m_call)
        m_call->abort();
    if (m_job)
        m_job->cancelled = true;
}

void ExportController::addActionsTo(QMenu *menu)
{
    menu->addAction(m_jsonAction);
    menu->addAction(m_terraformAction);
}

QString ExportController::suggestedFileName(Format format) const
{
    AccountSession *session = m_session();
    QString name;
    if (session && session->accountInfo() && !session->accountInfo()->accountName.isEmpty())
        name = session->accountInfo()->accountName;
    else if (session)
        name = session->displayName();
    return fileNameFrom(name) + QLatin1Char('.') + extension(format);
}

QByteArray ExportController::render(Format format, const QList<Webhook> &webhooks,
    const QString &accountId, const QString &accountName, const QDateTime &exportedAt,
    WebhookExport::TerraformSecrets secrets)
{
    const ExportInfo info{accountId, accountName, exportedAt};
    return format == Format::Json ? WebhookExport::toJson(webhooks, info)
                                  : WebhookExport::toTerraform(webhooks, info, secrets).toUtf8();
}

void ExportController::start(Format format)
{
    if (m_running) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    if (m_secretsQuestion) {
        m_secretsQuestion->raise();
        return;
    }
    if (!m_session()) {
        m_window->statusBar()->showMessage(tr("Open an account to export its webhooks."), 5000);
        return;
    }
    if (format == Format::Terraform)
        return askAboutSecrets();
    chooseFile(format, WebhookExport::TerraformSecrets::Unmanaged);
}

void ExportController::askAboutSecrets()
{
    // Asked every time, with leaving the secrets alone as the default: managing them makes the
    // next apply rewrite every webhook's secret, which no one should get by accident.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Export Webhooks as Terraform"),
        tr("Should Terraform manage the secrets of the webhooks?"), QMessageBox::NoButton,
        m_window);
    box->setObjectName(QStringLiteral("terraformSecretsMessageBox"));
    box->setInformativeText(
        tr("Fivetran never returns a webhook's secret, so Terraform cannot tell whether one "
           "changed.\n\n"
           "Leave Secrets Alone: each webhook keeps its secret, and a plan after the import shows "
           "no change.\n\n"
           "Manage Secrets: the file takes every secret from a sensitive variable that you fill "
           "in, and the next apply sets the secret of every webhook."));
    QPushButton *keep = box->addButton(tr("&Leave Secrets Alone"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("leaveSecretsButton"));
    QPushButton *manage = box->addButton(tr("&Manage Secrets"), QMessageBox::ActionRole);
    manage->setObjectName(QStringLiteral("manageSecretsButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("secretsCancelButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Once the box is hidden, so that the save dialog does not open under it.
    connect(box, &QDialog::finished, this, [this, box, keep, manage] {
        m_secretsQuestion = nullptr;
        if (box->clickedButton() == keep)
            chooseFile(Format::Terraform, WebhookExport::TerraformSecrets::Unmanaged);
        else if (box->clickedButton() == manage)
            chooseFile(Format::Terraform, WebhookExport::TerraformSecrets::Managed);
    });
    m_secretsQuestion = box;
    box->open(); // window-modal, no nested event loop
}

void ExportController::chooseFile(Format format, WebhookExport::TerraformSecrets secrets)
{
    if (m_running || !m_session())
        return;
    const QString suggested = QDir(m_lastDirectory).filePath(suggestedFileName(format));
    if (m_chooser) {
        const QString path = m_chooser(format, suggested);
        if (!path.isEmpty())
            exportTo(format, path, secrets);
        return;
    }
    // open(), not exec(): no nested event loop while the dialog is up.
    auto *dialog = new QFileDialog(m_window,
        format == Format::Json ? tr("Export Webhooks as JSON")
                               : tr("Export Webhooks as Terraform"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(extension(format));
    dialog->setNameFilters(
        {format == Format::Json ? tr("JSON files (*.json)") : tr("Terraform files (*.tf)"),
            tr("All files (*)")});
    dialog->setDirectory(m_lastDirectory);
    dialog->selectFile(suggestedFileName(format));
    // Qt's own dialog (where no desktop one is available) leaves two combo boxes that a screen
    // reader announces only by their current item: name them after their labels. A native
    // dialog has no such children.
    for (const auto &[labelName, comboName] :
         {std::pair{"lookInLabel", "lookInCombo"}, std::pair{"fileTypeLabel", "fileTypeCombo"}}) {
        auto *label = dialog->findChild<QLabel *>(QLatin1String(labelName));
        auto *combo = dialog->findChild<QComboBox *>(QLatin1String(comboName));
        if (label && combo && combo->accessibleName().isEmpty()) {
            QString name = label->text().remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            combo->setAccessibleName(name.trimmed());
        }
    }
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, format, secrets](const QString &path) { exportTo(format, path, secrets); });
    dialog->open();
}

void ExportController::exportTo(
    Format format, const QString &path, WebhookExport::TerraformSecrets secrets)
{
    AccountSession *session = m_session();
    if (!session || m_running)
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    m_format = format;
    m_secrets = secrets;
    m_path = path;
    m_webhooks.clear();
    m_accountId.clear();
    m_accountName.clear(); // the profile's name is ours, not the account's: leave it out
    if (session->accountInfo()) {
        m_accountId = session->accountInfo()->accountId;
        m_accountName = session->accountInfo()->accountName;
    }
    setRunning(true);

    // The table holds every row already: nothing to fetch. Its rows are rebuilt into
    // Webhooks on the worker, from a snapshot that later edits of the table do not touch.
    if (m_model && m_model->session() == session && m_model->isComplete()
        && !m_model->isLoading()) {
        WebhookTableModel::Snapshot rows = m_model->snapshot();
        const int count = int(rows.size());
        return write([rows = std::move(rows)] { return rows.webhooks(); }, count);
    }

    // Shown only when the fetch takes a while; Cancel stops it and writes nothing.
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Exporting webhooks"));
    m_progress->setLabelText(tr("Fetching the webhooks…"));
    auto *cancelButton = new QPushButton(tr("Cancel"), m_progress);
    cancelButton->setObjectName(QStringLiteral("exportCancelButton"));
    cancelButton->setAccessibleName(tr("Cancel the export"));
    m_progress->setCancelButton(cancelButton);
    m_progress->setRange(0, 0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);

    m_call = session->client()->listAllWebhooks(
        m_pageSize, this,
        [this](const WebhookPage &page) {
            m_webhooks += page.items;
            if (m_progress)
                m_progress->setLabelText(
                    tr("Fetching the webhooks: %n received…", nullptr, int(m_webhooks.size())));
        },
        [this](const std::optional<ApiError> &error) {
            m_call = nullptr;
            if (error)
                return fail(tr("The webhooks could not be fetched: %1").arg(error->summary()),
                    error->details());
            const int count = int(m_webhooks.size());
            write([webhooks = std::exchange(m_webhooks, {})] { return webhooks; }, count);
        });
    // The client goes with its session (another account was opened): the callback never comes.
    connect(m_call, &QObject::destroyed, this, [this] {
        if (m_running && !m_call && !m_job) // not once the pages are in and being written
            end(false, tr("Export cancelled: the account was closed."));
    });
}

void ExportController::cancel()
{
    if (!m_running)
        return;
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    if (m_job)
        m_job->cancelled = true; // the worker leaves any existing file as it was
    m_job.reset();
    end(false, tr("Export cancelled."));
}

void ExportController::write(std::function<QList<Webhook>()> webhooks, int count)
{
    // Rendering 100,000 webhooks takes most of a second and the file is tens of megabytes:
    // neither may freeze the window.
    auto job = std::make_shared<WriteJob>();
    job->webhookCount = count;
    m_job = job;
    QThread *worker = QThread::create([job, webhooks = std::move(webhooks), format = m_format,
                                       secrets = m_secrets, path = m_path, accountId = m_accountId,
                                       accountName = m_accountName, exportedAt = m_clock()] {
        const QByteArray bytes
            = render(format, webhooks(), accountId, accountName, exportedAt, secrets);
        // QSaveFile writes beside the target and renames on commit(): a failure or a Cancel
        // anywhere leaves the existing file as it was and no half-written one.
        QSaveFile file(path);
        if (job->cancelled)
            return;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            job->error = file.errorString();
            return;
        }
        if (job->cancelled)
            return file.cancelWriting();
        job->written = file.commit();
        if (!job->written)
            job->error = file.errorString();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job] {
        if (m_job == job && !job->cancelled)
            written(*job);
    });
    worker->start();
}

void ExportController::written(const WriteJob &job)
{
    m_job.reset();
    if (!job.written)
        return fail(tr("%1 could not be written.").arg(QDir::toNativeSeparators(m_path)), job.error);
    const QString message = tr("Exported %n webhook(s) to %1.", nullptr, job.webhookCount)
                                .arg(QDir::toNativeSeparators(m_path));
    m_window->statusBar()->showMessage(message, 10000);
    end(true, message);
}

void ExportController::fail(const QString &text, const QString &details)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Export Webhooks"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportErrorMessageBox"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    end(false, text);
}

void ExportController::end(bool written, const QString &message)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    m_webhooks.clear();
    setRunning(false);
    Q_EMIT finished(written, message);
}

void ExportController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace fw
