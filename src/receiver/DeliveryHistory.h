#pragma once

#include "Delivery.h"

#include <QHash>

#include <deque>

namespace fw {

// The last `capacity` deliveries, oldest first. Appending is O(1) (amortised): the oldest drops
// out when full, and the duplicate index (dedupe key -> deliveries holding it) follows it.
class DeliveryHistory
{
public:
    static constexpr int kDefaultCapacity = 1000;

    explicit DeliveryHistory(int capacity = kDefaultCapacity);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; drops the oldest beyond it
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const Delivery &at(int index) const { return m_items.at(size_t(index)); } // 0: oldest
    const Delivery &last() const { return m_items.back(); }

    // Numbers `delivery`, marks it a duplicate when an earlier one still held has its key, and
    // appends it, dropping the oldest when full. Returns the stored delivery.
    const Delivery &append(Delivery delivery);
    void clear(); // sequence numbers continue

    quint64 totalAppended() const { return m_nextSequence - 1; }
    quint64 dropped() const { return m_dropped; } // pushed out by the bound, not by clear()

    // Distinct dedupe keys held; for tests, consistencyCheck() rebuilds the index and compares.
    int dedupeKeyCount() const { return int(m_keys.size()); }
    bool consistencyCheck() const;

    // One JSON object per line, oldest first (see Delivery::toJson()): never a secret.
    QByteArray toJsonLines() const;

private:
    void dropOldest();

    std::deque<Delivery> m_items;
    QHash<QString, int> m_keys;
    int m_capacity;
    quint64 m_nextSequence = 1;
    quint64 m_dropped = 0;
};

} // namespace fw
