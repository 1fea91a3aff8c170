#pragma once

#include "AccountProfile.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class AccountsDialog;
}

namespace fw {

class CredentialStore;
class FivetranClient;

// Adds, edits, removes and checks Fivetran account profiles (ui/AccountsDialog.ui). The name and
// API address go to QSettings (ProfileList); the API key and secret only to the keychain. When
// no keychain is available it says so and offers to keep them in `sessionStore` for this
// session only — never in a file.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(CredentialStore *keychain, CredentialStore *sessionStore, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Shows this profile; with `askForSecret`, explains that Fivetran rejected the key (a
    // regenerated secret) and puts the cursor in the secret field.
    void selectProfile(const QString &profileId, bool askForSecret = false);
    QString statusText() const; // test hook

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void profileSaved(const QString &profileId);
    void profileRemoved(const QString &profileId);

private:
    void reloadList(const QString &selectId);
    void showProfile(int row);
    void addProfile();
    void removeProfile();
    void saveProfile();
    void saveProfileAnyway(); // without asking about a key Check connection saw rejected
    void checkConnection();
    void writeCredentials(CredentialStore *store, const AccountProfile &profile, const Credentials &credentials);
    std::optional<QString> formProblem() const; // why the form cannot be saved or checked
    void setStatus(const QString &text, bool problem = false);
    AccountProfile formProfile() const;
    Credentials formCredentials() const;

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    CredentialStore *m_keychain;
    CredentialStore *m_sessionStore;
    QList<AccountProfile> m_profiles;
    QString m_currentId; // empty while adding a new profile
    bool m_askForSecret = false;
    int m_reads = 0; // the newest read of stored credentials; older answers are ignored
    QPointer<FivetranClient> m_checkClient;
    // What Check connection sent when Fivetran rejected it: saving exactly that asks first.
    std::optional<std::pair<QUrl, Credentials>> m_rejected;
};

} // namespace fw
