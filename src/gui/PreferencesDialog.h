#pragma once

#include "Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace fw {

// Edits the Preferences (ui/PreferencesDialog.ui): page size, receiver port, language and whether
// new webhook secrets are remembered by default. Accepting saves them and emits applied().
// A new language takes effect at the next start: the dialog says so and offers to restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const; // as the form shows them now
    void setPreferences(const Preferences &preferences);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Saved; `restartForLanguage` when the user chose to restart now for a new language.
    void applied(const fw::Preferences &preferences, bool restartForLanguage);

private:
    void restoreDefaults();
    void updateLanguageNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_runningLanguage; // the language this process shows
};

} // namespace fw
