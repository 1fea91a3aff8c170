#include "AlertFrame.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace fw {

namespace {

class AlertFrameAccessible final : public QAccessibleWidget
{
public:
    explicit AlertFrameAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::AlertMessage)
    {
    }
};

QAccessibleInterface *alertFrameFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(AlertFrame::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new AlertFrameAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

AlertFrame::AlertFrame(QWidget *parent) : QFrame(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFrameFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setFrameShape(QFrame::StyledPanel);
}

void AlertFrame::alert(const QString &message)
{
    const bool announceAgain = !isHidden() && accessibleName() != message;
    setAccessibleName(message);
    show(); // Qt tells assistive technologies an object was shown: an alert is spoken
    if (announceAgain) {
        QAccessibleEvent event(this, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace fw
