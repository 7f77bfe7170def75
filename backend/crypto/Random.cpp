#include "Random.h"

#include <openssl/rand.h>

#include <QtGlobal>

namespace mid::Random {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
    return out;
}

} // namespace mid::Random
