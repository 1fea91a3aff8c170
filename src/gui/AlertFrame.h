#pragma once

#include <QFrame>

namespace fw {

// A frame that assistive technologies know as an alert (QAccessible::AlertMessage, an AT-SPI
// alert), so that a screen reader speaks it when it appears, as it does GTK's info bars. Its
// accessible name is the message to speak.
class AlertFrame : public QFrame
{
    Q_OBJECT

public:
    explicit AlertFrame(QWidget *parent = nullptr);

    // Shows the frame with `message` as its accessible name. Already shown with another
    // message, it is announced again: a new alert replaces the old one in place.
    void alert(const QString &message);
};

} // namespace fw
