#include "Random.h"

#include <openssl/rand.h>

#include <QtGlobal>

#include <array>
#include <cstring>

namespace mid::Random {

namespace {
void fill(unsigned char *out, int count)
{
    if (RAND_bytes(out, count) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
}

// Small draws (ids, IVs: several per request) come from a per-thread pool refilled from
// RAND_bytes 4 KiB at a time: one call into OpenSSL per hundred ids instead of one each.
struct Pool
{
    std::array<unsigned char, 4096> bytes;
    size_t used = sizeof bytes;

    void take(unsigned char *out, size_t count)
    {
        if (used + count > bytes.size()) {
            fill(bytes.data(), int(bytes.size()));
            used = 0;
        }
        std::memcpy(out, bytes.data() + used, count);
        // Bytes handed out are wiped from the pool.
        std::memset(bytes.data() + used, 0, count);
        used += count;
    }
};
thread_local Pool t_pool;
constexpr int kPooledMax = 256;
} // namespace

QByteArray bytes(int count)
{
    QByteArray out(qMax(count, 0), Qt::Uninitialized);
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    if (count > kPooledMax)
        fill(data, count);
    else if (count > 0)
        t_pool.take(data, size_t(count));
    return out;
}

} // namespace mid::Random
