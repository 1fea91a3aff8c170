#pragma once

#include "ReceiverServer.h"

#include <QDockWidget>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace Ui {
class ReceiverDockWidget;
}

namespace fw {

class DeliveryListModel;

// The receiver in the main window: start/stop a local ReceiverServer, show its URL, list the
// deliveries it took (verdict icon and text, repeat mark) and, for the selected one, the body
// (formatted and raw), the headers and why the signature does or does not verify.
// Never shows, copies or exports a secret: only the label of the secret that verified.
class ReceiverDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReceiverDock(QWidget *parent = nullptr);
    ~ReceiverDock() override;

    ReceiverServer *server();

    void start(); // listens on 127.0.0.1 at the port in the spin box (0: any free port)
    void stop();
    // The port start() listens on (0: any free port); a running receiver keeps its port.
    void setPort(int port);
    QUrl url() const; // empty when not listening
    int deliveryCount() const; // rows in the list (follows the history's bound)
    QString selectedExplanation() const; // the verdict tab's text; empty without a selection

    // Writes the history as JSON lines (no secrets) atomically; false (and a message in the
    // dock) on failure. The Export button asks for the path with a non-blocking file dialog.
    bool exportTo(const QString &path);
    // The "Copy as curl" text for the selected delivery; empty without a selection.
    QString curlCommand() const;
    QAbstractItemModel *deliveriesModel() const;

private:
    void toggleListening();
    void updateListeningState();
    void copyUrl();
    void copyCurl();
    void exportHistory();
    void clearHistory();
    void showSelected();
    void setStatus(const QString &text);
    int selectedRow() const;
    QUrl replayBaseUrl() const;

    std::unique_ptr<Ui::ReceiverDockWidget> ui;
    ReceiverServer m_server;
    DeliveryListModel *m_model = nullptr;
    QUrl m_lastUrl; // the URL while last listening: "Copy as curl" still works once stopped
    enum class Follow { None, Scroll, Select };
    Follow m_follow = Follow::Scroll; // what the next delivery does to the view
};

} // namespace fw
