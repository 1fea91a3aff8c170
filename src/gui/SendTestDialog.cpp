#include "SendTestDialog.h"

#include "EventCatalog.h"
#include "FivetranClient.h"
#include "TestHistory.h"
#include "ui_SendTestDialog.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

namespace fw {

namespace {

const QLatin1String kGeometryKey("SendTestDialog/geometry");

QString noStatus()
{
    return QString(QChar(0x2014)); // an em dash: the endpoint never answered
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The results grid: one row per outcome, in sending order.

class SendTestDialog::ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EventColumn, DeliveredColumn, StatusColumn, MessageColumn, TimeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole }; // the unformatted value, for sorting and tests

    ResultsModel(const QIcon &deliveredIcon, const QIcon &failedIcon, QObject *parent)
        : QAbstractTableModel(parent), m_deliveredIcon(deliveredIcon), m_failedIcon(failedIcon)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const TestRecord &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(row, index.column());
        case Qt::DecorationRole:
            if (index.column() == DeliveredColumn)
                return row.delivered ? m_deliveredIcon : m_failedIcon;
            return {};
        case Qt::ToolTipRole:
            return toolTip(row, index.column());
        case Qt::AccessibleTextRole:
            if (index.column() == DeliveredColumn)
                return row.delivered ? tr("Delivered") : tr("Not delivered");
            if (index.column() == StatusColumn && row.status == 0)
                return tr("No answer");
            return display(row, index.column());
        case Qt::TextAlignmentRole:
            if (index.column() == StatusColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case RawValueRole:
            switch (index.column()) {
            case EventColumn: return row.event;
            case DeliveredColumn: return row.delivered;
            case StatusColumn: return row.status;
            case MessageColumn: return row.message;
            case TimeColumn: return row.time;
            default: return {};
            }
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case EventColumn: return tr("Event");
        case DeliveredColumn: return tr("Delivered");
        case StatusColumn: return tr("Endpoint status");
        case MessageColumn: return tr("Message");
        case TimeColumn: return tr("Time");
        default: return {};
        }
    }

    void append(const TestRecord &record)
    {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(record);
        endInsertRows();
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

    int deliveredCount() const
    {
        return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                 [](const TestRecord &row) { return row.delivered; }));
    }

private:
    static QString display(const TestRecord &row, int column)
    {
        switch (column) {
        case EventColumn: return row.event;
        case DeliveredColumn: return row.delivered ? tr("Yes") : tr("No");
        case StatusColumn: return row.status > 0 ? QString::number(row.status) : noStatus();
        case MessageColumn: return row.message;
        case TimeColumn: return QLocale().toString(row.time.toLocalTime().time(), QLocale::LongFormat);
        default: return {};
        }
    }

    static QString toolTip(const TestRecord &row, int column)
    {
        switch (column) {
        case EventColumn:
            if (const EventInfo *info = EventCatalog::find(row.event))
                return info->description;
            return {};
        case DeliveredColumn:
            return row.delivered ? tr("The endpoint accepted the test event.")
                                 : tr("The test event was not delivered.");
        case StatusColumn:
            return row.status > 0 ? tr("The endpoint answered HTTP %1.").arg(row.status)
                                  : tr("The endpoint never answered.");
        case MessageColumn:
            return row.message;
        case TimeColumn:
            return QLocale().toString(row.time.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    }

    QIcon m_deliveredIcon;
    QIcon m_failedIcon;
    QList<TestRecord> m_rows;
};

// ---------------------------------------------------------------------------------------------
// SendTestDialog

SendTestDialog::SendTestDialog(FivetranClient *client, TestHistory *history,
                               const Webhook &webhook, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendTestDialog>()), m_client(client),
      m_history(history), m_webhook(webhook)
{
    m_ui->setupUi(this);

    m_ui->urlValueLabel->setText(m_webhook.url);
    m_ui->urlValueLabel->setToolTip(m_webhook.url);
    m_ui->idValueLabel->setText(m_webhook.id);

    m_model = new ResultsModel(style()->standardIcon(QStyle::SP_DialogApplyButton),
                               style()->standardIcon(QStyle::SP_DialogCancelButton), this);
    m_ui->resultsTableView->setModel(m_model);
    // The message takes the room left; the other columns fit their contents as rows arrive
    // and can still be dragged.
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(ResultsModel::MessageColumn,
                                                                     QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        for (const int column : {ResultsModel::EventColumn, ResultsModel::DeliveredColumn,
                                 ResultsModel::StatusColumn, ResultsModel::TimeColumn})
            m_ui->resultsTableView->resizeColumnToContents(column);
    });

    m_ui->errorFrame->hide();
    m_ui->errorDetailsLabel->hide();
    m_ui->stopPushButton->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->errorIconLabel->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    populateEvents();

    // The client and the history belong to the account session, which may end first.
    if (m_client) {
        connect(m_client, &QObject::destroyed, this, [this] {
            // Its calls die with it, unanswered and beyond abort(): only forget them.
            m_client = nullptr;
            m_call = nullptr;
            if (m_running)
                endRun(RunEnd::Stopped);
            updateControls();
        });
    }
    if (m_history)
        connect(m_history, &QObject::destroyed, this, [this] { m_history = nullptr; });

    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &SendTestDialog::send);
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, &SendTestDialog::stop);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &SendTestDialog::reject);
    connect(m_ui->detailsToolButton, &QToolButton::toggled, m_ui->errorDetailsLabel,
            &QLabel::setVisible);

    const QByteArray geometry = QSettings().value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);

    updateControls();
}

SendTestDialog::~SendTestDialog()
{
    // No signal from here: whoever listens may be going away too. Aborting means the test in
    // flight is not waited for; its callback is never called (and `this` is its context anyway).
    m_running = false;
    if (m_call)
        m_call->abort();
}

void SendTestDialog::populateEvents()
{
    QComboBox *combo = m_ui->eventComboBox;
    QStringList subscribed = m_webhook.events;
    subscribed.removeAll(QString());
    subscribed.removeDuplicates();

    const auto addEvent = [combo](const QString &name) {
        const EventInfo *info = EventCatalog::find(name);
        const QString text = info && info->deprecated ? tr("%1 (deprecated)").arg(name) : name;
        combo->addItem(text, name);
        if (info)
            combo->setItemData(combo->count() - 1, info->description, Qt::ToolTipRole);
    };

    combo->addItem(tr("Every subscribed event (%n)", nullptr, int(subscribed.size())), QString());
    combo->setItemData(0, tr("Send each event the webhook subscribes to, one after another"),
                       Qt::ToolTipRole);
    for (const QString &event : std::as_const(subscribed))
        addEvent(event);

    // Testing works with any event, subscribed or not.
    bool separated = false;
    for (const EventInfo &info : EventCatalog::all()) {
        if (subscribed.contains(info.name))
            continue;
        if (!separated) {
            combo->insertSeparator(combo->count());
            separated = true;
        }
        addEvent(info.name);
    }

    if (subscribed.isEmpty()) {
        // Nothing to send "every" of: offer the first real event instead.
        if (auto *model = qobject_cast<QStandardItemModel *>(combo->model())) {
            if (QStandardItem *item = model->item(0))
                item->setEnabled(false);
        }
        const int first = combo->findData(EventCatalog::all().constFirst().name);
        combo->setCurrentIndex(first);
    }
}

void SendTestDialog::selectEvent(const QString &event)
{
    QComboBox *combo = m_ui->eventComboBox;
    if (event.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(event);
    if (index < 0) {
        // The API accepts any event name; one outside the catalog is offered from now on.
        combo->addItem(event, event);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

int SendTestDialog::resultCount() const
{
    return m_model->rowCount();
}

bool SendTestDialog::isRunning() const
{
    return m_running;
}

QString SendTestDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString SendTestDialog::errorText() const
{
    return m_ui->errorFrame->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString SendTestDialog::errorDetails() const
{
    return m_ui->errorFrame->isHidden() ? QString() : m_ui->errorDetailsLabel->text();
}

QStringList SendTestDialog::eventsToSend() const
{
    const QComboBox *combo = m_ui->eventComboBox;
    if (combo->currentIndex() < 0)
        return {};
    const QString event = combo->currentData().toString();
    if (!event.isEmpty())
        return {event};
    QStringList subscribed = m_webhook.events;
    subscribed.removeAll(QString());
    subscribed.removeDuplicates();
    return subscribed;
}

void SendTestDialog::send()
{
    if (m_running || !m_client)
        return;
    const QStringList events = eventsToSend();
    if (events.isEmpty()) {
        m_ui->summaryLabel->setText(tr("This webhook subscribes to no event: choose one to send."));
        return;
    }
    clearError();
    m_model->clear();
    m_queue = events;
    m_next = 0;
    m_running = true;
    m_lastEnd.reset();
    updateControls();
    sendNext();
}

void SendTestDialog::sendNext()
{
    if (m_next >= m_queue.size()) {
        endRun(RunEnd::Completed);
        return;
    }
    const QString event = m_queue.at(m_next);
    updateSummary();
    // One at a time: each test is a real delivery to the user's endpoint.
    m_call = m_client->testWebhook(m_webhook.id, event, this,
                                   [this, event](const ApiResult<TestResult> &result) {
                                       onResult(event, result);
                                   });
}

void SendTestDialog::onResult(const QString &event, const ApiResult<TestResult> &result)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        // The API itself failed (webhook deleted, key revoked, network): later tests would too.
        showError(result.error());
        endRun(RunEnd::Failed);
        return;
    }
    const TestRecord record = TestRecord::fromResult(event, result.value());
    m_model->append(record);
    if (m_history)
        m_history->append(m_webhook, record);
    if (!m_running)
        return; // a slot of TestHistory::changed() closed the dialog
    ++m_next;
    sendNext();
}

void SendTestDialog::stop()
{
    if (!m_running)
        return;
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->abort();
    }
    endRun(RunEnd::Stopped);
}

void SendTestDialog::endRun(RunEnd end)
{
    m_running = false;
    m_lastEnd = end;
    updateControls();
    updateSummary();
    Q_EMIT allFinished();
}

void SendTestDialog::done(int result)
{
    stop();
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

void SendTestDialog::showError(const ApiError &error)
{
    m_ui->errorLabel->setText(error.summary());
    const QString details = error.details();
    m_ui->errorDetailsLabel->setText(details);
    m_ui->detailsToolButton->setChecked(false);
    m_ui->detailsToolButton->setVisible(!details.isEmpty());
    m_ui->errorFrame->show();
}

void SendTestDialog::clearError()
{
    m_ui->errorFrame->hide();
    m_ui->errorLabel->clear();
    m_ui->errorDetailsLabel->clear();
    m_ui->detailsToolButton->setChecked(false);
}

void SendTestDialog::updateControls()
{
    // Keep the keyboard focus on a visible button as Send and Stop trade places.
    const bool focusOnSend = m_ui->sendPushButton->hasFocus();
    const bool focusOnStop = m_ui->stopPushButton->hasFocus();
    m_ui->sendPushButton->setEnabled(!m_running && m_client);
    m_ui->eventComboBox->setEnabled(!m_running);
    m_ui->stopPushButton->setVisible(m_running);
    if (m_running && focusOnSend)
        m_ui->stopPushButton->setFocus();
    else if (!m_running && focusOnStop)
        m_ui->sendPushButton->setFocus();
}

void SendTestDialog::updateSummary()
{
    QString text;
    const int count = m_model->rowCount();
    const int delivered = m_model->deliveredCount();
    const int withoutResult = int(m_queue.size()) - count;
    if (m_running) {
        text = tr("Sending %1: test %2 of %n…", nullptr, int(m_queue.size()))
                       .arg(m_queue.value(m_next))
                       .arg(m_next + 1);
    } else if (m_lastEnd) {
        const QString deliveredPart = tr("%1 of %n delivered", nullptr, count).arg(delivered);
        const QString missingPart = tr("%n without a result", nullptr, withoutResult);
        switch (*m_lastEnd) {
        case RunEnd::Completed:
            text = deliveredPart;
            if (m_receiverHint && delivered < count)
                text += QLatin1Char('\n')
                        + tr("This Sandbox webhook delivers to a made-up address. To watch a "
                             "delivery arrive, edit the webhook and choose Use the receiver, or "
                             "test one of the webhooks that deliver to 127.0.0.1.");
            break;
        case RunEnd::Stopped:
            text = tr("Stopped: %1, %2").arg(deliveredPart, missingPart);
            break;
        case RunEnd::Failed:
            text = tr("Stopped by an error: %1, %2").arg(deliveredPart, missingPart);
            break;
        }
    }
    m_ui->summaryLabel->setText(text);
}

} // namespace fw

#include "SendTestDialog.moc"
