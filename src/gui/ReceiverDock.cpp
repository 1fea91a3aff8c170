#include "ReceiverDock.h"

#include "ui_ReceiverDock.h"

#include "Signature.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScrollBar>
#include <QStringDecoder>
#include <QStyle>

namespace fw {

// The history as rows, oldest first. Rows are addressed by delivery sequence number (the history
// holds a contiguous run of them), so the model follows the history's bound incrementally:
// rows are removed at the top as the oldest drop out and appended at the bottom as they arrive.
class DeliveryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PathColumn, EventColumn, OutcomeColumn, ConnectionColumn, VerdictColumn,
                  AnswerColumn, DuplicateColumn, ColumnCount };

    explicit DeliveryListModel(const DeliveryHistory &history, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_history(history)
    {
        sync();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_count;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    const Delivery *delivery(int row) const
    {
        if (row < 0 || row >= m_count || m_history.isEmpty())
            return nullptr;
        const quint64 sequence = m_firstSequence + quint64(row);
        const quint64 first = m_history.at(0).sequence;
        if (sequence < first || sequence > m_history.last().sequence)
            return nullptr; // already dropped by the history (while rows are being removed)
        return &m_history.at(int(sequence - first));
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Delivery *d = delivery(index.row());
        if (!d)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayText(*d, index.column());
        case Qt::ToolTipRole:
            return toolTip(*d, index.column());
        case Qt::DecorationRole:
            if (index.column() == VerdictColumn)
                return verdictIcon(*d);
            return {};
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case PathColumn:
            return tr("Path");
        case EventColumn:
            return tr("Event");
        case OutcomeColumn:
            return tr("Status");
        case ConnectionColumn:
            return tr("Connection");
        case VerdictColumn:
            return tr("Signature");
        case AnswerColumn:
            return tr("Answer");
        case DuplicateColumn:
            return tr("Repeat");
        default:
            return {};
        }
    }

    // Brings the rows in line with the history: drops rows the history no longer holds, then
    // appends the new ones.
    void sync()
    {
        if (m_history.isEmpty()) {
            if (m_count > 0) {
                beginRemoveRows({}, 0, m_count - 1);
                m_count = 0;
                endRemoveRows();
            }
            return;
        }
        const quint64 first = m_history.at(0).sequence;
        const quint64 last = m_history.last().sequence;
        if (m_count > 0 && m_firstSequence < first) {
            const int gone = int(qMin<quint64>(quint64(m_count), first - m_firstSequence));
            beginRemoveRows({}, 0, gone - 1);
            m_firstSequence += quint64(gone);
            m_count -= gone;
            endRemoveRows();
        }
        if (m_count == 0)
            m_firstSequence = first;
        const quint64 end = m_firstSequence + quint64(m_count); // first sequence not shown
        if (last >= end) {
            const int added = int(last - end + 1);
            beginInsertRows({}, m_count, m_count + added - 1);
            m_count += added;
            endInsertRows();
        }
    }

    void reset()
    {
        beginResetModel();
        m_count = 0;
        m_firstSequence = m_history.isEmpty() ? 0 : m_history.at(0).sequence;
        m_count = m_history.size();
        endResetModel();
    }

    static QString verdictText(const SignatureCheck &check)
    {
        switch (check.verdict()) {
        case SignatureCheck::Verdict::NotChecked:
            return tr("Not checked");
        case SignatureCheck::Verdict::Verified:
            return tr("Verified");
        case SignatureCheck::Verdict::NoSignatureHeader:
            return tr("No signature");
        case SignatureCheck::Verdict::NoKnownSecret:
            return tr("No known secret");
        case SignatureCheck::Verdict::Malformed:
            return tr("Malformed signature");
        case SignatureCheck::Verdict::Mismatch:
            return tr("Mismatch");
        }
        return {};
    }

private:
    static QString displayText(const Delivery &d, int column)
    {
        switch (column) {
        case TimeColumn:
            return d.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case PathColumn:
            return d.path;
        case EventColumn:
            if (d.rejected)
                return tr("Rejected (%1)").arg(d.status);
            if (!d.isJsonObject)
                return tr("(not JSON)");
            return d.event.event.isEmpty() ? tr("(no event)") : d.event.event;
        case OutcomeColumn:
            return d.event.outcome();
        case ConnectionColumn:
            return d.event.connectionLabel();
        case VerdictColumn:
            return verdictText(d.signature);
        case AnswerColumn:
            return QString::number(d.status);
        case DuplicateColumn:
            return d.duplicate ? tr("repeat") : QString();
        default:
            return {};
        }
    }

    static QString toolTip(const Delivery &d, int column)
    {
        switch (column) {
        case TimeColumn:
            return d.time.toString(Qt::ISODateWithMs);
        case PathColumn:
            return d.path;
        case EventColumn:
            return d.rejected ? d.rejectReason : d.event.event;
        case OutcomeColumn:
            return d.event.data.value(QLatin1String("reason")).toString();
        case ConnectionColumn:
            return connectionToolTip(d.event);
        case VerdictColumn:
            return d.signature.explanation();
        case AnswerColumn:
            return d.status == 401 && !d.rejected
                    ? tr("Answered 401: unverified deliveries are rejected, and no remembered secret verified this one.")
                    : d.rejected ? d.rejectReason : tr("What the receiver answered.");
        case DuplicateColumn:
            return d.duplicate ? tr("An earlier delivery of the same event is in the list.")
                               : QString();
        default:
            return {};
        }
    }

    // Every id and name the payload gives, newer (connection) and older (connector) fields.
    static QString connectionToolTip(const WebhookEvent &event)
    {
        QStringList lines;
        const std::pair<const char *, const QString *> fields[] = {
            {"connection_name", &event.connectionName}, {"connection_id", &event.connectionId},
            {"connector_name", &event.connectorName},   {"connector_id", &event.connectorId},
            {"connector_type", &event.connectorType},
        };
        for (const auto &[name, value] : fields) {
            if (!value->isEmpty())
                lines << QLatin1String(name) + QStringLiteral(": ") + *value;
        }
        return lines.join(QLatin1Char('\n'));
    }

    static QIcon verdictIcon(const Delivery &d)
    {
        QStyle *style = QApplication::style();
        if (!style)
            return {};
        switch (d.signature.verdict()) {
        case SignatureCheck::Verdict::Verified:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case SignatureCheck::Verdict::NotChecked:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        default:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
    }

    const DeliveryHistory &m_history;
    quint64 m_firstSequence = 0; // sequence of row 0
    int m_count = 0;
};

namespace {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isPlainText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace

ReceiverDock::ReceiverDock(QWidget *parent)
    : QDockWidget(parent), ui(std::make_unique<Ui::ReceiverDockWidget>())
{
    setObjectName(QStringLiteral("receiverDock"));
    setWindowTitle(tr("Receiver"));
    auto *content = new QWidget(this);
    ui->setupUi(content);
    setWidget(content);

    m_model = new DeliveryListModel(m_server.history(), this);
    QTableView *table = ui->deliveriesTableView;
    table->setModel(m_model);
    // Widths that show the usual values whole (measured, not resized to contents: rows come
    // after the header has laid out); the connection's name takes what is left.
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize) + padding / 2;
    const std::pair<DeliveryListModel::Column, int> widths[] = {
        {DeliveryListModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("88:88:88.888"))},
        {DeliveryListModel::PathColumn, metrics.horizontalAdvance(QStringLiteral("/fivetran/alerts"))},
        {DeliveryListModel::EventColumn, metrics.horizontalAdvance(QStringLiteral("connection_failure"))},
        {DeliveryListModel::OutcomeColumn, metrics.horizontalAdvance(QStringLiteral("RESCHEDULED"))},
        {DeliveryListModel::VerdictColumn, icon + metrics.horizontalAdvance(tr("No known secret"))},
        {DeliveryListModel::AnswerColumn, metrics.horizontalAdvance(tr("Answer"))},
        {DeliveryListModel::DuplicateColumn, metrics.horizontalAdvance(tr("Repeat"))},
    };
    for (const auto &[column, width] : widths)
        table->setColumnWidth(column, width + padding);
    table->horizontalHeader()->setSectionResizeMode(DeliveryListModel::ConnectionColumn,
                                                    QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // A short dock still shows a few rows; list and details share its width, not its height.
    table->setMinimumHeight(fontMetrics().height() * 5);
    ui->detailsTabWidget->setMinimumHeight(fontMetrics().height() * 5);
    ui->deliveriesSplitter->setStretchFactor(0, 2);
    ui->deliveriesSplitter->setStretchFactor(1, 1);
    connect(ui->rejectUnverifiedCheckBox, &QCheckBox::toggled, &m_server,
            &ReceiverServer::setRejectUnverified);
    // New deliveries are followed as a log is: a view at the bottom stays there, and a selected
    // newest delivery hands the selection on; a user looking further up is left alone.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *scroll = ui->deliveriesTableView->verticalScrollBar();
        const int selected = selectedRow();
        m_follow = selected < 0 ? (scroll->value() == scroll->maximum() ? Follow::Scroll : Follow::None)
                                : (selected == m_model->rowCount() - 1 ? Follow::Select : Follow::None);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        if (m_follow == Follow::Select)
            ui->deliveriesTableView->selectionModel()->setCurrentIndex(
                    last, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_follow != Follow::None)
            ui->deliveriesTableView->scrollToBottom(); // lays the new rows out first
    });

    connect(&m_server, &ReceiverServer::deliveryReceived, m_model, &DeliveryListModel::sync);
    connect(&m_server, &ReceiverServer::historyCleared, m_model, &DeliveryListModel::reset);
    connect(&m_server, &ReceiverServer::listeningChanged, this,
            &ReceiverDock::updateListeningState);

    connect(ui->startStopPushButton, &QPushButton::clicked, this, &ReceiverDock::toggleListening);
    connect(ui->copyUrlToolButton, &QToolButton::clicked, this, &ReceiverDock::copyUrl);
    connect(ui->copyCurlPushButton, &QPushButton::clicked, this, &ReceiverDock::copyCurl);
    connect(ui->exportPushButton, &QPushButton::clicked, this, &ReceiverDock::exportHistory);
    connect(ui->clearPushButton, &QPushButton::clicked, this, &ReceiverDock::clearHistory);
    connect(ui->deliveriesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &ReceiverDock::showSelected);
    connect(ui->deliveriesTableView->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &ReceiverDock::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiverDock::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReceiverDock::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        ui->exportPushButton->setEnabled(true);
        ui->clearPushButton->setEnabled(true);
    });

    updateListeningState();
    showSelected();
}

ReceiverDock::~ReceiverDock()
{
    // The view and model read the server's history: take them down before the server goes.
    QObject::disconnect(&m_server, nullptr, this, nullptr);
    QObject::disconnect(&m_server, nullptr, m_model, nullptr);
    delete widget();
    delete m_model;
    m_server.stop();
}

ReceiverServer *ReceiverDock::server()
{
    return &m_server;
}

void ReceiverDock::start()
{
    const auto port = quint16(ui->portSpinBox->value());
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        setStatus(port == 0
                          ? tr("The receiver could not listen on 127.0.0.1.")
                          : tr("The receiver could not listen on 127.0.0.1 port %1: the port "
                               "may be in use by another program. Choose another port, or 0 "
                               "for any free port.")
                                    .arg(port));
        updateListeningState();
        return;
    }
    m_lastUrl = m_server.url();
    setStatus(tr("Listening. Point a webhook at this URL to see its deliveries here."));
    updateListeningState();
}

void ReceiverDock::stop()
{
    m_server.stop();
    setStatus(tr("Stopped."));
    updateListeningState();
}

QUrl ReceiverDock::url() const
{
    return m_server.isListening() ? m_server.url() : QUrl();
}

int ReceiverDock::deliveryCount() const
{
    return m_model->rowCount();
}

QString ReceiverDock::selectedExplanation() const
{
    return selectedRow() < 0 ? QString() : ui->explanationPlainTextEdit->toPlainText();
}

QAbstractItemModel *ReceiverDock::deliveriesModel() const
{
    return m_model;
}

void ReceiverDock::toggleListening()
{
    if (m_server.isListening())
        stop();
    else
        start();
}

void ReceiverDock::updateListeningState()
{
    const bool listening = m_server.isListening();
    ui->startStopPushButton->setText(listening ? tr("Stop") : tr("Start"));
    ui->portSpinBox->setEnabled(!listening);
    ui->urlLineEdit->setText(listening ? m_server.url().toString() : QString());
    ui->copyUrlToolButton->setEnabled(listening);
}

void ReceiverDock::copyUrl()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(url().toString());
}

QUrl ReceiverDock::replayBaseUrl() const
{
    if (m_server.isListening())
        return m_server.url();
    if (m_lastUrl.isValid())
        return m_lastUrl;
    QUrl fallback;
    fallback.setScheme(QStringLiteral("http"));
    fallback.setHost(QStringLiteral("127.0.0.1"));
    if (ui->portSpinBox->value() > 0)
        fallback.setPort(ui->portSpinBox->value());
    fallback.setPath(QStringLiteral("/"));
    return fallback;
}

QString ReceiverDock::curlCommand() const
{
    const Delivery *d = m_model->delivery(selectedRow());
    if (!d)
        return {};

    QUrl target = replayBaseUrl();
    const qsizetype question = d->path.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? d->path : d->path.left(question);
    target.setPath(path.isEmpty() ? QStringLiteral("/") : path, QUrl::TolerantMode);
    if (question >= 0)
        target.setQuery(d->path.mid(question + 1), QUrl::TolerantMode);

    QStringList args{QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-X"),
                     QStringLiteral("POST"), shellQuote(target.toString())};
    QByteArray contentType = d->header("Content-Type");
    if (contentType.isEmpty())
        contentType = "application/json";
    args << QStringLiteral("-H")
         << shellQuote(QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType));
    // The signature as received: it is derived from the secret, never the secret itself.
    const QByteArray signature = SignatureCheck::signatureHeader(d->headers);
    if (!signature.isEmpty())
        args << QStringLiteral("-H")
             << shellQuote(QLatin1String(Signature::headerName) + QStringLiteral(": ")
                           + QString::fromLatin1(signature));

    if (isPlainText(d->body)) {
        args << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(d->body));
        return args.join(QLatin1Char(' '));
    }
    // Bytes that are not text: printf writes them exactly, curl reads them from stdin.
    QString escaped;
    escaped.reserve(d->body.size() * 4);
    for (const char c : d->body)
        escaped += QStringLiteral("\\%1").arg(uchar(c), 3, 8, QLatin1Char('0'));
    args << QStringLiteral("--data-binary") << QStringLiteral("@-");
    return QStringLiteral("printf '%b' ") + shellQuote(escaped) + QStringLiteral(" | ")
            + args.join(QLatin1Char(' '));
}

void ReceiverDock::copyCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(command);
    setStatus(tr("Copied a curl command that replays the delivery to the receiver."));
}

void ReceiverDock::setPort(int port)
{
    ui->portSpinBox->setValue(port); // a running receiver keeps its port until it starts again
}

bool ReceiverDock::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setStatus(tr("Could not export to %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(m_server.history().toJsonLines());
    if (!file.commit()) {
        setStatus(tr("Could not export to %1: %2").arg(path, file.errorString()));
        return false;
    }
    setStatus(tr("Exported %n delivery(s) to %1.", nullptr, m_server.history().size()).arg(path));
    return true;
}

void ReceiverDock::exportHistory()
{
    auto *dialog = new QFileDialog(this, tr("Export Deliveries"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON lines (*.jsonl)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    dialog->selectFile(QStringLiteral("deliveries.jsonl"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    dialog->open();
}

void ReceiverDock::clearHistory()
{
    m_server.clearHistory();
    setStatus(QString());
}

int ReceiverDock::selectedRow() const
{
    const QItemSelectionModel *selection = ui->deliveriesTableView->selectionModel();
    if (!selection)
        return -1;
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.constFirst().row();
}

void ReceiverDock::showSelected()
{
    const Delivery *d = m_model->delivery(selectedRow());
    ui->copyCurlPushButton->setEnabled(d != nullptr);
    ui->exportPushButton->setEnabled(m_model->rowCount() > 0);
    ui->clearPushButton->setEnabled(m_model->rowCount() > 0);
    if (!d) {
        ui->jsonPlainTextEdit->clear();
        ui->rawPlainTextEdit->clear();
        ui->headersPlainTextEdit->clear();
        ui->explanationPlainTextEdit->clear();
        return;
    }

    const QString raw = QString::fromUtf8(d->body);
    if (d->isJsonObject) {
        const QJsonDocument document = QJsonDocument::fromJson(d->body);
        ui->jsonPlainTextEdit->setPlainText(
                document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
                                    : raw);
    } else if (d->rejected) {
        ui->jsonPlainTextEdit->setPlainText(d->rejectReason);
    } else {
        ui->jsonPlainTextEdit->setPlainText(raw);
    }
    ui->rawPlainTextEdit->setPlainText(d->rejected ? tr("(The body was not kept: %1)")
                                                             .arg(d->rejectReason)
                                                   : raw);

    QStringList headerLines;
    headerLines << QString::fromLatin1(d->method) + QLatin1Char(' ') + d->path;
    for (const auto &header : d->headers)
        headerLines << QString::fromLatin1(header.first) + QStringLiteral(": ")
                        + QString::fromLatin1(header.second);
    ui->headersPlainTextEdit->setPlainText(headerLines.join(QLatin1Char('\n')));

    const SignatureCheck &check = d->signature;
    QStringList explanation{DeliveryListModel::verdictText(check), check.explanation()};
    if (check.isVerified())
        explanation << tr("Secret that verified: \"%1\".").arg(check.verifiedBy());
    if (check.verifiesWithoutTrailingNewline())
        explanation << tr("Hint: the body ends with a newline that was not signed. Remove it "
                          "from the tool that sends or forwards the delivery.");
    if (check.candidates() > 0)
        explanation << tr("Known secrets tried: %1.").arg(check.candidates());
    if (d->status == 401 && !d->rejected)
        explanation << tr("Answered 401, as unverified deliveries are rejected: Fivetran counts this "
                          "delivery as failed and sends it again later.");
    if (d->duplicate)
        explanation << tr("This delivery repeats an earlier one in the list (same event, "
                          "connector, sync and time): Fivetran retries deliveries that were "
                          "not acknowledged.");
    ui->explanationPlainTextEdit->setPlainText(explanation.join(QStringLiteral("\n\n")));
}

void ReceiverDock::setStatus(const QString &text)
{
    ui->statusLabel->setText(text);
    ui->statusLabel->setVisible(!text.isEmpty());
}

} // namespace fw

#include "ReceiverDock.moc"
