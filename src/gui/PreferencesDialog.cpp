#include "PreferencesDialog.h"

#include "Translations.h"
#include "ui_PreferencesDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace fw {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_runningLanguage(Translations::current())
{
    m_ui->setupUi(this);
    m_ui->pageSizeSpinBox->setMaximum(Preferences::kMaxPageSize);
    // The suffix follows the count: "1 webhook per request", "100 webhooks per request".
    auto updateSuffix = [this](int value) {
        m_ui->pageSizeSpinBox->setSuffix(tr(" webhook(s) per request", nullptr, value));
    };
    connect(m_ui->pageSizeSpinBox, &QSpinBox::valueChanged, this, updateSuffix);
    updateSuffix(m_ui->pageSizeSpinBox->value());

    m_ui->languageComboBox->addItem(
            tr("System default (%1)").arg(Translations::nativeName(Translations::systemLanguage())), QString());
    for (const QString &language : Translations::available())
        m_ui->languageComboBox->addItem(Translations::nativeName(language), language);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    setPreferences(Preferences::load());
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.pageSize = m_ui->pageSizeSpinBox->value();
    preferences.receiverPort = m_ui->receiverPortSpinBox->value();
    preferences.language = m_ui->languageComboBox->currentData().toString();
    preferences.rememberWebhookSecrets = m_ui->rememberSecretsCheckBox->isChecked();
    return preferences;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_ui->pageSizeSpinBox->setValue(preferences.pageSize);
    m_ui->receiverPortSpinBox->setValue(preferences.receiverPort);
    const int languageIndex = m_ui->languageComboBox->findData(preferences.language);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, languageIndex));
    m_ui->rememberSecretsCheckBox->setChecked(preferences.rememberWebhookSecrets);
    updateLanguageNote();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences());
}

void PreferencesDialog::updateLanguageNote()
{
    QString chosen = m_ui->languageComboBox->currentData().toString();
    if (chosen.isEmpty())
        chosen = Translations::systemLanguage();
    m_ui->languageNoteLabel->setText(chosen == m_runningLanguage
                                             ? QString()
                                             : tr("The new language is shown from the next start."));
    m_ui->languageNoteLabel->setVisible(chosen != m_runningLanguage);
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    chosen.save();
    const QString language = chosen.language.isEmpty() ? Translations::systemLanguage() : chosen.language;
    if (language == m_runningLanguage) {
        Q_EMIT applied(chosen, false);
        return QDialog::accept();
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restart Fivetran Webhooks?"),
                                tr("Fivetran Webhooks shows %1 from its next start. Restart now?")
                                        .arg(Translations::nativeName(language)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restartQuestion"));
    box->addButton(tr("&Restart Now"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("restartNowButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("restartLaterButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, chosen] {
        const bool restart = box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
        Q_EMIT applied(chosen, restart);
        QDialog::accept();
    });
    box->open();
}

} // namespace fw
