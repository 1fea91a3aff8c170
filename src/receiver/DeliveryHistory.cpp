#include "DeliveryHistory.h"

#include <QJsonDocument>

namespace fw {

DeliveryHistory::DeliveryHistory(int capacity)
    : m_capacity(qMax(1, capacity))
{
}

void DeliveryHistory::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    makeRoom(0);
}

void DeliveryHistory::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(0, bytes);
    makeRoom(0);
}

qint64 DeliveryHistory::byteCost(const Delivery &delivery)
{
    // The parts that grow with what a sender chooses; the fixed part stands for the rest.
    qint64 cost
        = 512 + delivery.body.size() + 2 * delivery.path.size() + 2 * delivery.rejectReason.size();
    for (const auto &[name, value] : delivery.headers)
        cost += name.size() + value.size() + 32;
    return cost;
}

// Drops the oldest until `incomingBytes` more fit (0: until the bounds hold again).
void DeliveryHistory::makeRoom(qint64 incomingBytes)
{
    const int room = incomingBytes > 0 ? 1 : 0;
    while (!m_items.empty() && (size() + room > m_capacity || m_bytes + incomingBytes > m_maxBytes))
        dropOldest();
}

const Delivery &DeliveryHistory::append(Delivery delivery)
{
    const qint64 cost = byteCost(delivery);
    makeRoom(cost);
    m_bytes += cost;
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
    m_bytes -= byteCost(m_items.front());
    m_items.pop_front();
    ++m_dropped;
}

void DeliveryHistory::clear()
{
    m_items.clear();
    m_keys.clear();
    m_bytes = 0;
}

bool DeliveryHistory::consistencyCheck() const
{
    QHash<QString, int> rebuilt;
    qint64 bytes = 0;
    for (const Delivery &delivery : m_items) {
        const QString key = delivery.dedupeKey();
        if (!key.isEmpty())
            ++rebuilt[key];
        bytes += byteCost(delivery);
    }
    return rebuilt == m_keys && size() <= m_capacity && bytes == m_bytes
        && (bytes <= m_maxBytes || size() == 1);
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
