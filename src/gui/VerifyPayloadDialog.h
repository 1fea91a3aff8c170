#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class VerifyPayloadDialog;
}

namespace fw {

// Checks a pasted body, signature and secret (ui/VerifyPayloadDialog.ui) and gives the same
// verdicts, with the same explanations, as the receiver. The verdict follows every keystroke.
class VerifyPayloadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyPayloadDialog(QWidget *parent = nullptr);
    ~VerifyPayloadDialog() override;

    QString verdictText() const; // test hook

public Q_SLOTS:
    void done(int result) override;

private:
    void check();

    std::unique_ptr<Ui::VerifyPayloadDialog> m_ui;
};

} // namespace fw
