#pragma once

// What every fuzz target shares: the Qt application object, quiet logging, the fixed test keys
// (fuzz/keys, compiled in as :/fuzz/keys/…), and the input helpers. Nothing here works around
// a finding: a target that crashes has found a bug in the code it calls.

#include "Fixed.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace mid::fuzz {

// Creates the QCoreApplication once (event loops, sockets and timers need it) and drops Qt's
// log output unless MID_FUZZ_LOG=1 (a server logs every refused request; printing that would
// be most of the time spent). Call it first in LLVMFuzzerInitialize or on the first input.
void initApplication();

// MID_FUZZ_LOG=1: Qt's log output is kept, and the targets say what the code made of each input
// (run a target on one file to see why it is refused).
bool verbose();
void say(const QString &text);

// The input as production code receives it: a QByteArray that owns a copy (so its bytes end in
// the '\0' every QByteArray has, as they do after a socket read or a JSON decode).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at every `separator` (a marker the corpora and the dictionaries use).
QList<QByteArray> split(const QByteArray &input, const QByteArray &separator);

// A file of fuzz/keys, as committed: PEM keys and certificates, text files.
QByteArray keyFile(const QString &name);
// The DER of the first certificate in a PEM file of fuzz/keys.
QByteArray certificateDer(const QString &name);
// The PKCS#8 DER of a PEM private key of fuzz/keys; SubjectPublicKeyInfo DER of its public key.
QByteArray privateKeyDer(const QString &name);
QByteArray publicKeyDer(const QString &name);

// Spins the event loop (deferred deletes included) until `done` holds or `timeoutMs` pass;
// false on the timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// Bytes the kernel holds for a socket that it has not read yet (FIONREAD).
qint64 unreadBytes(qintptr descriptor);
// The descriptor, in this process, of the server's end of a loopback connection whose client
// end is `client` (for a server whose sockets a target cannot reach otherwise); -1 when none.
qintptr serverEndOf(const QTcpSocket &client);
// Runs the event loop until it has nothing left to do (posted events, socket notifications:
// what a request's answer needs once its bytes are read) and `busy` (work on other threads
// whose result comes back through the loop) no longer holds, at most `timeoutMs`.
void settle(int timeoutMs, const std::function<bool()> &busy = {});

// One client connection to 127.0.0.1:port, driven from the fuzz thread while the server under
// test runs on the same event loop: each piece is written, then `consumed` (when given) is
// waited for before the next, so the server reads the pieces apart; with `settle`, the event
// loop then runs until idle (answers held for a commit or computed on a worker go out); then
// the client shuts its sending side (the server reads end-of-stream) and reads until the
// server closes.
struct ExchangeOptions
{
    std::function<bool(const QTcpSocket &client)> consumed;
    bool settle = false;
    std::function<bool()> busy; // see settle()
    int timeoutMs = 10000;
};
struct Exchange
{
    QByteArray received; // everything the server sent
    bool connected = false;
    bool closedByServer = false; // false: timed out waiting for the server to close
};
Exchange exchange(quint16 port, const QList<QByteArray> &pieces,
                  const ExchangeOptions &options = {});

// The status code and body of the first HTTP answer in `received` (Content-Length framed);
// status 0 when there is none.
struct Answer
{
    int status = 0;
    QByteArray body;
};
Answer firstAnswer(const QByteArray &received);

} // namespace mid::fuzz
