#include "ReceiverDock.h"
#include "HttpListener.h"
#include "Signature.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fw;

namespace {

const QByteArray kSecret = "receiver-dock-test-secret-7f3a";
const QByteArray kWrongSecret = "not-the-remembered-secret-91c2";
const QString kLabel = QStringLiteral("Sandbox webhook secret");

// The deliveries table, as a user reads it.
const QStringList kColumns = {QStringLiteral("Time"),       QStringLiteral("Path"),
                              QStringLiteral("Event"),      QStringLiteral("Status"),
                              QStringLiteral("Connection"), QStringLiteral("Signature"),
                              QStringLiteral("Answer"),     QStringLiteral("Repeat")};
enum { kTime, kPath, kEvent, kStatus, kConnection, kSignature, kAnswer, kRepeat };

QByteArray eventBody(const QString &event, const QString &syncId,
                     const QString &created = QStringLiteral("2024-05-01T10:00:00.000Z"))
{
    QJsonObject object{{QStringLiteral("event"), event},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("connector_type"), QStringLiteral("postgres")},
                       {QStringLiteral("connector_id"), QStringLiteral("brave_minnow")},
                       {QStringLiteral("connector_name"), QStringLiteral("Orders")},
                       {QStringLiteral("sync_id"), syncId},
                       {QStringLiteral("destination_group_id"), QStringLiteral("rarely_up")},
                       {QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESSFUL")}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ReceiverDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void verifiedDeliveryAppearsWithDetails();
    void wrongSecretExplainsMismatch();
    void repeatIsMarkedAndClearEmpties();
    void exportWritesJsonLinesWithoutSecret();
    void copyAsCurlReplaysWithoutSecret();
    void modelFollowsHistoryBound();
    void listenFailureIsShown();
    void stopStopsListening();
    void controlsAreNamedAndAccessible();
    void newerPayloadsNameTheConnection();
    void followsNewDeliveries();
    void rejectBadSignaturesAnswers401();

private:
    // POSTs `body` to the dock's receiver and waits for the answer; returns the HTTP status.
    int post(const QByteArray &body, const QByteArray &secret,
             const QString &path = QStringLiteral("/hooks/orders"));
    QModelIndex index(int row, int column) const;
    void selectRow(int row);

    QNetworkAccessManager m_network;
    std::unique_ptr<ReceiverDock> m_dock;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ReceiverDock::initTestCase()
{
    http::silenceRequestDumps();
}

void tst_ReceiverDock::init()
{
    m_dock = std::make_unique<ReceiverDock>();
    m_dock->server()->setSecretProvider(
            [](const QString &) { return QList<KnownSecret>{{kLabel, kSecret}}; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dock->deliveriesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dock->show();
    m_dock->start();
    QVERIFY(m_dock->server()->isListening());
    QVERIFY(m_dock->url().isValid());
    QCOMPARE(m_dock->url().host(), QStringLiteral("127.0.0.1"));
}

void tst_ReceiverDock::cleanup()
{
    m_tester.reset();
    m_dock.reset();
}

int tst_ReceiverDock::post(const QByteArray &body, const QByteArray &secret, const QString &path)
{
    QUrl url = m_dock->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!secret.isEmpty())
        request.setRawHeader(Signature::headerName, Signature::sign(body, secret));
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QModelIndex tst_ReceiverDock::index(int row, int column) const
{
    return m_dock->deliveriesModel()->index(row, column);
}

void tst_ReceiverDock::selectRow(int row)
{
    auto *view = m_dock->findChild<QTableView *>(QStringLiteral("deliveriesTableView"));
    QVERIFY(view);
    view->selectRow(row);
}

void tst_ReceiverDock::verifiedDeliveryAppearsWithDetails()
{
    QCOMPARE(m_dock->objectName(), QStringLiteral("receiverDock"));
    QCOMPARE(m_dock->deliveryCount(), 0);
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("s-1")), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 1);

    QAbstractItemModel *model = m_dock->deliveriesModel();
    QCOMPARE(model->columnCount(), int(kColumns.size()));
    for (int column = 0; column < model->columnCount(); ++column)
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), kColumns.at(column));
    QCOMPARE(index(0, kPath).data().toString(), QStringLiteral("/hooks/orders"));
    QCOMPARE(index(0, kEvent).data().toString(), QStringLiteral("sync_end"));
    QCOMPARE(index(0, kStatus).data().toString(), QStringLiteral("SUCCESSFUL"));
    QCOMPARE(index(0, kConnection).data().toString(), QStringLiteral("Orders"));
    QVERIFY(index(0, kConnection).data(Qt::ToolTipRole).toString().contains(QLatin1String("connector_id: brave_minnow")));
    QCOMPARE(index(0, kSignature).data().toString(), QStringLiteral("Verified"));
    QVERIFY(!index(0, kSignature).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(index(0, kAnswer).data().toString(), QStringLiteral("200"));
    QVERIFY(index(0, kRepeat).data().toString().isEmpty());
    QVERIFY(m_dock->selectedExplanation().isEmpty());

    selectRow(0);
    const QString json =
            m_dock->findChild<QPlainTextEdit *>(QStringLiteral("jsonPlainTextEdit"))->toPlainText();
    QVERIFY2(json.contains(QStringLiteral("\n    \"event\": \"sync_end\"")), qPrintable(json));
    const QString raw =
            m_dock->findChild<QPlainTextEdit *>(QStringLiteral("rawPlainTextEdit"))->toPlainText();
    QCOMPARE(raw.toUtf8(), eventBody(QStringLiteral("sync_end"), QStringLiteral("s-1")));
    const QString headers = m_dock->findChild<QPlainTextEdit *>(
                                          QStringLiteral("headersPlainTextEdit"))
                                    ->toPlainText();
    QVERIFY2(headers.contains(QStringLiteral("POST /hooks/orders")), qPrintable(headers));
    QVERIFY2(headers.contains(QLatin1String(Signature::headerName), Qt::CaseInsensitive),
             qPrintable(headers));

    const QString explanation = m_dock->selectedExplanation();
    QVERIFY2(explanation.contains(kLabel), qPrintable(explanation));
    QVERIFY(explanation.contains(QStringLiteral("verified"), Qt::CaseInsensitive));
    QVERIFY(!explanation.contains(QString::fromLatin1(kSecret)));
    QVERIFY(m_dock->findChild<QPushButton *>(QStringLiteral("copyCurlPushButton"))->isEnabled());
}

void tst_ReceiverDock::wrongSecretExplainsMismatch()
{
    QCOMPARE(post(eventBody(QStringLiteral("sync_start"), QStringLiteral("s-2")), kWrongSecret),
             200);
    QTRY_COMPARE(m_dock->deliveryCount(), 1);
    QCOMPARE(index(0, kSignature).data().toString(), QStringLiteral("Mismatch"));
    QVERIFY(!index(0, kSignature).data(Qt::DecorationRole).value<QIcon>().isNull());

    // With a newline a tool appended after signing: the hint says so.
    const QByteArray signedBody = eventBody(QStringLiteral("sync_end"), QStringLiteral("s-3"));
    QUrl url = m_dock->url();
    url.setPath(QStringLiteral("/hooks/orders"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(Signature::headerName, Signature::sign(signedBody, kSecret));
    QNetworkReply *reply = m_network.post(request, signedBody + '\n');
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    QTRY_COMPARE(m_dock->deliveryCount(), 2);

    selectRow(0);
    const QString mismatch = m_dock->selectedExplanation();
    QVERIFY2(mismatch.contains(QStringLiteral("matches none")), qPrintable(mismatch));
    QVERIFY(!mismatch.contains(QString::fromLatin1(kWrongSecret)));
    QVERIFY(!mismatch.contains(QString::fromLatin1(kSecret)));

    selectRow(1);
    const QString newline = m_dock->selectedExplanation();
    QVERIFY2(newline.contains(QStringLiteral("trailing newline")), qPrintable(newline));
    QVERIFY(newline.contains(kLabel));
}

void tst_ReceiverDock::repeatIsMarkedAndClearEmpties()
{
    const QByteArray body = eventBody(QStringLiteral("sync_end"), QStringLiteral("s-4"));
    QCOMPARE(post(body, kSecret), 200);
    QCOMPARE(post(body, kSecret), 200);
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("s-5")), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 3);
    QVERIFY(index(0, kRepeat).data().toString().isEmpty());
    QCOMPARE(index(1, kRepeat).data().toString(), QStringLiteral("repeat"));
    QVERIFY(index(2, kRepeat).data().toString().isEmpty());

    selectRow(1);
    QVERIFY(!m_dock->selectedExplanation().isEmpty());
    QSignalSpy reset(m_dock->deliveriesModel(), &QAbstractItemModel::modelReset);
    m_dock->findChild<QPushButton *>(QStringLiteral("clearPushButton"))->click();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_dock->deliveryCount(), 0);
    QVERIFY(m_dock->server()->history().isEmpty());
    QVERIFY(m_dock->selectedExplanation().isEmpty());
    QVERIFY(!m_dock->findChild<QPushButton *>(QStringLiteral("copyCurlPushButton"))->isEnabled());

    // Sequence numbers continue after a clear: new rows still arrive.
    QCOMPARE(post(body, kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 1);
    QVERIFY(index(0, kRepeat).data().toString().isEmpty()); // its twin was cleared
}

void tst_ReceiverDock::exportWritesJsonLinesWithoutSecret()
{
    const int n = 4;
    for (int i = 0; i < n; ++i)
        QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("e-%1").arg(i)),
                      i == 2 ? kWrongSecret : kSecret),
                 200);
    QTRY_COMPARE(m_dock->deliveryCount(), n);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("deliveries.jsonl"));
    QVERIFY(m_dock->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains(kSecret));
    QVERIFY(!content.contains(kWrongSecret));
    QVERIFY(content.contains(kLabel.toUtf8()));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), n);
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
    }

    QVERIFY(!m_dock->exportTo(dir.filePath(QStringLiteral("missing/dir/x.jsonl"))));
    QVERIFY(!m_dock->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
}

void tst_ReceiverDock::copyAsCurlReplaysWithoutSecret()
{
    const QByteArray body = eventBody(QStringLiteral("sync_end"), QStringLiteral("c'1"));
    QCOMPARE(post(body, kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 1);
    selectRow(0);

    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    m_dock->findChild<QPushButton *>(QStringLiteral("copyCurlPushButton"))->click();
    const QString curl = clipboard->text();
    QVERIFY2(curl.startsWith(QStringLiteral("curl ")), qPrintable(curl));
    QUrl target = m_dock->url();
    target.setPath(QStringLiteral("/hooks/orders"));
    QVERIFY2(curl.contains(target.toString()), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("X-Fivetran-Signature-256: ")
                          + QString::fromLatin1(Signature::sign(body, kSecret)),
                          Qt::CaseInsensitive));
    QVERIFY(curl.contains(QStringLiteral("Content-Type: application/json")));
    QVERIFY(curl.contains(QStringLiteral("--data-binary")));
    QVERIFY(curl.contains(QStringLiteral("c'\\''1"))); // the quote in the body is escaped
    QVERIFY(!curl.contains(QString::fromLatin1(kSecret)));

    clipboard->clear();
    m_dock->findChild<QToolButton *>(QStringLiteral("copyUrlToolButton"))->click();
    QCOMPARE(clipboard->text(), m_dock->url().toString());
}

void tst_ReceiverDock::modelFollowsHistoryBound()
{
    m_dock->server()->history().setCapacity(3);
    QSignalSpy removed(m_dock->deliveriesModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_dock->deliveriesModel(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("b-%1").arg(i)),
                      kSecret),
                 200);
    QTRY_COMPARE(inserted.count(), 5);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_dock->deliveryCount(), 3);
    QCOMPARE(m_dock->server()->history().size(), 3);
    for (int row = 0; row < 3; ++row) {
        const QJsonObject body =
                QJsonDocument::fromJson(m_dock->server()->history().at(row).body).object();
        QCOMPARE(body.value(QStringLiteral("sync_id")).toString(),
                 QStringLiteral("b-%1").arg(row + 2));
        QCOMPARE(index(row, kSignature).data().toString(), QStringLiteral("Verified"));
    }
}

void tst_ReceiverDock::listenFailureIsShown()
{
    m_dock->stop();
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    m_dock->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(occupier.serverPort());
    m_dock->start();
    QVERIFY(!m_dock->server()->isListening());
    QVERIFY(m_dock->url().isEmpty());
    const QString status = m_dock->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QString::number(occupier.serverPort())), qPrintable(status));
    QCOMPARE(m_dock->findChild<QPushButton *>(QStringLiteral("startStopPushButton"))->text(),
             QStringLiteral("Start"));
}

void tst_ReceiverDock::stopStopsListening()
{
    const QUrl url = m_dock->url();
    auto *button = m_dock->findChild<QPushButton *>(QStringLiteral("startStopPushButton"));
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QCOMPARE(m_dock->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->text(),
             url.toString());
    QSignalSpy listening(m_dock->server(), &ReceiverServer::listeningChanged);
    button->click();
    QVERIFY(!m_dock->server()->isListening());
    QVERIFY(m_dock->url().isEmpty());
    QCOMPARE(button->text(), QStringLiteral("Start"));
    QVERIFY(m_dock->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->text().isEmpty());

    QNetworkRequest request(url);
    QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    reply->deleteLater();
    QCOMPARE(m_dock->deliveryCount(), 0);

    button->click();
    QVERIFY(m_dock->server()->isListening());
}

void tst_ReceiverDock::controlsAreNamedAndAccessible()
{
    for (const char *name : {"startStopPushButton", "portSpinBox", "urlLineEdit",
                             "copyUrlToolButton", "deliveriesTableView", "detailsTabWidget",
                             "copyCurlPushButton", "exportPushButton", "clearPushButton"}) {
        auto *widget = m_dock->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(m_dock->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->value(), 0);
    QVERIFY(m_dock->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->isReadOnly());
}

void tst_ReceiverDock::newerPayloadsNameTheConnection()
{
    QJsonObject object = QJsonDocument::fromJson(eventBody(QStringLiteral("sync_end"), QStringLiteral("s-9"))).object();
    object.insert(QStringLiteral("connection_id"), QStringLiteral("brave_minnow"));
    object.insert(QStringLiteral("connection_name"), QStringLiteral("Orders (prod)"));
    object.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("FAILURE_WITH_TASK")},
                                                      {QStringLiteral("reason"), QStringLiteral("Permission denied")}});
    QCOMPARE(post(QJsonDocument(object).toJson(QJsonDocument::Compact), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 1);
    QCOMPARE(index(0, kConnection).data().toString(), QStringLiteral("Orders (prod)"));
    const QString tip = index(0, kConnection).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("connection_id: brave_minnow")) && tip.contains(QLatin1String("connector_name: Orders")),
             qPrintable(tip));
    QCOMPARE(index(0, kStatus).data().toString(), QStringLiteral("FAILURE_WITH_TASK"));
    QCOMPARE(index(0, kStatus).data(Qt::ToolTipRole).toString(), QStringLiteral("Permission denied"));
}

void tst_ReceiverDock::followsNewDeliveries()
{
    auto *view = m_dock->findChild<QTableView *>(QStringLiteral("deliveriesTableView"));
    m_dock->resize(700, 220); // a short dock: a few rows, then scrolling
    for (int i = 0; i < 20; ++i)
        QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("f-%1").arg(i)), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 20);
    QScrollBar *scroll = view->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    // Nothing selected, at the bottom: new rows are scrolled to, not selected.
    QTRY_COMPARE(scroll->value(), scroll->maximum());
    QVERIFY(m_dock->selectedExplanation().isEmpty());

    // The newest selected: the selection moves on to each new one.
    selectRow(19);
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("f-20")), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 21);
    QTRY_COMPARE(view->selectionModel()->selectedRows().value(0).row(), 20);
    QTRY_COMPARE(scroll->value(), scroll->maximum());

    // An older one selected: it stays, and the view stays where the user put it.
    selectRow(2);
    view->scrollToTop();
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("f-21")), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 22);
    QTest::qWait(50);
    QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 2);
    QCOMPARE(scroll->value(), 0);
}

void tst_ReceiverDock::rejectBadSignaturesAnswers401()
{
    auto *reject = m_dock->findChild<QCheckBox *>(QStringLiteral("rejectUnverifiedCheckBox"));
    QVERIFY(reject);
    QVERIFY(!reject->isChecked());
    QVERIFY(!reject->accessibleName().isEmpty());
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("r-1")), QByteArray()), 200);
    reject->click();
    QVERIFY(m_dock->server()->rejectsUnverified());
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("r-2")), QByteArray()), 401);
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("r-3")), kWrongSecret), 401);
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("r-4")), kSecret), 200);
    QTRY_COMPARE(m_dock->deliveryCount(), 4);
    QCOMPARE(index(1, kAnswer).data().toString(), QStringLiteral("401"));
    QCOMPARE(index(2, kAnswer).data().toString(), QStringLiteral("401"));
    QCOMPARE(index(3, kAnswer).data().toString(), QStringLiteral("200"));
    selectRow(1);
    QVERIFY2(m_dock->selectedExplanation().contains(QLatin1String("Answered 401")), qPrintable(m_dock->selectedExplanation()));
    reject->click();
    QVERIFY(!m_dock->server()->rejectsUnverified());
    QCOMPARE(post(eventBody(QStringLiteral("sync_end"), QStringLiteral("r-5")), QByteArray()), 200);
}

QTEST_MAIN(tst_ReceiverDock)
#include "tst_receiverdock.moc"
