#pragma once

#include <QVariant>

namespace mcfund {

/**
 * Every persistent preference in one table of keys with defaults (no scattered string keys).
 * Stored with QSettings under the organisation "mcfund".
 */
class Settings
{
public:
    enum Key
    {
        UserName,
        Language,
        RecentWorkspaces,
        WindowGeometry,
        WindowState,
        LastPage,
        LastWorkspace,
    };
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    /** Per-page values: "pages/<page>/<name>" (splitter, header state, filters). */
    static QVariant pageValue(const QString& page, const QString& name, const QVariant& fallback = {});
    static void setPageValue(const QString& page, const QString& name, const QVariant& value);
    static void addRecent(const QString& path);
};

} // namespace mcfund
