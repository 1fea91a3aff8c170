#pragma once

#include "Delivery.h"

#include <QHash>
#include <deque>

namespace fw {

// The last deliveries, oldest first, at most `capacity` of them and `maxBytes` of their bodies,
// headers and paths together (1,000 deliveries of 1 MiB would otherwise hold 1 GiB). Appending is
// O(1) (amortised): the oldest drop out to make room, and the duplicate index (dedupe key ->
// deliveries holding it) follows them. The newest delivery is always kept.
class DeliveryHistory
{
public:
    static constexpr int kDefaultCapacity = 1000;
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;

    explicit DeliveryHistory(int capacity = kDefaultCapacity);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; drops the oldest beyond it
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 bytes); // drops the oldest beyond it
    qint64 bytes() const { return m_bytes; } // what the deliveries held weigh, by byteCost()
    static qint64 byteCost(const Delivery &delivery);
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
    void makeRoom(qint64 incomingBytes);

    std::deque<Delivery> m_items;
    QHash<QString, int> m_keys;
    int m_capacity;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_bytes = 0;
    quint64 m_nextSequence = 1;
    quint64 m_dropped = 0;
};

} // namespace fw
