#pragma once

#include <QJsonObject>
#include <QString>

namespace fw {

// The outcome of POST /webhooks/{id}/test. Fivetran answers 200 even when delivery failed:
// `succeed` is the verdict, `status` what the endpoint answered (0 when it never answered).
class TestResult
{
public:
    bool succeed = false;
    int status = 0;
    QString message;
    QJsonObject extraFields;

    static TestResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const TestResult &a, const TestResult &b);
};

} // namespace fw
