#include "settings.h"

#include <QSettings>
#include <QStringList>

namespace mcfund {

namespace {
struct KeyInfo
{
    const char* name;
    QVariant fallback;
};
const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {"user/name", QString()},        {"ui/language", QString()},
        {"files/recent", QStringList()}, {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},  {"window/page", QStringLiteral("dashboard")},
        {"files/last", QString()},
    };
    return table[key];
}
} // namespace

QVariant Settings::value(Key key)
{
    return QSettings().value(QLatin1String(info(key).name), info(key).fallback);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(info(key).name), value);
}

QVariant Settings::pageValue(const QString& page, const QString& name, const QVariant& fallback)
{
    return QSettings().value(QStringLiteral("pages/%1/%2").arg(page, name), fallback);
}

void Settings::setPageValue(const QString& page, const QString& name, const QVariant& value)
{
    QSettings().setValue(QStringLiteral("pages/%1/%2").arg(page, name), value);
}

void Settings::addRecent(const QString& path)
{
    QStringList recent = value(RecentWorkspaces).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    setValue(RecentWorkspaces, recent);
}

} // namespace mcfund
