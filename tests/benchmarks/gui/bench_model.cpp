// P2 (docs/benchmarks.md): memory of WebhookTableModel holding N webhooks against the bytes of those
// webhooks' JSON on the wire. Prints FWBENCH lines (see BenchCommon.h).
//
// Wire bytes: the bodies of every GET /v1/webhooks page at the model's page size, fetched with a
// plain QNetworkAccessManager, divided by N. Model bytes: a warm-up "load all" (dropped) starts
// the client's network thread and fills the allocator's pools, then two readings around a second
// "load all" of the same model, divided by N:
//  - "resident growth per row" (the target's measure): RSS from /proc/self/statm, read after
//    malloc_trim(0);
//  - "heap growth per row": glibc mallinfo2 uordblks + hblkhd (bytes handed out, all arenas and
//    mmapped chunks; less noisy than RSS, which moves by whole pages).
#include "AccountProfile.h"
#include "AccountSession.h"
#include "BenchCommon.h"
#include "FivetranClient.h"
#include "Group.h"
#include "SandboxStore.h"
#include "WebhookTableModel.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

using namespace fw;

namespace {

// Sum of the page bodies a client receives walking every cursor; -1 on failure.
qint64 wireBytes(const QUrl &baseUrl, int limit, int *count, QList<Webhook> *items = nullptr)
{
    QNetworkAccessManager network;
    const Credentials credentials = SandboxServer::demoCredentials();
    const QByteArray authorization = credentials.authorizationHeader();
    qint64 total = 0;
    *count = 0;
    QString cursor;
    for (;;) {
        QUrl url = baseUrl;
        url.setPath(url.path() + QLatin1String("/webhooks"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json");
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError)
            return -1;
        const QByteArray body = reply->readAll();
        total += body.size();
        const QJsonObject data
            = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject();
        const QJsonArray array = data.value(QLatin1String("items")).toArray();
        *count += int(array.size());
        for (const QJsonValue &item : array) {
            if (items)
                items->append(Webhook::fromJson(item.toObject()));
        }
        cursor = data.value(QLatin1String("next_cursor")).toString();
        if (cursor.isEmpty())
            return total;
    }
}

// The compact rows must give back exactly what the API sent (speed must not cost
// correctness): every row rebuilt equals the sandbox's webhook, unknown fields and non-ASCII text
// included, and the model's filter answers as the plain field-by-field filter does. Runs before
// measuring, so the CI smoke run catches a regression; false (with a message) on a mismatch.
bool checkCompactRows()
{
    bench::SandboxThread sandbox;
    if (!sandbox.start(997))
        return false;
    QString odd;
    sandbox.run([&odd](SandboxServer &server) {
        Webhook webhook;
        webhook.type = QStringLiteral("account");
        webhook.url = QStringLiteral("https://hööks.example.com/Zoë/ünïcode");
        webhook.events = {QStringLiteral("sync_end"), QStringLiteral("some_future_event")};
        webhook.active = true;
        webhook.createdBy = QStringLiteral("Zoë Ünal");
        webhook.extraFields.insert(QStringLiteral("future_field"),
            QJsonObject{{QStringLiteral("nested"), QJsonArray{1, 2, 3}}});
        webhook.extraFields.insert(QStringLiteral("label"), QStringLiteral("Ωmega"));
        odd = server.store().addWebhook(webhook).id;
    });
    QList<Webhook> expected; // as the API sends them (secrets masked)
    int count = 0;
    if (wireBytes(sandbox.baseUrl(), 1000, &count, &expected) < 0)
        return false;

    AccountProfile profile{QStringLiteral("check"), QStringLiteral("Check"), sandbox.baseUrl()};
    QString error;
    auto session
        = AccountSession::createForProfile(profile, SandboxServer::demoCredentials(), &error);
    if (!session)
        return false;
    QEventLoop loop;
    QObject::connect(session.get(), &AccountSession::groupsChanged, &loop, [&] {
        if (session->groupsComplete())
            loop.quit();
    });
    session->refreshGroups();
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    WebhookTableModel model;
    QObject::connect(&model, &WebhookTableModel::loadAllFinished, &loop, &QEventLoop::quit);
    model.setSession(session.get());
    model.loadAll();
    loop.exec();
    const auto fail = [](const char *what) {
        std::fprintf(stderr, "compact rows check failed: %s\n", what);
        return false;
    };
    if (model.rowCount() != expected.size())
        return fail("row count");
    for (int row = 0; row < model.rowCount(); ++row) {
        const Webhook &want = expected.at(row);
        if (*model.webhookAt(row) != want || model.rowOf(want.id) != row
            || model.webhookAt(row)->toJson() != want.toJson())
            return fail("a rebuilt row differs from the API's webhook");
    }
    if (model.webhook(odd)->extraFields.value(QLatin1String("label")).toString()
        != QStringLiteral("Ωmega"))
        return fail("unknown fields");

    // The filter, against the plain field-by-field reading of the same rows.
    const auto plainMatch = [&](int row, const QString &text) {
        const Webhook w = *model.webhookAt(row);
        const auto has
            = [&](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
        if (has(w.url) || has(w.id) || has(w.createdBy) || has(w.groupId))
            return true;
        for (const QString &event : w.events) {
            if (has(event))
                return true;
        }
        return has(model.index(row, WebhookTableModel::Group).data().toString());
    };
    QStringList needles{QStringLiteral("EXAMPLE"), QStringLiteral("load/7"),
        QStringLiteral("SYNC_E"), QStringLiteral("zoë"), QStringLiteral("HÖÖKS"),
        QStringLiteral("ünïcode"), QStringLiteral("—"), QStringLiteral("future"),
        QStringLiteral("nothing-matches")};
    for (const Group &group : session->groups())
        needles << group.name.left(4).toUpper() << group.id.mid(2, 5);
    needles << model.webhookAt(17)->id.toUpper() << model.webhookAt(3)->createdBy.right(5)
            // across the end of an id and the start of its URL: no field holds it
            << model.webhookAt(21)->id.right(2) + model.webhookAt(21)->url.left(3);
    for (const QString &needle : needles) {
        WebhookTableModel::RowFilter filter;
        filter.text = needle;
        int matched = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool got = model.rowMatches(row, filter);
            matched += got;
            if (got != plainMatch(row, needle)) {
                std::fprintf(stderr, "filter %s, row %d\n", qPrintable(needle), row);
                return fail("the filter differs from the plain reading");
            }
        }
        if (needle == QLatin1String("HÖÖKS") && matched != 1)
            return fail("a non-ASCII filter");
    }

    // Edits: a changed row keeps its place and id, a removed one goes, the index follows.
    Webhook changed = *model.webhookAt(5);
    changed.url = QStringLiteral("https://changed.example.com/ä");
    changed.extraFields.insert(QStringLiteral("x"), 1);
    model.upsert(changed);
    const QString gone = model.webhookAt(10)->id;
    model.remove(gone);
    if (*model.webhookAt(5) != changed || model.rowOf(gone) != -1
        || model.rowCount() != expected.size() - 1)
        return fail("upsert or remove");
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowOf(model.webhookAt(row)->id) != row)
            return fail("the id index after a remove");
    }
    return true;
}

void settle()
{
    // Replies and finished calls are deleted later: let them go before reading memory.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

bool runP2(int n)
{
    bench::SandboxThread sandbox;
    auto session = bench::openSeededSession(sandbox, n, "P2");
    if (!session)
        return false;
    auto model = std::make_unique<WebhookTableModel>();

    int wireCount = 0;
    const qint64 wire = wireBytes(sandbox.baseUrl(), model->pageSize(), &wireCount);
    if (wire < 0 || wireCount != n) {
        std::fprintf(stderr, "P2: listing the sandbox failed (%d of %d)\n", wireCount, n);
        return false;
    }
    // A warm-up pass: the client's network thread, connection and buffers start, and the
    // allocator's pools fill with what one whole load leaves behind. The pass is dropped and the
    // measured pass then shows what holding the rows costs.
    const auto loadAll = [&]() {
        QEventLoop loop;
        bool complete = false;
        QObject::connect(model.get(), &WebhookTableModel::loadAllFinished, &loop, [&](bool ok) {
            complete = ok;
            loop.quit();
        });
        model->setSession(session.get());
        model->loadAll();
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
        settle();
        if (!complete || model->rowCount() != n) {
            std::fprintf(stderr, "P2: the model loaded %d of %d rows\n", model->rowCount(), n);
            return false;
        }
        return true;
    };
    if (!loadAll())
        return false;
    model->setSession(nullptr); // drops every row
    settle();
    const qint64 heap0 = bench::heapInUse();
    const qint64 rss0 = bench::residentBytes();
    if (!loadAll())
        return false;
    const qint64 heap1 = bench::heapInUse();
    const qint64 rss1 = bench::residentBytes();

    const double wirePerRow = double(wire) / n;
    const double heapPerRow = double(heap1 - heap0) / n;
    const double rssPerRow = double(rss1 - rss0) / n;
    const QString target = QStringLiteral("≤ 1.0× wire bytes per row");
    bench::emitResult({QStringLiteral("P2"), n, QStringLiteral("wire bytes per row"), wirePerRow,
        QStringLiteral("B"), {}, {}, {}, {}, {}});
    bench::emitResult({QStringLiteral("P2"), n, QStringLiteral("heap growth per row (mallinfo2)"),
        heapPerRow, QStringLiteral("B"), wirePerRow, QStringLiteral("wire JSON bytes per row"),
        heapPerRow / wirePerRow, target, heapPerRow <= wirePerRow});
    bench::emitResult({QStringLiteral("P2"), n, QStringLiteral("resident growth per row"),
        rssPerRow, QStringLiteral("B"), wirePerRow, QStringLiteral("wire JSON bytes per row"),
        rssPerRow / wirePerRow, target, rssPerRow <= wirePerRow});
    model.reset();
    session.reset();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // A QApplication: AccountSession and the model live in fwgui, as in the app.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("fw-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_model"));
    const auto options = bench::parseOptions(
        app, QStringLiteral("P2: memory of WebhookTableModel vs wire bytes."));
    if (!options)
        return 2;
    if (!checkCompactRows())
        return 1;
    for (const int n : options->sizes) {
        if (!runP2(n))
            return 1;
    }
    return 0;
}
