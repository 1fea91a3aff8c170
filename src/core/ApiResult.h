#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace fw {

// Either the value an API call produced or the error that stopped it.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

// One page of a cursor-paged list. An empty nextCursor means this was the last page.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextCursor;
    bool hasMore() const { return !nextCursor.isEmpty(); }
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace fw
