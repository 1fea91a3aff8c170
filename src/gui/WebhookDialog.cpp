#include "WebhookDialog.h"

#include "ui_WebhookDialog.h"

#include "CredentialStore.h"
#include "EventCatalog.h"
#include "FivetranClient.h"
#include "Group.h"
#include "UrlRules.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QStyle>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace fw {

namespace {

const QString kGeometryKey = QStringLiteral("WebhookDialog/geometry");
constexpr int kGroupPageSize = 100;
constexpr int kSecretWords = 8; // 8 × 32 bits = 32 random bytes
// Name and description in one string, for the events search; not part of the public roles.
constexpr int kEventSearchRole = Qt::UserRole + 100;

// Error text must read on light and dark palettes alike; no palette role means "error", so pick
// a red by the lightness of the window the text sits on.
QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(255, 138, 128) : QColor(176, 0, 32);
}

// Sets only the text colour, so every other role keeps following the parent's palette; without
// a colour the widget inherits everything again.
void setTextColor(QWidget *widget, const std::optional<QColor> &color)
{
    QPalette palette;
    if (color)
        palette.setColor(QPalette::WindowText, *color);
    widget->setPalette(palette);
}

// Runs `handler` for the events of the watched object; true from it eats the event.
class EventHook final : public QObject
{
public:
    EventHook(QObject *watched, std::function<bool(QEvent *)> handler)
        : QObject(watched), m_handler(std::move(handler))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == parent() && m_handler(event);
    }

private:
    std::function<bool(QEvent *)> m_handler;
};

// Fivetran takes any event name; one with white space can only be a typing slip.
bool isEventName(const QString &name)
{
    return !name.isEmpty() && std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isSpace();
    });
}

// Return in a line edit that is not the form's main field must not press Save.
void onReturn(QWidget *widget, std::function<void()> action)
{
    new EventHook(widget, [action = std::move(action)](QEvent *event) {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        action();
        return true;
    });
}

// Items as wide as the view at most, so a long description is elided (its tooltip has it all)
// instead of pushing a horizontal scroll bar.
class FitWidthDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            size.setWidth(qMin(size.width(), view->viewport()->width()));
        return size;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// The events: every catalog entry, then names the user typed or the webhook already had.

class WebhookDialog::EventListModel final : public QAbstractListModel
{
public:
    explicit EventListModel(QObject *parent) : QAbstractListModel(parent)
    {
        for (const EventInfo &info : EventCatalog::all())
            m_entries.append({info.name, info.description, info.deprecated, false, false});
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                | Qt::ItemNeverHasChildren;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        const Entry &entry = m_entries.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            // The description as a second line: the view lays out "\n" as a line break.
            const QString name = entry.deprecated
                    ? WebhookDialog::tr("%1 (deprecated)").arg(entry.name)
                    : entry.name;
            return QString(name % QLatin1Char('\n') % description(entry));
        }
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return entry.deprecated
                    ? WebhookDialog::tr("%1. Deprecated: Fivetran may no longer send it.")
                              .arg(description(entry))
                    : description(entry);
        case Qt::AccessibleTextRole:
            return entry.deprecated ? WebhookDialog::tr("%1 (deprecated)").arg(entry.name)
                                    : entry.name;
        case Qt::CheckStateRole:
            return entry.checked ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            if (entry.deprecated) // greyed through the palette, so it reads on dark themes too
                return QGuiApplication::palette().brush(QPalette::PlaceholderText);
            return {};
        case EventNameRole:
            return entry.name;
        case EventDescriptionRole:
            return entry.description;
        case EventDeprecatedRole:
            return entry.deprecated;
        case EventCustomRole:
            return entry.custom;
        case kEventSearchRole:
            return QString(entry.name % QLatin1Char(' ') % entry.description);
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || !index.isValid())
            return false;
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        const bool checked = value.toInt() == Qt::Checked;
        Entry &entry = m_entries[index.row()];
        if (entry.checked != checked) {
            entry.checked = checked;
            Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        }
        return true;
    }

    int rowOf(const QString &name) const
    {
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).name == name)
                return row;
        }
        return -1;
    }

    // Checks `name`, adding it after the others when it is not listed yet. Returns its row.
    int addChecked(const QString &name)
    {
        int row = rowOf(name);
        if (row < 0) {
            row = int(m_entries.size());
            beginInsertRows(QModelIndex(), row, row);
            m_entries.append({name, QString(), false, true, true});
            endInsertRows();
        } else {
            setData(index(row), Qt::Checked, Qt::CheckStateRole);
        }
        return row;
    }

    // Checks exactly `names` (unknown ones are added), unchecks the rest.
    void setCheckedNames(const QStringList &names)
    {
        for (const QString &name : names)
            addChecked(name);
        QList<int> others;
        for (int row = 0; row < m_entries.size(); ++row) {
            if (!names.contains(m_entries.at(row).name))
                others.append(row);
        }
        setRowsChecked(others, false);
    }

    void setRowsChecked(const QList<int> &rows, bool checked)
    {
        int first = -1;
        int last = -1;
        for (int row : rows) {
            Entry &entry = m_entries[row];
            if (entry.checked == checked)
                continue;
            entry.checked = checked;
            first = first < 0 ? row : qMin(first, row);
            last = qMax(last, row);
        }
        if (first >= 0) // one ranged signal rather than one per row
            Q_EMIT dataChanged(index(first), index(last), {Qt::CheckStateRole});
    }

    QStringList checkedNames() const
    {
        QStringList names;
        for (const Entry &entry : m_entries) {
            if (entry.checked)
                names.append(entry.name);
        }
        return names;
    }

private:
    struct Entry
    {
        QString name;
        QString description;
        bool deprecated = false;
        bool custom = false;
        bool checked = false;
    };

    static QString description(const Entry &entry)
    {
        return entry.custom ? WebhookDialog::tr("Not in the list of documented events")
                            : entry.description;
    }

    QList<Entry> m_entries;
};

// ---------------------------------------------------------------------------------------------
// The groups of the account, appended page by page as the cursor walk delivers them.

class WebhookDialog::GroupListModel final : public QAbstractTableModel
{
public:
    enum Column { NameColumn, IdColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_groups.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? group.name : group.id;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return describe(group);
        case GroupIdRole:
            return group.id;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case NameColumn:
            return WebhookDialog::tr("Name");
        case IdColumn:
            return WebhookDialog::tr("Id");
        default:
            return {};
        }
    }

    void append(const QList<Group> &groups)
    {
        if (groups.isEmpty())
            return;
        const int first = int(m_groups.size());
        beginInsertRows(QModelIndex(), first, first + int(groups.size()) - 1);
        m_groups.append(groups);
        endInsertRows();
    }

    void clear()
    {
        if (m_groups.isEmpty())
            return;
        beginRemoveRows(QModelIndex(), 0, int(m_groups.size()) - 1);
        m_groups.clear();
        endRemoveRows();
    }

    const Group *find(const QString &id) const
    {
        for (const Group &group : m_groups) {
            if (group.id == id)
                return &group;
        }
        return nullptr;
    }

    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_groups.size(); ++row) {
            if (m_groups.at(row).id == id)
                return row;
        }
        return -1;
    }

    static QString describe(const Group &group)
    {
        // Names need not be unique: the id always goes with them.
        return group.name.isEmpty() ? group.id
                                    : WebhookDialog::tr("%1 (id %2)").arg(group.name, group.id);
    }

private:
    QList<Group> m_groups;
};

// ---------------------------------------------------------------------------------------------

WebhookDialog::WebhookDialog(FivetranClient *client, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WebhookDialog>()), m_client(client)
{
    m_ui->setupUi(this);

    m_events = new EventListModel(this);
    m_eventsProxy = new QSortFilterProxyModel(this);
    m_eventsProxy->setSourceModel(m_events);
    m_eventsProxy->setFilterRole(kEventSearchRole);
    m_eventsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->eventsListView->setModel(m_eventsProxy);
    m_ui->eventsListView->setItemDelegate(new FitWidthDelegate(m_ui->eventsListView));

    m_groups = new GroupListModel(this);
    m_groupsProxy = new QSortFilterProxyModel(this);
    m_groupsProxy->setSourceModel(m_groups);
    m_groupsProxy->setFilterKeyColumn(-1); // name or id
    m_groupsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_groupsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->groupTreeView->setModel(m_groupsProxy);
    m_ui->groupTreeView->sortByColumn(GroupListModel::NameColumn, Qt::AscendingOrder);
    m_ui->groupTreeView->header()->setStretchLastSection(false);
    m_ui->groupTreeView->header()->setSectionResizeMode(GroupListModel::NameColumn,
                                                        QHeaderView::Stretch);
    m_ui->groupTreeView->header()->setSectionResizeMode(GroupListModel::IdColumn,
                                                        QHeaderView::ResizeToContents);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap warning =
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize);
    m_ui->errorIconLabel->setPixmap(warning);
    m_ui->urlErrorIconLabel->setPixmap(warning);
    m_ui->errorFrame->hide();
    m_ui->detailsLabel->hide();
    m_ui->savingLabel->hide();
    m_ui->groupRetryPushButton->hide();
    applyErrorColors();

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setAccessibleName(tr("Save the webhook"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);

    // Scope and group.
    connect(m_ui->groupScopeRadioButton, &QRadioButton::toggled, this,
            &WebhookDialog::setGroupScope);
    connect(m_ui->groupSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_groupsProxy->setFilterFixedString(text.trimmed());
        reselectGroup();
        updateGroupStatus();
    });
    onReturn(m_ui->groupSearchLineEdit, [this] { selectFirstGroupMatch(); });
    connect(m_ui->groupTreeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhookDialog::onGroupSelectionChanged);
    connect(m_groupsProxy, &QAbstractItemModel::rowsInserted, this, &WebhookDialog::reselectGroup);
    connect(m_ui->groupRetryPushButton, &QPushButton::clicked, this, &WebhookDialog::loadGroups);

    // URL.
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &WebhookDialog::updateUrlState);

    // Events.
    connect(m_ui->eventsSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventsProxy->setFilterFixedString(text.trimmed());
        updateEventsState();
    });
    onReturn(m_ui->eventsSearchLineEdit, [this] {
        if (m_eventsProxy->rowCount() == 0)
            return;
        m_ui->eventsListView->setCurrentIndex(m_eventsProxy->index(0, 0));
        m_ui->eventsListView->setFocus();
    });
    connect(m_events, &QAbstractItemModel::dataChanged, this, &WebhookDialog::updateEventsState);
    connect(m_events, &QAbstractItemModel::rowsInserted, this, &WebhookDialog::updateEventsState);
    connect(m_ui->selectAllPushButton, &QPushButton::clicked, this,
            [this] { selectVisibleEvents(true); });
    connect(m_ui->clearPushButton, &QPushButton::clicked, this,
            [this] { selectVisibleEvents(false); });
    connect(m_ui->customEventLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->addEventPushButton->setEnabled(isEventName(text.trimmed()));
    });
    onReturn(m_ui->customEventLineEdit, [this] { addCustomEvent(); });
    connect(m_ui->addEventPushButton, &QPushButton::clicked, this, &WebhookDialog::addCustomEvent);
    m_ui->addEventPushButton->setEnabled(false);

    // Secret.
    for (QRadioButton *radio : {m_ui->secretUnchangedRadioButton, m_ui->secretNoneRadioButton,
                                m_ui->secretSetRadioButton, m_ui->secretGenerateRadioButton}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                onSecretModeChanged();
        });
    }
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->copySecretToolButton->setEnabled(!text.isEmpty());
        updateSaveButton();
    });
    connect(m_ui->showSecretToolButton, &QToolButton::toggled, this,
            &WebhookDialog::setSecretShown);
    connect(m_ui->copySecretToolButton, &QToolButton::clicked, this, &WebhookDialog::copySecret);
    m_ui->rememberSecretCheckBox->hide();
    m_ui->forgetSecretPushButton->hide();
    m_ui->useReceiverPushButton->hide();
    connect(m_ui->useReceiverPushButton, &QPushButton::clicked, this, [this] {
        m_ui->urlLineEdit->setText(m_receiverUrl.toString());
    });
    connect(m_ui->forgetSecretPushButton, &QPushButton::clicked, this, [this] {
        if (!m_secretStore)
            return;
        m_secretStore->remove(CredentialStore::webhookSecretKey(m_accountKey, m_original.id), this,
                              [this](const std::optional<StoreError> &error) {
            if (error)
                return showError(tr("The remembered secret could not be forgotten: %1").arg(error->message),
                                 QString(), false);
            m_ui->forgetSecretPushButton->hide();
            m_ui->secretNoteLabel->setText(tr("The remembered secret was forgotten on this computer."));
        });
    });

    // Errors.
    connect(m_ui->detailsToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailsLabel->setVisible(shown);
        m_ui->detailsToolButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->createInactivePushButton, &QPushButton::clicked, this,
            &WebhookDialog::saveInactive);

    // A theme switch while open recolours the error texts.
    new EventHook(this, [this](QEvent *event) {
        if (event->type() == QEvent::PaletteChange
            || event->type() == QEvent::ApplicationPaletteChange) {
            applyErrorColors();
            updateGroupStatus();
            updateEventsState();
        }
        return false;
    });

    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    startCreate(Mode::CreateAccount);
}

WebhookDialog::~WebhookDialog()
{
    // The callbacks die with `this` as their context; aborting also frees the connections.
    for (const QPointer<ApiCall> &call : {m_saveCall, m_groupsCall, m_groupNameCall}) {
        if (call)
            call->abort();
    }
}

void WebhookDialog::startCreate(Mode mode)
{
    Q_ASSERT(mode != Mode::Edit);
    m_mode = mode == Mode::CreateGroup ? Mode::CreateGroup : Mode::CreateAccount;
    m_original = Webhook();
    m_ui->urlLineEdit->clear();
    m_events->setCheckedNames({});
    m_ui->activeCheckBox->setChecked(true);
    m_ui->secretNoneRadioButton->setChecked(true);
    applyMode();
}

void WebhookDialog::startEdit(const Webhook &webhook)
{
    m_mode = Mode::Edit;
    m_original = webhook;
    m_ui->urlLineEdit->setText(webhook.url);
    m_events->setCheckedNames(webhook.events);
    m_ui->activeCheckBox->setChecked(webhook.active);
    m_ui->secretUnchangedRadioButton->setChecked(true);
    applyMode();

    if (!webhook.groupId.isEmpty()) {
        m_ui->groupValueLabel->setText(webhook.groupId);
        if (m_groupNameCall)
            m_groupNameCall->abort();
        const QString id = webhook.groupId;
        m_groupNameCall = m_client->getGroup(id, this, [this, id](const ApiResult<Group> &result) {
            m_groupNameCall = nullptr;
            if (result.ok() && m_original.groupId == id)
                m_ui->groupValueLabel->setText(GroupListModel::describe(result.value()));
        });
    }
}

void WebhookDialog::applyMode()
{
    const bool edit = m_mode == Mode::Edit;
    const bool group = edit ? !m_original.groupId.isEmpty() : m_mode == Mode::CreateGroup;

    switch (m_mode) {
    case Mode::CreateAccount:
    case Mode::CreateGroup:
        setWindowTitle(group ? tr("New Group Webhook") : tr("New Account Webhook"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Webhook %1").arg(m_original.id));
        break;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(edit ? tr("&Save") : tr("Create"));
    m_ui->createInactivePushButton->setText(edit ? tr("Save &inactive") : tr("Create &inactive"));
    m_ui->createInactivePushButton->setAccessibleName(
            edit ? tr("Save without activating") : tr("Create inactive"));

    // Fivetran cannot move a webhook between scopes or groups: shown, not offered, on edit.
    m_ui->accountScopeRadioButton->setEnabled(!edit);
    m_ui->groupScopeRadioButton->setEnabled(!edit);
    {
        const QSignalBlocker blocker(m_ui->groupScopeRadioButton);
        (group ? m_ui->groupScopeRadioButton : m_ui->accountScopeRadioButton)->setChecked(true);
    }
    m_ui->groupValueLabel->setVisible(edit);
    m_ui->groupSearchLineEdit->setVisible(!edit);
    m_ui->groupTreeView->setVisible(!edit);
    m_ui->groupStatusLabel->setVisible(!edit);
    m_ui->groupRetryPushButton->setVisible(!edit && !m_groupsError.isEmpty());
    m_ui->groupSelectedLabel->setVisible(!edit);
    showGroupRow(group);
    m_ui->activeNoteLabel->setText(
            edit ? tr("Activating sends a test request to the URL first; if it doesn't answer "
                      "2xx, nothing is saved. Untick Active to keep the webhook inactive.")
                 : tr("When active, Fivetran sends a test request to the URL now; if it doesn't "
                      "answer 2xx the webhook is not saved. Untick Active to create it inactive "
                      "and activate it later."));

    m_ui->secretUnchangedRadioButton->setVisible(edit);
    m_ui->secretNoneRadioButton->setVisible(!edit);
    QString secretNote = tr("Fivetran never shows a secret again after it is saved: copy it now "
                            "and keep it where your receiver can check signatures with it.");
    if (edit) {
        secretNote = (m_original.hasSecret() ? tr("This webhook has a secret.")
                                             : tr("This webhook has no secret."))
                % QLatin1Char(' ') % secretNote;
    }
    m_ui->secretNoteLabel->setText(secretNote);

    hideError();
    onSecretModeChanged();
    refreshForgetButton();
    if (group && !edit)
        loadGroups();
    (group && !edit ? m_ui->groupSearchLineEdit : m_ui->urlLineEdit)->setFocus();
    updateGroupStatus();
    updateUrlState();
    updateEventsState();
}

void WebhookDialog::setGroupScope(bool group)
{
    if (m_mode == Mode::Edit)
        return;
    m_mode = group ? Mode::CreateGroup : Mode::CreateAccount;
    setWindowTitle(group ? tr("New Group Webhook") : tr("New Account Webhook"));
    showGroupRow(group);
    if (group)
        loadGroups();
    updateSaveButton();
}

void WebhookDialog::showGroupRow(bool shown)
{
    m_ui->groupLabel->setVisible(shown);
    m_ui->groupWidget->setVisible(shown);
    // Spare height goes to the picker, never to a hidden row or the one-line read-only group.
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_ui->formLayout->getItemPosition(m_ui->formLayout->indexOf(m_ui->groupWidget), &row, &column,
                                      &rowSpan, &columnSpan);
    m_ui->formLayout->setRowStretch(row, shown && m_mode != Mode::Edit ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Groups

void WebhookDialog::loadGroups()
{
    if (m_groupsCall || m_groupsComplete)
        return;
    m_groups->clear();
    m_groupsError.clear();
    m_ui->groupStatusLabel->setToolTip(QString());
    m_ui->groupRetryPushButton->hide();
    // Every page in the background; the list fills and stays searchable meanwhile.
    m_groupsCall = m_client->listAllGroups(
            kGroupPageSize, this,
            [this](const GroupPage &page) {
                m_groups->append(page.items);
                updateGroupStatus();
            },
            [this](const std::optional<ApiError> &error) {
                m_groupsCall = nullptr;
                m_groupsComplete = !error;
                if (error) {
                    m_groupsError = error->summary();
                    m_ui->groupStatusLabel->setToolTip(error->details());
                    m_ui->groupRetryPushButton->show();
                }
                updateGroupStatus();
            });
    updateGroupStatus();
}

void WebhookDialog::updateGroupStatus()
{
    const int loaded = m_groups->rowCount();
    const int shown = m_groupsProxy->rowCount();
    const QString search = m_ui->groupSearchLineEdit->text().trimmed();
    QString status;
    if (!m_groupsError.isEmpty()) {
        status = tr("Could not load the groups: %1").arg(m_groupsError);
    } else if (m_groupsCall) {
        status = search.isEmpty() || shown > 0
                ? tr("Loading groups… %n loaded so far.", nullptr, loaded)
                : tr("No group matches yet; still loading…");
    } else if (!search.isEmpty()) {
        status = shown == 0 ? tr("No group matches “%1”.").arg(search)
                            : tr("%1 of %n group(s) match.", nullptr, loaded).arg(shown);
    } else if (m_groupsComplete) {
        status = loaded == 0 ? tr("This account has no groups.")
                             : tr("%n group(s).", nullptr, loaded);
    }
    m_ui->groupStatusLabel->setText(status);
    setTextColor(m_ui->groupStatusLabel, m_groupsError.isEmpty()
                         ? std::nullopt
                         : std::optional<QColor>(errorColor(palette())));

    if (m_groupId.isEmpty()) {
        m_ui->groupSelectedLabel->setText(tr("No group chosen yet."));
    } else {
        const Group *group = m_groups->find(m_groupId);
        m_ui->groupSelectedLabel->setText(
                tr("Chosen: %1").arg(group ? GroupListModel::describe(*group) : m_groupId));
    }
}

void WebhookDialog::onGroupSelectionChanged()
{
    const QModelIndexList rows = m_ui->groupTreeView->selectionModel()->selectedRows();
    // A search that hides the chosen row clears the selection, not the choice.
    if (rows.isEmpty())
        return;
    m_groupId = rows.first().data(GroupIdRole).toString();
    updateGroupStatus();
    updateSaveButton();
}

void WebhookDialog::reselectGroup()
{
    if (m_groupId.isEmpty() || m_ui->groupTreeView->selectionModel()->hasSelection())
        return;
    const int row = m_groups->rowOf(m_groupId);
    if (row < 0)
        return;
    const QModelIndex index = m_groupsProxy->mapFromSource(m_groups->index(row, 0));
    if (index.isValid())
        m_ui->groupTreeView->setCurrentIndex(index);
}

void WebhookDialog::selectFirstGroupMatch()
{
    if (m_groupsProxy->rowCount() == 0)
        return;
    m_ui->groupTreeView->setCurrentIndex(m_groupsProxy->index(0, 0));
    m_ui->groupTreeView->setFocus();
}

// ---------------------------------------------------------------------------------------------
// URL and events

void WebhookDialog::updateUrlState()
{
    const QString text = m_ui->urlLineEdit->text().trimmed();
    // Nothing typed yet is not an error to shout about; Save stays disabled all the same.
    const QString problem =
            text.isEmpty() ? QString() : UrlRules::checkWebhookUrl(QUrl(text, QUrl::StrictMode));
    m_ui->urlErrorLabel->setText(problem);
    m_ui->urlErrorLabel->setVisible(!problem.isEmpty());
    m_ui->urlErrorIconLabel->setVisible(!problem.isEmpty());
    m_ui->urlLineEdit->setToolTip(problem);
    updateSaveButton();
}

void WebhookDialog::updateEventsState()
{
    const int checked = int(m_events->checkedNames().size());
    const QString search = m_ui->eventsSearchLineEdit->text().trimmed();
    QString text;
    if (!search.isEmpty() && m_eventsProxy->rowCount() == 0)
        text = tr("No event matches “%1”; you can add it below.").arg(search);
    else if (checked == 0)
        text = tr("Choose at least one event.");
    else
        text = tr("%n event(s) chosen.", nullptr, checked);
    m_ui->eventsCountLabel->setText(text);
    setTextColor(m_ui->eventsCountLabel,
                 checked == 0 ? std::optional<QColor>(errorColor(palette())) : std::nullopt);
    updateSaveButton();
}

void WebhookDialog::selectVisibleEvents(bool checked)
{
    // Only what the search shows; "select all" leaves deprecated events alone.
    QList<int> rows;
    for (int row = 0; row < m_eventsProxy->rowCount(); ++row) {
        const QModelIndex index = m_eventsProxy->index(row, 0);
        if (checked && index.data(EventDeprecatedRole).toBool())
            continue;
        rows.append(m_eventsProxy->mapToSource(index).row());
    }
    m_events->setRowsChecked(rows, checked);
}

void WebhookDialog::addCustomEvent()
{
    const QString name = m_ui->customEventLineEdit->text().trimmed();
    if (!isEventName(name))
        return;
    const int row = m_events->addChecked(name);
    QModelIndex index = m_eventsProxy->mapFromSource(m_events->index(row));
    if (!index.isValid()) { // hidden by the search: show it rather than add it out of sight
        m_ui->eventsSearchLineEdit->clear();
        index = m_eventsProxy->mapFromSource(m_events->index(row));
    }
    m_ui->eventsListView->scrollTo(index);
    m_ui->eventsListView->setCurrentIndex(index);
    m_ui->customEventLineEdit->clear();
}

QStringList WebhookDialog::checkedEvents() const
{
    const QStringList checked = m_events->checkedNames();
    if (m_mode != Mode::Edit)
        return checked;
    // The webhook's own order first, so an untouched list compares equal and is not sent.
    QStringList ordered;
    for (const QString &name : m_original.events) {
        if (checked.contains(name) && !ordered.contains(name))
            ordered.append(name);
    }
    for (const QString &name : checked) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    return ordered;
}

// ---------------------------------------------------------------------------------------------
// Secret

WebhookDialog::SecretMode WebhookDialog::secretMode() const
{
    if (m_ui->secretSetRadioButton->isChecked())
        return SecretMode::SetNew;
    if (m_ui->secretGenerateRadioButton->isChecked())
        return SecretMode::Generate;
    if (m_ui->secretUnchangedRadioButton->isChecked())
        return SecretMode::Unchanged;
    return SecretMode::None;
}

void WebhookDialog::onSecretModeChanged()
{
    const SecretMode mode = secretMode();
    const SecretMode previous = m_secretMode;
    m_secretMode = mode;
    const bool hasValue = mode == SecretMode::SetNew || mode == SecretMode::Generate;
    m_ui->secretLineEdit->setEnabled(hasValue);
    m_ui->showSecretToolButton->setEnabled(hasValue);
    if (!hasValue || (mode == SecretMode::SetNew && previous == SecretMode::Generate))
        m_ui->secretLineEdit->setText(QString());
    if (mode == SecretMode::Generate && previous != SecretMode::Generate)
        generateSecret();
    m_ui->secretLineEdit->setPlaceholderText(mode == SecretMode::SetNew
                                                     ? tr("The new secret")
                                                     : QString());
    if (mode == SecretMode::SetNew && isVisible())
        m_ui->secretLineEdit->setFocus();
    m_ui->copySecretToolButton->setEnabled(!m_ui->secretLineEdit->text().isEmpty());
    updateRememberState();
    updateSaveButton();
}

void WebhookDialog::generateSecret()
{
    // 32 bytes from the operating system's generator, base64url: 43 characters, no padding.
    std::array<quint32, kSecretWords> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    m_ui->secretLineEdit->setText(QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    m_secretCopied = false;
    m_secretWarned = false;
    bytes.fill('\0');
    words.fill(0);
}

void WebhookDialog::setSecretShown(bool shown)
{
    m_ui->secretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showSecretToolButton->setText(shown ? tr("Hide") : tr("Show"));
    m_ui->showSecretToolButton->setToolTip(shown ? tr("Hide the secret") : tr("Show the secret"));
}

void WebhookDialog::copySecret()
{
    const QString secret = m_ui->secretLineEdit->text();
    if (secret.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(secret);
    m_secretCopied = true;
}

// ---------------------------------------------------------------------------------------------
// Validation and saving

QString WebhookDialog::validationProblem(QWidget **focus) const
{
    auto fail = [focus](QWidget *widget, const QString &problem) {
        if (focus)
            *focus = widget;
        return problem;
    };
    if (m_mode == Mode::CreateGroup && m_groupId.isEmpty())
        return fail(m_ui->groupSearchLineEdit, tr("Choose the group the webhook belongs to."));
    const QString url = m_ui->urlLineEdit->text().trimmed();
    if (url.isEmpty())
        return fail(m_ui->urlLineEdit, tr("Enter the URL Fivetran should deliver events to."));
    const QString urlProblem = UrlRules::checkWebhookUrl(QUrl(url, QUrl::StrictMode));
    if (!urlProblem.isEmpty())
        return fail(m_ui->urlLineEdit, urlProblem);
    if (m_events->checkedNames().isEmpty())
        return fail(m_ui->eventsListView, tr("Choose at least one event."));
    const SecretMode mode = secretMode();
    if (mode == SecretMode::SetNew || mode == SecretMode::Generate) {
        const QString secret = m_ui->secretLineEdit->text();
        if (secret.isEmpty())
            return fail(m_ui->secretLineEdit,
                        tr("Enter the new secret, or choose another secret option."));
        if (secret == kMaskedSecret)
            return fail(m_ui->secretLineEdit,
                        tr("“%1” is how Fivetran hides a secret, not a secret: enter the "
                           "real one.")
                                .arg(kMaskedSecret));
    }
    return {};
}

void WebhookDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
            ->setEnabled(!m_saving && validationProblem(nullptr).isEmpty());
}

void WebhookDialog::accept()
{
    if (m_saving)
        return;
    QWidget *focus = nullptr;
    const QString problem = validationProblem(&focus);
    if (!problem.isEmpty()) {
        showError(problem, QString(), false);
        if (focus)
            focus->setFocus();
        return;
    }

    const SecretMode mode = secretMode();
    if (mode == SecretMode::Generate && !m_secretCopied && !m_secretWarned) {
        // Once saved, nobody can read the secret again: one reminder, then it is the user's call.
        m_secretWarned = true;
        showError(tr("Copy the generated secret first: Fivetran never shows it again, and your "
                     "receiver needs it to check signatures. Save again to go on without it."),
                  QString(), false);
        m_ui->copySecretToolButton->setFocus();
        return;
    }
    const QString secret = mode == SecretMode::SetNew || mode == SecretMode::Generate
            ? m_ui->secretLineEdit->text()
            : QString();
    const bool active = m_ui->activeCheckBox->isChecked();

    if (m_mode == Mode::Edit) {
        Webhook edited = m_original;
        edited.url = m_ui->urlLineEdit->text().trimmed();
        edited.events = checkedEvents();
        edited.active = active;
        edited.secret = secret; // empty: leave as it is
        const WebhookChanges changes = WebhookChanges::between(m_original, edited);
        if (changes.isEmpty()) {
            QDialog::accept(); // nothing to tell Fivetran
            return;
        }
        // Fivetran probes the URL when a PATCH activates the webhook.
        save(changes, false, changes.active.value_or(false) && !m_original.active);
        return;
    }

    WebhookChanges fields;
    fields.url = m_ui->urlLineEdit->text().trimmed();
    fields.events = checkedEvents();
    fields.active = active;
    if (!secret.isEmpty())
        fields.secret = secret;
    save(fields, true, active);
}

void WebhookDialog::save(const WebhookChanges &fields, bool created, bool probes)
{
    m_pendingSecret = fields.secret.value_or(QString());
    m_pendingUrl = QUrl(fields.url.value_or(m_original.url));
    hideError();
    setSaving(true);
    auto done = [this, created, probes](const ApiResult<Webhook> &result) {
        onSaveFinished(result, created, probes);
    };
    // `this` is the context: a callback never reaches a destroyed dialog.
    if (!created)
        m_saveCall = m_client->updateWebhook(m_original.id, fields, this, done);
    else if (m_mode == Mode::CreateGroup)
        m_saveCall = m_client->createGroupWebhook(m_groupId, fields, this, done);
    else
        m_saveCall = m_client->createAccountWebhook(fields, this, done);
}

void WebhookDialog::onSaveFinished(const ApiResult<Webhook> &result, bool created, bool probed)
{
    m_saveCall = nullptr;
    setSaving(false);
    if (result.ok()) {
        const QPointer<WebhookDialog> self(this);
        const QString secret = std::exchange(m_pendingSecret, QString());
        Q_EMIT saved(result.value(), created);
        if (!self) // a receiver may have deleted the dialog
            return;
        if (!secret.isEmpty() && m_secretStore && m_ui->rememberSecretCheckBox->isChecked())
            return rememberSecret(result.value(), secret); // closes once it is kept
        QDialog::accept();
        return;
    }
    m_pendingSecret.clear();

    const ApiError &error = result.error();
    // Fivetran answers a failed reachability probe with a plain 400 InvalidInput; the form was
    // checked before sending, so a 400 to a request that probes is, in practice, the probe.
    const bool probeFailed = probed && error.kind == ApiError::Kind::InvalidInput;
    QString summary;
    if (probeFailed && created)
        summary = tr("Fivetran could not reach the URL: its test request got no 2xx answer, so "
                     "the webhook was not created. Make the endpoint answer 2xx, or create the "
                     "webhook inactive and activate it later.");
    else if (probeFailed)
        summary = tr("Fivetran could not reach the URL: its test request got no 2xx answer, so "
                     "the webhook was not activated and nothing was saved. Make the endpoint "
                     "answer 2xx, or save it inactive.");
    else
        summary = tr("Not saved. %1").arg(error.summary());
    showError(summary, error.details(), probeFailed);
}

void WebhookDialog::saveInactive()
{
    m_ui->activeCheckBox->setChecked(false);
    accept();
}

void WebhookDialog::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    if (saving)
        m_focusBeforeSave = focusWidget();
    m_ui->formWidget->setEnabled(!saving);
    m_ui->createInactivePushButton->setEnabled(!saving);
    m_ui->savingLabel->setVisible(saving);
    updateSaveButton();
    // Disabling the form pushed the focus onto Cancel: give it back, or Return would cancel.
    if (!saving && isVisible()) {
        QWidget *focus = m_focusBeforeSave && m_focusBeforeSave->isEnabled()
                        && m_focusBeforeSave->isVisible()
                ? m_focusBeforeSave.data()
                : m_ui->urlLineEdit;
        focus->setFocus();
    }
}

std::optional<WebhookDialog::SecretInFlight> WebhookDialog::secretInFlight() const
{
    if (!m_saveCall || m_pendingSecret.isEmpty())
        return std::nullopt;
    return SecretInFlight{m_pendingUrl, m_pendingSecret.toUtf8()};
}

bool WebhookDialog::isSaving() const
{
    return m_saving;
}

void WebhookDialog::setReceiverUrl(const QUrl &url)
{
    m_receiverUrl = url;
    m_ui->useReceiverPushButton->setVisible(url.isValid());
}

void WebhookDialog::setSecretStore(CredentialStore *store, const QString &accountKey)
{
    m_secretStore = store;
    m_accountKey = accountKey;
    m_ui->rememberSecretCheckBox->setChecked(store != nullptr);
    refreshForgetButton();
    m_ui->rememberSecretCheckBox->setToolTip(
            store ? tr("Kept in %1 for this webhook: the API never returns a secret, so this is "
                       "the only copy you can read back.").arg(store->description())
                  : QString());
    updateRememberState();
}

void WebhookDialog::setRememberSecretByDefault(bool remember)
{
    m_ui->rememberSecretCheckBox->setChecked(remember && m_secretStore);
}

void WebhookDialog::updateRememberState()
{
    const SecretMode mode = secretMode();
    const bool newSecret = mode == SecretMode::SetNew || mode == SecretMode::Generate;
    m_ui->rememberSecretCheckBox->setVisible(m_secretStore && newSecret);
}

void WebhookDialog::refreshForgetButton()
{
    m_ui->forgetSecretPushButton->hide();
    if (!m_secretStore || m_mode != Mode::Edit || m_original.id.isEmpty())
        return;
    // Offer "forget" only when a secret is remembered for this webhook.
    m_secretStore->read(CredentialStore::webhookSecretKey(m_accountKey, m_original.id), this,
                        [this](const QByteArray &, const std::optional<StoreError> &error) {
        m_ui->forgetSecretPushButton->setVisible(!error);
    });
}

void WebhookDialog::rememberSecret(const Webhook &webhook, const QString &secret)
{
    setSaving(true);
    m_secretStore->write(CredentialStore::webhookSecretKey(m_accountKey, webhook.id), secret.toUtf8(),
                         this, [this](const std::optional<StoreError> &error) {
        setSaving(false);
        if (!error)
            return QDialog::accept();
        // Saved in Fivetran, not remembered here: say so and let the user copy it now.
        showError(tr("The webhook was saved, but its secret could not be remembered on this "
                     "computer: %1 Copy it now if your receiver needs it.").arg(error->message),
                  QString(), false);
    });
}

void WebhookDialog::done(int result)
{
    // Closing while saving abandons the call: its callback is never run. (A create that already
    // reached Fivetran may still happen there; the main window's refresh shows it.)
    if (m_saveCall)
        m_saveCall->abort();
    m_saveCall = nullptr;
    setSaving(false);
    if (m_groupsCall)
        m_groupsCall->abort();
    m_groupsCall = nullptr;
    if (!m_groupsComplete && m_groupsError.isEmpty())
        m_groups->clear(); // a walk cut short starts over if the dialog is opened again

    // Secret hygiene: nothing of it stays in the widget (setText also drops the undo history).
    m_ui->secretLineEdit->setText(QString());
    m_ui->showSecretToolButton->setChecked(false);

    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

// ---------------------------------------------------------------------------------------------
// Errors

void WebhookDialog::showError(const QString &summary, const QString &details, bool offerInactive)
{
    m_ui->errorLabel->setText(summary);
    m_ui->detailsLabel->setText(details);
    m_ui->detailsToolButton->setChecked(false);
    m_ui->detailsToolButton->setVisible(!details.isEmpty());
    m_ui->detailsLabel->hide();
    m_ui->createInactivePushButton->setVisible(offerInactive);
    m_ui->errorFrame->show();
}

void WebhookDialog::hideError()
{
    m_ui->errorFrame->hide();
    m_ui->errorLabel->clear();
    m_ui->detailsLabel->clear();
    m_ui->createInactivePushButton->hide();
}

QString WebhookDialog::errorText() const
{
    return m_ui->errorFrame->isHidden() ? QString() : m_ui->errorLabel->text();
}

void WebhookDialog::applyErrorColors()
{
    const QColor color = errorColor(palette());
    setTextColor(m_ui->errorLabel, color);
    setTextColor(m_ui->urlErrorLabel, color);
}

} // namespace fw
