#include "DeliveryHistory.h"

#include <QJsonDocument>

namespace fw {

DeliveryHistory::DeliveryHistory(int capacity) : m_capacity(qMax(1, capacity)) { }

void DeliveryHistory::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (size() > m_capacity)
        dropOldest();
}

const Delivery &DeliveryHistory::append(Delivery delivery)
{
    while (size() >= m_capacity)
        dropOldest();
    delivery.sequence = m_nextSequence++;
    const QString key = delivery.dedupeKey();
    delivery.duplicate = false;
    if (!key.isEmpty()) {
        int &count = m_keys[key];
        delivery.duplicate = count > 0;
        ++count;
    }
    m_items.push_back(std::move(delivery));
    return m_items.back();
}

void DeliveryHistory::dropOldest()
{
    if (m_items.empty())
        return;
    const QString key = m_items.front().dedupeKey();
    if (!key.isEmpty()) {
        const auto it = m_keys.find(key);
        if (it != m_keys.end() && --it.value() <= 0)
            m_keys.erase(it);
    }
    m_items.pop_front();
    ++m_dropped;
}

void DeliveryHistory::clear()
{
    m_items.clear();
    m_keys.clear();
}

bool DeliveryHistory::consistencyCheck() const
{
    QHash<QString, int> rebuilt;
    for (const Delivery &delivery : m_items) {
        const QString key = delivery.dedupeKey();
        if (!key.isEmpty())
            ++rebuilt[key];
    }
    return rebuilt == m_keys && size() <= m_capacity;
}

QByteArray DeliveryHistory::toJsonLines() const
{
    QByteArray lines;
    for (const Delivery &delivery : m_items) {
        lines += QJsonDocument(delivery.toJson()).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

} // namespace fw
