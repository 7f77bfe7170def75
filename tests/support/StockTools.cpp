#include "StockTools.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mid::test {

std::optional<QByteArray> runTool(const QString &program, const QStringList &args, QString *error,
                                  const QByteArray &input)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = program + QStringLiteral(" not found: run scripts/install-deps.sh");
        return std::nullopt;
    }
    QProcess p;
    p.start(path, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

QString decodeQr(const QByteArray &image, bool svg, QString *error)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QFile file(svg ? dir.filePath(QStringLiteral("qr.svg")) : png);
    if (!file.open(QIODevice::WriteOnly) || file.write(image) != image.size()) {
        *error = QStringLiteral("cannot write ") + file.fileName();
        return {};
    }
    file.close();
    if (svg && !runTool(QStringLiteral("rsvg-convert"),
                        {QStringLiteral("-o"), png, file.fileName()}, error))
        return {};
    QByteArray out = runTool(QStringLiteral("zbarimg"),
                             {QStringLiteral("--raw"), QStringLiteral("-q"), png}, error)
                         .value_or(QByteArray());
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

} // namespace mid::test
