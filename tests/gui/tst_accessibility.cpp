// Accessibility and keyboard use of the real main window on the Sandbox and of every dialog it
// opens, offscreen: each interactive control has a name a screen reader can announce (what Qt's
// accessibility bridge reports, not what the code meant to set), every action is reachable from
// the keyboard and shows its shortcut in the menu, the Tab chain follows the layout, and the
// table says "Active"/"Inactive" in text.
#include "AccountProfile.h"
#include "AccountSession.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "ReceiverDock.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookDialog.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionMenuItem>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;
// How far (in device-independent pixels) a widget may sit above or left of the one before it in
// the Tab chain and still count as in the same row or column: baselines of a label-less check
// box and a line edit differ by a few pixels.
constexpr int kTolerance = 8;

// "objectName (Class) in parentName (Class) in …", up to the window.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain << QStringLiteral("%1 (%2)").arg(
            w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
            QLatin1String(w->metaObject()->className()));
        if (w->isWindow())
            break;
    }
    return chain.join(QLatin1String(" in "));
}

// A part of one of Qt's compound widgets, named and reached through that widget: the line edit
// and popup of a combo box or spin box, the viewport, headers and scroll bars of an item view or
// scroll area, a line edit's clear button, a dock's title buttons (Qt names them itself: checked
// separately below), a tool bar's extension and handle.
bool isPartOfQtWidget(const QWidget *widget, const QWidget *root)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    const QByteArray className = widget->metaObject()->className();
    if (className == "QToolBarExtension" || className == "QLineEditIconButton"
        || className == "QDockWidgetTitleButton")
        return true;
    for (const QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QMenuBar *>(
                w)) // its overflow button: the menus are reached with Alt, F10
            return true;
    }
    return false;
}

// A control a user operates (with the keyboard, or at least with the mouse), as opposed to a
// container or a label.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QLabel *>(widget) || qobject_cast<const QMenu *>(widget)
        || qobject_cast<const QMenuBar *>(widget))
        return false;
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget))
        return true;
    return widget->focusPolicy() & Qt::TabFocus;
}

// The widgets of `root`'s own window (dialogs it parents are forms of their own).
QList<QWidget *> controlsOf(QWidget *root)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() != root || isPartOfQtWidget(widget, root) || !isInteractive(widget))
            continue;
        controls << widget;
    }
    return controls;
}

// What an assistive technology hears for `widget`, and why it falls short ("" when it does not).
QString nameProblem(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return QStringLiteral("no accessible interface");
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (name.isEmpty())
        return QStringLiteral("empty accessible name (role %1)").arg(int(iface->role()));
    // On Linux Qt announces a combo box's current item as its name; what the combo is for comes
    // only from an accessible name of its own or a label's buddy relation.
    if (qobject_cast<QComboBox *>(widget) && widget->accessibleName().trimmed().isEmpty()
        && iface->relations(QAccessible::Labelled).isEmpty())
        return QStringLiteral("a combo box named only by its current item \"%1\"").arg(name);
    return QString();
}

// Widgets on the Tab chain of `root`, in chain order, that a keyboard user lands on now.
QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *widget = root;
    for (int guard = 0; guard < 10000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == root)
            break;
        if (widget->window() != root || !widget->isVisibleTo(root) || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        // Qt's tool bars take their buttons out of the Tab chain; whatever else is left of a
        // compound widget (a combo's line edit) is reached through it.
        if (isPartOfQtWidget(widget, root))
            continue;
        if (!chain.contains(widget))
            chain << widget;
    }
    // Tab goes round: read the circle from the control nearest the top left, where a user starts
    // reading (a main window's tool bar widgets join the chain last, and come round first).
    const auto topLeft = [root](const QWidget *w) {
        const QPoint p = w->mapTo(root, QPoint(0, 0));
        return std::make_pair(p.y(), p.x());
    };
    const auto first = std::min_element(chain.cbegin(), chain.cend(),
        [&](const QWidget *a, const QWidget *b) { return topLeft(a) < topLeft(b); });
    if (first != chain.cend())
        std::rotate(chain.begin(), chain.begin() + (first - chain.cbegin()), chain.end());
    return chain;
}

// QMenu::initStyleOption is protected: reach it as a derived class may.
class MenuProbe : public QMenu
{
public:
    static QString shownText(const QMenu *menu, const QAction *action)
    {
        QStyleOptionMenuItem option;
        (menu->*(&MenuProbe::initStyleOption))(&option, action);
        return option.text;
    }
};

void collectMenuActions(const QMenu *menu, QHash<const QAction *, const QMenu *> *found)
{
    for (QAction *action : menu->actions()) {
        found->insert(action, menu);
        if (action->menu())
            collectMenuActions(action->menu(), found);
    }
}

// Every interactive control of `root`'s window without a name an assistive technology can read.
QStringList nameProblems(QWidget *root)
{
    QStringList problems;
    for (QWidget *control : controlsOf(root)) {
        const QString problem = nameProblem(control);
        if (!problem.isEmpty())
            problems << describe(control) + QStringLiteral(": ") + problem;
    }
    // A dock's own Float and Close buttons: named by Qt, checked rather than assumed.
    for (QWidget *button : root->findChildren<QWidget *>()) {
        if (QByteArray(button->metaObject()->className()) == "QDockWidgetTitleButton"
            && !button->isHidden()) {
            const QString problem = nameProblem(button);
            if (!problem.isEmpty())
                problems << describe(button) + QStringLiteral(": ") + problem;
        }
    }
    return problems;
}

// The scroll areas holding `widget` below `root`, innermost first (not `widget` itself).
QList<QAbstractScrollArea *> scrollAreasAround(QWidget *widget, QWidget *root)
{
    QList<QAbstractScrollArea *> areas;
    for (QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(up))
            areas << area;
    }
    return areas;
}

// Where `a` and `b` are, to compare them in reading order. Inside the same scrolled pane, by
// their places in its content (one may be scrolled out of view); otherwise a control inside a
// scrolled pane counts as that pane, where the user sees it.
std::pair<QRect, QRect> placesToCompare(QWidget *a, QWidget *b, QWidget *root)
{
    const QList<QAbstractScrollArea *> aroundA = scrollAreasAround(a, root);
    const QList<QAbstractScrollArea *> aroundB = scrollAreasAround(b, root);
    QAbstractScrollArea *shared = nullptr;
    for (QAbstractScrollArea *area : aroundA) {
        if (aroundB.contains(area)) {
            shared = area;
            break;
        }
    }
    QWidget *space = root;
    if (shared) {
        auto *scroll = qobject_cast<QScrollArea *>(shared);
        space = scroll && scroll->widget() ? scroll->widget() : shared->viewport();
    }
    const auto place = [&](QWidget *widget, const QList<QAbstractScrollArea *> &around) {
        QWidget *shown = widget;
        for (QAbstractScrollArea *area : around) {
            if (area == shared)
                break;
            shown = area; // the outermost pane below the shared one
        }
        return QRect(shown->mapTo(space, QPoint(0, 0)), shown->size());
    };
    return {place(a, aroundA), place(b, aroundB)};
}

// Where the Tab chain of `root` leaves the layout's reading order: within a row left to right,
// rows top to bottom. Moving up is allowed only into a column wholly to the right (a side-by-side
// pane); moving left only into a lower row. Also every visible, enabled control a user could tab
// to must be on the chain.
QStringList tabOrderProblems(QWidget *root)
{
    const QList<QWidget *> chain = tabChain(root);
    QStringList problems;
    for (QWidget *control : controlsOf(root)) {
        if (control->isVisibleTo(root) && control->isEnabled()
            && (control->focusPolicy() & Qt::TabFocus) && !control->focusProxy()
            && !chain.contains(control))
            problems << describe(control) + QStringLiteral(" is not on the Tab chain");
    }
    QStringList order;
    for (int i = 0; i < chain.size(); ++i) {
        QWidget *b = chain.at(i);
        QRect rb(b->mapTo(root, QPoint(0, 0)), b->size());
        order << QStringLiteral("%1 (%2,%3)").arg(b->objectName()).arg(rb.x()).arg(rb.y());
        if (i == 0)
            continue;
        QWidget *a = chain.at(i - 1);
        QRect ra;
        std::tie(ra, rb) = placesToCompare(a, b, root);
        const bool sameRow
            = rb.top() < ra.bottom() - kTolerance && ra.top() < rb.bottom() - kTolerance;
        const bool above = rb.bottom() <= ra.top() + kTolerance
            || (!sameRow && rb.top() < ra.top() - kTolerance);
        const bool whollyRight = rb.left() >= ra.right() - kTolerance;
        const bool left = rb.right() <= ra.left() + kTolerance;
        if (above && !whollyRight)
            problems << QStringLiteral("%1\n  comes before %2 but is below it")
                            .arg(describe(a), describe(b));
        else if (sameRow && left && rb.top() <= ra.top() + kTolerance)
            problems << QStringLiteral("%1\n  comes before %2 but is right of it in the same row")
                            .arg(describe(a), describe(b));
    }
    if (!problems.isEmpty())
        problems.prepend(QStringLiteral("Tab order: ") + order.join(QLatin1String(" -> ")));
    return problems;
}

// Actions of `window` a keyboard user cannot reach (in no menu of the menu bar and without a
// shortcut), and menu entries that hide their shortcut. `withShortcut` counts the entries checked.
QStringList actionProblems(QMainWindow *window, int *withShortcut)
{
    QHash<const QAction *, const QMenu *> inMenus;
    for (QAction *top : window->menuBar()->actions()) {
        inMenus.insert(top, nullptr);
        if (top->menu())
            collectMenuActions(top->menu(), &inMenus);
    }
    QStringList problems;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        const QObject *owner = action->parent();
        // A line edit's clear button is Qt's own: the text clears with Ctrl+A, Delete.
        if (qobject_cast<const QLineEdit *>(owner))
            continue;
        // The menu behind the menu bar's overflow button repeats menus that do not fit; they
        // stay reachable with Alt and F10.
        if (const auto *menu = qobject_cast<const QMenu *>(owner); menu
            && action == menu->menuAction() && qobject_cast<const QMenuBar *>(menu->parent())) {
            const auto *overflow
                = menu->parent()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
            if (overflow && overflow->menu() == menu)
                continue;
        }
        // A widget placed in a tool bar: it is on the Tab chain itself (checked there).
        if (qobject_cast<const QWidgetAction *>(action) && qobject_cast<const QToolBar *>(owner)
            && static_cast<const QWidgetAction *>(action)->defaultWidget())
            continue;
        if (!inMenus.contains(action) && action->shortcut().isEmpty())
            problems << QStringLiteral(
                "\"%1\" (%2, a child of %3 %4) is in no menu and has no shortcut")
                            .arg(action->text(), action->objectName(),
                                QLatin1String(owner ? owner->metaObject()->className() : "nothing"),
                                owner ? owner->objectName() : QString());
    }
    *withShortcut = 0;
    for (auto it = inMenus.cbegin(); it != inMenus.cend(); ++it) {
        const QAction *action = it.key();
        if (!it.value() || action->shortcut().isEmpty())
            continue;
        ++*withShortcut;
        const QString shown = MenuProbe::shownText(it.value(), action);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        if (!shown.endsWith(QLatin1Char('\t') + shortcut))
            problems << QStringLiteral("\"%1\" (%2) shows \"%3\" in its menu, not its shortcut %4")
                            .arg(action->text(), action->objectName(), shown, shortcut);
    }
    return problems;
}

// WCAG 2 contrast ratio of two colours (1 to 21; body text wants 4.5 or more).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 30), text(235, 235, 235), button(60, 60, 64);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 170, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(128, 128, 128));
    return p;
}

// `over` painted on `under`, its alpha applied (a placeholder colour is often translucent text).
QColor blend(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
        float(over.greenF() * a + under.greenF() * (1 - a)),
        float(over.blueF() * a + under.blueF() * (1 - a)));
}

// Visible, enabled labels of `root`'s window whose text does not stand out from the window, and
// item views' cells whose model sets a text colour that does not stand out from the cell.
QStringList contrastProblems(QWidget *root)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->window() != root || !label->isVisibleTo(root) || !label->isEnabled()
            || label->text().isEmpty())
            continue;
        const QPalette palette = label->palette();
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        const double ratio = contrast(
            blend(palette.color(QPalette::Active, label->foregroundRole()), window), window);
        if (ratio < 4.5)
            problems << QStringLiteral("%1 \"%2\": contrast %3:1")
                            .arg(describe(label), label->text())
                            .arg(ratio, 0, 'f', 1);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->window() != root || !view->isVisibleTo(root) || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                if (!foreground.isValid())
                    continue;
                const QVariant background = index.data(Qt::BackgroundRole);
                const QColor base = background.isValid()
                    ? qvariant_cast<QBrush>(background).color()
                    : view->palette().color(QPalette::Active, QPalette::Base);
                const double ratio
                    = contrast(blend(qvariant_cast<QBrush>(foreground).color(), base), base);
                // Greyed-out rows (a deprecated event) may be dimmer, as disabled text is, but
                // legible.
                if (ratio < 3.0)
                    problems << QStringLiteral("%1 row %2 column %3 \"%4\": contrast %5:1")
                                    .arg(describe(view))
                                    .arg(row)
                                    .arg(column)
                                    .arg(index.data().toString())
                                    .arg(ratio, 0, 'f', 1);
            }
        }
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    InMemoryCredentialStore m_keychain; // no Secret Service needed to open the Accounts dialog
    QPalette m_lightPalette; // the style's own, restored after each test

    SandboxStore &store() { return m_window->session()->sandbox()->store(); }

    QAction *action(const char *name)
    {
        auto *found = m_window->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    QString webhookWith(bool active)
    {
        for (const Webhook &webhook : store().webhooks()) {
            if (webhook.active == active)
                return webhook.id;
        }
        return QString();
    }

    bool selectWebhook(const QString &id)
    {
        WebhookTableModel *model = m_window->model();
        const QModelIndex index
            = m_window->proxy()->mapFromSource(model->index(model->rowOf(id), 0));
        if (!index.isValid())
            return false;
        m_window->tableView()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }

    // The window `trigger` opens, once shown; nullptr when none appears.
    QWidget *openWindow(const std::function<void()> &trigger)
    {
        const QWidgetList before = QApplication::topLevelWidgets();
        trigger();
        QWidget *opened = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (!before.contains(widget) && widget->isVisible()
                        && !qobject_cast<QMenu *>(widget)) {
                        opened = widget;
                        return true;
                    }
                }
                return false;
            },
            kTimeoutMs);
        if (!shown || !QTest::qWaitForWindowExposed(opened))
            return nullptr;
        return opened;
    }

    // The forms a user meets, by name. Dialogs are opened as a user opens them, through the
    // window's actions.
    QWidget *openForm(const QString &form)
    {
        const QString active = webhookWith(true);
        if (form == QLatin1String("main window")) {
            // The banner, the details pane and the receiver dock all showing: enabling a
            // webhook whose made-up host cannot be reached leaves a warning in the banner.
            const QString inactive = webhookWith(false);
            if (inactive.isEmpty() || !selectWebhook(inactive))
                return nullptr;
            m_window->session()->sandbox()->setDeliveryTimeout(std::chrono::milliseconds(300));
            action("enableWebhookAction")->trigger();
            if (!QTest::qWaitFor([this] { return !m_window->bannerText().isEmpty(); }, kTimeoutMs))
                return nullptr;
            m_window->receiverDock()->show();
            return m_window.get();
        }
        if (form == QLatin1String("main window: error banner")) {
            // A failed page: the banner with Retry and Details, the details open.
            SandboxFaults faults;
            faults.serverErrorRate = 1.0;
            m_window->session()->sandbox()->setFaults(faults);
            action("refreshAction")->trigger();
            auto *retry = m_window->findChild<QWidget *>(QStringLiteral("bannerRetryButton"));
            auto *details
                = m_window->findChild<QPushButton *>(QStringLiteral("bannerDetailsButton"));
            if (!QTest::qWaitFor(
                    [&] { return retry->isVisible() && details->isVisible(); }, kTimeoutMs))
                return nullptr;
            m_window->session()->sandbox()->setFaults(SandboxFaults());
            details->click();
            m_window->receiverDock()->show();
            return m_window.get();
        }
        if (form == QLatin1String("webhook dialog: account"))
            return openWindow([this] { action("newAccountWebhookAction")->trigger(); });
        if (form == QLatin1String("webhook dialog: save failed")) {
            // The error area showing, with its details and "Create inactive": Fivetran could not
            // reach the URL (nothing listens on that port).
            auto *dialog = qobject_cast<WebhookDialog *>(
                openWindow([this] { action("newAccountWebhookAction")->trigger(); }));
            if (!dialog)
                return nullptr;
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return nullptr;
            const QString deadUrl
                = QStringLiteral("http://127.0.0.1:%1/hook").arg(probe.serverPort());
            probe.close();
            dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->setText(deadUrl);
            dialog->findChild<QPushButton *>(QStringLiteral("selectAllPushButton"))->click();
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Save)
                ->click();
            if (!QTest::qWaitFor(
                    [dialog] { return !dialog->isSaving() && !dialog->errorText().isEmpty(); },
                    kTimeoutMs))
                return nullptr;
            auto *inactive
                = dialog->findChild<QWidget *>(QStringLiteral("createInactivePushButton"));
            auto *details = dialog->findChild<QToolButton *>(QStringLiteral("detailsToolButton"));
            if (!inactive || !inactive->isVisible() || !details || !details->isVisible())
                return nullptr;
            details->click();
            return dialog;
        }
        if (form == QLatin1String("webhook dialog: group")) {
            QWidget *dialog = openWindow([this] { action("newGroupWebhookAction")->trigger(); });
            // The group list shown and filled.
            if (!dialog
                || !QTest::qWaitFor(
                    [dialog] {
                        auto *groups = dialog->findChild<QAbstractItemView *>(
                            QStringLiteral("groupTreeView"));
                        return groups && groups->isVisible() && groups->model()
                            && groups->model()->rowCount() > 0;
                    },
                    kTimeoutMs))
                return nullptr;
            return dialog;
        }
        if (form == QLatin1String("webhook dialog: edit")) {
            if (!selectWebhook(active))
                return nullptr;
            return openWindow([this] { action("editWebhookAction")->trigger(); });
        }
        if (form == QLatin1String("send test dialog")) {
            if (!selectWebhook(active))
                return nullptr;
            return openWindow([this] { action("sendTestAction")->trigger(); });
        }
        if (form == QLatin1String("accounts dialog"))
            return openWindow([this] { action("accountsAction")->trigger(); });
        if (form == QLatin1String("verify payload dialog"))
            return openWindow([this] { action("verifyPayloadAction")->trigger(); });
        if (form == QLatin1String("about box"))
            return openWindow([this] { action("aboutAction")->trigger(); });
        if (form == QLatin1String("delete confirmation")) {
            if (!selectWebhook(active))
                return nullptr;
            return openWindow([this] { action("deleteWebhookAction")->trigger(); });
        }
        if (form.startsWith(QLatin1String("menu: "))) {
            // A dialog behind a menu entry the rows above do not name (Preferences, Export…).
            const QString name = form.mid(6);
            QAction *entry = m_window->findChild<QAction *>(name);
            if (!entry || !selectWebhook(active))
                return nullptr;
            return openWindow([entry] { entry->trigger(); });
        }
        return nullptr;
    }

    void addFormRows()
    {
        QTest::addColumn<QString>("form");
        for (const char *form : {"main window", "main window: error banner",
                 "webhook dialog: account", "webhook dialog: group", "webhook dialog: edit",
                 "webhook dialog: save failed", "send test dialog", "accounts dialog",
                 "verify payload dialog", "about box", "delete confirmation"})
            QTest::newRow(form) << QString::fromLatin1(form);
        // Every other menu entry that opens a window ("…"), so a dialog added later (Preferences,
        // Export) is walked too without a change here.
        const QSet<QString> covered
            = {QStringLiteral("newAccountWebhookAction"), QStringLiteral("newGroupWebhookAction"),
                QStringLiteral("editWebhookAction"), QStringLiteral("sendTestAction"),
                QStringLiteral("accountsAction"), QStringLiteral("verifyPayloadAction"),
                QStringLiteral("deleteWebhookAction"), QStringLiteral("findAction")};
        MainWindow menus; // data functions run outside init(): a window of their own, no account
        QHash<const QAction *, const QMenu *> inMenus;
        for (QAction *top : menus.menuBar()->actions()) {
            if (top->menu())
                collectMenuActions(top->menu(), &inMenus);
        }
        QStringList others;
        for (auto it = inMenus.cbegin(); it != inMenus.cend(); ++it) {
            const QAction *entry = it.key();
            if (entry->menu() || entry->isSeparator() || !entry->text().endsWith(QChar(0x2026))
                || covered.contains(entry->objectName()))
                continue;
            QVERIFY2(!entry->objectName().isEmpty(),
                qPrintable(
                    QStringLiteral("the menu entry \"%1\" has no objectName").arg(entry->text())));
            others << entry->objectName();
        }
        others.sort();
        for (const QString &name : std::as_const(others))
            QTest::newRow(qPrintable(QStringLiteral("menu: ") + name))
                << QStringLiteral("menu: ") + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_lightPalette = QApplication::palette();
        QVERIFY(m_lightPalette.color(QPalette::Window).lightness() > 128);
        // One saved account, so the Accounts dialog shows its form filled.
        AccountProfile profile;
        profile.id = ProfileList::newId();
        profile.name = QStringLiteral("Production");
        profile.baseUrl = QUrl(QStringLiteral("https://api.fivetran.com/v1"));
        ProfileList::save({profile});
        ProfileList::setLastUsedId(QString());
    }

    void init()
    {
        QString error;
        auto session = AccountSession::createSandbox(&error);
        QVERIFY2(session, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setCredentialStore(&m_keychain);
        m_window->setSession(std::move(session));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->model()->isComplete() && !m_window->model()->isLoading(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->groupsComplete(), kTimeoutMs);
        QVERIFY(!webhookWith(true).isEmpty());
    }

    void cleanup()
    {
        // Close whatever a test opened, then the window.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget != m_window.get() && widget->isVisible()) {
                if (auto *dialog = qobject_cast<QDialog *>(widget))
                    dialog->reject();
                else
                    widget->close();
            }
        }
        m_window.reset();
        QApplication::setPalette(m_lightPalette);
    }

    void everyControlHasAName_data() { addFormRows(); }

    void everyControlHasAName()
    {
        QFETCH(QString, form);
        QWidget *root = openForm(form);
        QVERIFY2(root, qPrintable(form + QStringLiteral(" did not open")));
        QVERIFY2(
            !controlsOf(root).isEmpty(), qPrintable(form + QStringLiteral(": no controls found")));
        const QStringList problems = nameProblems(root);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void tabOrderFollowsLayout_data() { addFormRows(); }

    void tabOrderFollowsLayout()
    {
        QFETCH(QString, form);
        QWidget *root = openForm(form);
        QVERIFY2(root, qPrintable(form + QStringLiteral(" did not open")));
        QVERIFY2(
            !tabChain(root).isEmpty(), qPrintable(form + QStringLiteral(": nothing takes focus")));
        const QStringList problems = tabOrderProblems(root);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Controls whose purpose their name alone does not make plain carry a description (an
    // accessible description, or a tool tip, which Qt reports as one).
    void purposeIsDescribed_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("control");
        const char *rows[][2] = {
            {"main window", "accountComboBox"},
            {"main window", "filterLineEdit"},
            {"main window", "scopeFilterComboBox"},
            {"main window", "groupFilterComboBox"},
            {"main window", "eventFilterComboBox"},
            {"main window", "activeFilterComboBox"},
            {"main window", "webhookTableView"},
            {"main window", "bannerRetryButton"},
            {"main window", "bannerDetailsButton"},
            {"main window", "portSpinBox"},
            {"webhook dialog: account", "urlLineEdit"},
            {"webhook dialog: account", "secretLineEdit"},
            {"webhook dialog: edit", "secretLineEdit"},
            {"accounts dialog", "apiKeyLineEdit"},
            {"accounts dialog", "apiSecretLineEdit"},
            {"accounts dialog", "baseUrlLineEdit"},
            {"verify payload dialog", "bodyPlainTextEdit"},
            {"verify payload dialog", "signatureLineEdit"},
            {"verify payload dialog", "secretLineEdit"},
            {"send test dialog", "eventComboBox"},
        };
        for (const auto &row : rows)
            QTest::addRow("%s: %s", row[0], row[1])
                << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
    }

    void purposeIsDescribed()
    {
        QFETCH(QString, form);
        QFETCH(QString, control);
        QWidget *root = openForm(form);
        QVERIFY2(root, qPrintable(form + QStringLiteral(" did not open")));
        QWidget *widget = root->findChild<QWidget *>(control);
        QVERIFY2(widget, qPrintable(control));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Description).trimmed().isEmpty(),
            qPrintable(describe(widget)));
        QVERIFY2(iface->text(QAccessible::Description) != iface->text(QAccessible::Name),
            qPrintable(describe(widget)));
    }

    // Every action of the main window is in a menu of the menu bar or has a shortcut, and a menu
    // entry with a shortcut shows it.
    void everyActionIsReachableFromTheKeyboard()
    {
        int withShortcut = 0;
        const QStringList problems = actionProblems(m_window.get(), &withShortcut);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
        QVERIFY(withShortcut >= 15); // the check saw the menu entries the README lists

        // And the shortcuts work from the keyboard: Ctrl+F puts the cursor in the filter.
        QApplication::setActiveWindow(m_window.get());
        m_window->tableView()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
            m_window->findChild<QWidget *>(QStringLiteral("filterLineEdit")));
    }

    // The Menu key (or Shift+F10) on the table opens the row's context menu, as Qt delivers it:
    // a keyboard context menu event at the current cell.
    void rowMenuOpensFromTheKeyboard()
    {
        QVERIFY(selectWebhook(webhookWith(true)));
        QTableView *table = m_window->tableView();
        table->setFocus();
        const QPoint at = table->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        QVERIFY(table->indexAt(at).isValid());
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, table->mapToGlobal(at));
        QApplication::sendEvent(table, &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())), kTimeoutMs);
        QVERIFY(menu->actions().contains(action("editWebhookAction")));
        menu->close();
    }

    // Labels, error texts included, read on a light and on a dark palette: no colour is fixed
    // whatever the theme.
    void textReadsOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("form");
        for (bool dark : {false, true}) {
            for (const char *form :
                {"main window", "main window: error banner", "webhook dialog: account",
                    "webhook dialog: save failed", "send test dialog", "accounts dialog"})
                QTest::addRow("%s, %s", dark ? "dark" : "light", form)
                    << dark << QString::fromLatin1(form);
        }
    }

    void textReadsOnLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        QFETCH(QString, form);
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        QWidget *root = openForm(form);
        QVERIFY2(root, qPrintable(form + QStringLiteral(" did not open")));
        if (form == QLatin1String("webhook dialog: account")) {
            // The error texts showing: a bad URL, and no event chosen.
            auto *url = root->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
            url->setText(QStringLiteral("ftp://hooks.example.com/fivetran"));
            auto *urlError = root->findChild<QLabel *>(QStringLiteral("urlErrorLabel"));
            QTRY_VERIFY(urlError->isVisible());
            const QColor shown = urlError->palette().color(QPalette::Active, QPalette::WindowText);
            QVERIFY2(shown != root->palette().color(QPalette::Active, QPalette::WindowText),
                "the URL error is not set apart from ordinary text");
        }
        const double ordinary
            = contrast(root->palette().color(QPalette::Active, QPalette::WindowText),
                root->palette().color(QPalette::Active, QPalette::Window));
        QVERIFY2(ordinary >= 4.5, "the palette itself is unreadable: the test's palette is wrong");
        const QStringList problems = contrastProblems(root);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // The checks above find what they are meant to find: a form with each mistake fails them.
    void theChecksCatchMistakes()
    {
        QDialog form;
        auto *layout = new QFormLayout(&form);
        auto *named = new QLineEdit(&form);
        named->setObjectName(QStringLiteral("labelledEdit"));
        layout->addRow(QStringLiteral("&Name:"), named); // a buddy label: named
        auto *unnamed = new QLineEdit(&form);
        unnamed->setObjectName(QStringLiteral("unnamed"));
        layout->addRow(unnamed);
        auto *combo = new QComboBox(&form);
        combo->setObjectName(QStringLiteral("labelLessCombo"));
        combo->addItem(QStringLiteral("First item"));
        layout->addRow(combo);
        // Qt names an item view only by its own accessible name, never by a label's buddy.
        auto *list = new QListWidget(&form);
        list->setObjectName(QStringLiteral("buddyNamedList"));
        list->setMaximumHeight(60);
        layout->addRow(QStringLiteral("&Items:"), list);
        auto *row = new QHBoxLayout;
        auto *leftButton = new QPushButton(QStringLiteral("Left"), &form);
        leftButton->setObjectName(QStringLiteral("leftButton"));
        auto *rightButton = new QPushButton(QStringLiteral("Right"), &form);
        rightButton->setObjectName(QStringLiteral("rightButton"));
        auto *iconOnly = new QToolButton(&form);
        iconOnly->setObjectName(QStringLiteral("iconOnlyButton"));
        iconOnly->setIcon(form.style()->standardIcon(QStyle::SP_BrowserReload));
        row->addWidget(leftButton);
        row->addWidget(rightButton);
        row->addWidget(iconOnly);
        layout->addRow(row);
        auto *warning = new QLabel(QStringLiteral("Grey on grey"), &form);
        QPalette grey = warning->palette();
        grey.setColor(QPalette::WindowText, grey.color(QPalette::Window).darker(115));
        warning->setPalette(grey);
        layout->addRow(warning);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        const QString names = nameProblems(&form).join(QLatin1Char('\n'));
        QVERIFY2(names.contains(QLatin1String("unnamed (QLineEdit)")), qPrintable(names));
        QVERIFY2(names.contains(QLatin1String("labelLessCombo (QComboBox)")), qPrintable(names));
        QVERIFY2(names.contains(QLatin1String("iconOnlyButton (QToolButton)")), qPrintable(names));
        QVERIFY2(names.contains(QLatin1String("buddyNamedList (QListWidget)")), qPrintable(names));
        QVERIFY2(!names.contains(QLatin1String("labelledEdit")), qPrintable(names));
        QVERIFY2(!names.contains(QLatin1String("Button (QPushButton)")), qPrintable(names));

        QVERIFY2(tabOrderProblems(&form).isEmpty(),
            qPrintable(tabOrderProblems(&form).join(QLatin1Char('\n'))));
        QWidget::setTabOrder(combo, unnamed); // up a row
        QString order = tabOrderProblems(&form).join(QLatin1Char('\n'));
        QVERIFY2(order.contains(QLatin1String(
                     "labelLessCombo (QComboBox) in <unnamed> (QDialog)\n  comes before unnamed")),
            qPrintable(order));
        QWidget::setTabOrder(unnamed, combo);
        QWidget::setTabOrder(rightButton, leftButton); // right to left in a row
        order = tabOrderProblems(&form).join(QLatin1Char('\n'));
        QVERIFY2(
            order.contains(QLatin1String(
                "rightButton (QPushButton) in <unnamed> (QDialog)\n  comes before leftButton")),
            qPrintable(order));
        QVERIFY2(!order.contains(QLatin1String(
                     "labelLessCombo (QComboBox) in <unnamed> (QDialog)\n  comes before unnamed")),
            qPrintable(order));

        auto *faint = new QListWidgetItem(QStringLiteral("Faint item"), list);
        faint->setForeground(list->palette().color(QPalette::Base).darker(110));
        const QString colours = contrastProblems(&form).join(QLatin1Char('\n'));
        QVERIFY2(colours.contains(QLatin1String("\"Faint item\"")), qPrintable(colours));
        QVERIFY2(colours.contains(QLatin1String("Grey on grey")), qPrintable(colours));
        QVERIFY2(!colours.contains(QLatin1String("Name:")), qPrintable(colours));

        QMainWindow window;
        auto *orphan = new QAction(QStringLiteral("Orphan"), &window);
        orphan->setObjectName(QStringLiteral("orphanAction"));
        window.addAction(orphan);
        auto *keyed = new QAction(QStringLiteral("Keyed"), &window);
        keyed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K)); // no menu, but a shortcut: fine
        QMenu *menu = window.menuBar()->addMenu(QStringLiteral("&Menu"));
        QAction *wrongShortcut = menu->addAction(QStringLiteral("Says Ctrl+J\tCtrl+J"));
        wrongShortcut->setObjectName(QStringLiteral("wrongShortcutAction"));
        wrongShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
        QAction *right = menu->addAction(QStringLiteral("Right"));
        right->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        int withShortcut = 0;
        const QString actions = actionProblems(&window, &withShortcut).join(QLatin1Char('\n'));
        QCOMPARE(withShortcut, 2);
        QVERIFY2(actions.contains(QLatin1String("orphanAction")), qPrintable(actions));
        QVERIFY2(actions.contains(QLatin1String("wrongShortcutAction")), qPrintable(actions));
        QCOMPARE(actions.count(QLatin1Char('\n')), 1); // those two, nothing else
    }

    // The table says "Active"/"Inactive" in words, to a screen reader and on screen, not only by
    // a colour or an icon.
    // The error banner is an alert (an AT-SPI alert on Linux): screen readers speak an alert
    // when it appears, as they do GTK's info bars, under its accessible name, which is the
    // error's text and follows a second error. (Qt sends the "shown" event itself, and only
    // while a screen reader is connected, so that part is not observable here.)
    void errorsAreAlertsNamedByTheirText()
    {
        auto *banner = m_window->findChild<QWidget *>(QStringLiteral("banner"));
        QVERIFY(banner && banner->isHidden());
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        m_window->session()->sandbox()->setFaults(faults);
        action("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->bannerText().isEmpty(), kTimeoutMs);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QCOMPARE(iface->text(QAccessible::Name), m_window->bannerText());

        // Another error while the banner shows: the alert now says that one.
        const QString first = m_window->bannerText();
        faults = {};
        faults.dropRate = 1.0;
        m_window->session()->sandbox()->setFaults(faults);
        m_window->findChild<QPushButton *>(QStringLiteral("bannerRetryButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->bannerText().isEmpty() && m_window->bannerText() != first, kTimeoutMs);
        QCOMPARE(iface->text(QAccessible::Name), m_window->bannerText());
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
    }

    void activeColumnAnnouncesTheStateInText()
    {
        const QString inactive = webhookWith(false);
        QVERIFY2(!inactive.isEmpty(), "the sandbox's demo data has no inactive webhook");
        QTableView *table = m_window->tableView();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface && iface->tableInterface());
        QSet<QString> announced;
        for (const QString &id : {webhookWith(true), inactive}) {
            const int sourceRow = m_window->model()->rowOf(id);
            const QModelIndex index = m_window->proxy()->mapFromSource(
                m_window->model()->index(sourceRow, WebhookTableModel::Active));
            QVERIFY(index.isValid());
            QVERIFY2(!index.data(Qt::DisplayRole).toString().isEmpty()
                    || !index.data(Qt::AccessibleTextRole).toString().isEmpty(),
                qPrintable(id));
            QAccessibleInterface *cell
                = iface->tableInterface()->cellAt(index.row(), index.column());
            QVERIFY(cell);
            const QString name = cell->text(QAccessible::Name);
            QVERIFY2(!name.isEmpty(), qPrintable(id));
            announced << name;
        }
        QCOMPARE(announced.size(), 2); // two states, two different words
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
