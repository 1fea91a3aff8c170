#pragma once

#include "ApiResult.h"
#include "TestResult.h"
#include "Webhook.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class SendTestDialog;
}

namespace fw {

class ApiCall;
class FivetranClient;
class TestHistory;

// Sends test events to one webhook (ui/SendTestDialog.ui): one chosen event, or every event it
// subscribes to, one after another. Shows a results grid (event, delivered, endpoint status,
// message, time) and appends every outcome to the TestHistory.
class SendTestDialog : public QDialog
{
    Q_OBJECT

public:
    SendTestDialog(FivetranClient *client, TestHistory *history, const Webhook &webhook,
                   QWidget *parent = nullptr);
    ~SendTestDialog() override;

    // On the Sandbox, for a webhook whose URL is not the receiver's: a failed delivery is then
    // expected (the demo hosts do not exist), and the summary says how to see one arrive.
    void setReceiverHint(bool shown) { m_receiverHint = shown; }

    // Test hooks for GUI tests.
    void selectEvent(const QString &event); // "" selects "every subscribed event"
    int resultCount() const;
    bool isRunning() const;
    QString summaryText() const; // the line under the results, e.g. "3 of 4 delivered"
    QString errorText() const; // what the inline error area shows, empty when hidden
    QString errorDetails() const; // status, code and message of that error

public Q_SLOTS:
    void send(); // what the Send button does
    void done(int result) override; // every way of closing: stops a run first

Q_SIGNALS:
    void allFinished(); // every requested test has an outcome (or the run stopped on an error)

private:
    bool m_receiverHint = false;
    class ResultsModel;
    enum class RunEnd { Completed, Stopped, Failed };

    void populateEvents();
    void stop(); // what the Stop button does
    void sendNext();
    void onResult(const QString &event, const ApiResult<TestResult> &result);
    void endRun(RunEnd end);
    void showError(const ApiError &error);
    void clearError();
    void updateControls();
    void updateSummary();
    QStringList eventsToSend() const;

    std::unique_ptr<Ui::SendTestDialog> m_ui;
    FivetranClient *m_client;
    TestHistory *m_history;
    Webhook m_webhook;
    QPointer<ApiCall> m_call;
    ResultsModel *m_model = nullptr;
    QStringList m_queue; // the events of the current (or last) run, in sending order
    int m_next = 0; // index in m_queue of the event sent next
    bool m_running = false;
    std::optional<RunEnd> m_lastEnd; // how the last run ended; nullopt before the first
};

} // namespace fw
