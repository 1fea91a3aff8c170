#pragma once

#include "AccountInfo.h"
#include "ApiError.h"
#include "CliOptions.h"
#include "ExitCode.h"
#include "Webhook.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QSaveFile;

namespace fw {

class Console;
class FivetranClient;

// `export`: every page of webhooks, and the account they belong to, written as JSON or as
// Terraform (WebhookExport) to stdout or, atomically, to --output. A failure writes nothing:
// stdout stays empty and an existing output file keeps its content.
class ExportCommand : public QObject
{
    Q_OBJECT

public:
    ExportCommand(
        FivetranClient *client, Console *console, CliOptions options, QObject *parent = nullptr);
    ~ExportCommand() override;

    // The date written into the export; the current time unless a test gives another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finishIfDone();
    void write();
    void fail(const ApiError &error);
    void finish(ExitCode code);

    FivetranClient *m_client;
    Console *m_console;
    CliOptions m_options;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<QSaveFile> m_file;
    QList<Webhook> m_webhooks;
    bool m_listDone = false;
    bool m_accountDone = false;
    std::optional<AccountInfo> m_account;
    std::optional<ApiError> m_accountError;
    bool m_finished = false;
};

} // namespace fw
