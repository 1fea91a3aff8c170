#include "VerifyPayloadDialog.h"

#include "ui_VerifyPayloadDialog.h"

#include "SignatureCheck.h"

#include <QPushButton>

namespace fw {

VerifyPayloadDialog::VerifyPayloadDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyPayloadDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this, &VerifyPayloadDialog::check);
    connect(m_ui->signatureLineEdit, &QLineEdit::textChanged, this, &VerifyPayloadDialog::check);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &VerifyPayloadDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

VerifyPayloadDialog::~VerifyPayloadDialog() = default;

void VerifyPayloadDialog::check()
{
    const QString secret = m_ui->secretLineEdit->text();
    QList<KnownSecret> secrets;
    if (!secret.isEmpty())
        secrets.append({tr("the secret you entered"), secret.toUtf8()});
    // A text box cannot hold the exact bytes of every body (line endings, a final newline):
    // SignatureCheck's trailing-newline hint says when that is the only difference.
    const SignatureCheck result = SignatureCheck::check(m_ui->bodyPlainTextEdit->toPlainText().toUtf8(),
                                                        m_ui->signatureLineEdit->text().toLatin1(), secrets);
    m_ui->verdictLabel->setText(result.explanation());
}

QString VerifyPayloadDialog::verdictText() const
{
    return m_ui->verdictLabel->text();
}

void VerifyPayloadDialog::done(int result)
{
    m_ui->secretLineEdit->setText(QString()); // the secret leaves the widget with the dialog
    QDialog::done(result);
}

} // namespace fw
