#pragma once

#include "command.h"

namespace mcfund {

/**
 * mcfund's manual page (man 1 mcfund), in roff, written from the same text as --help: the usages and the
 * options everywhere of Cli, and for each command what `mcfund COMMAND --help` prints, read back and set as
 * man(7) paragraphs. The build writes the English and the French page with `mcfund --man-page`.
 */
class ManPage
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ManPage)
public:
    /** The page for \a commands, in the language installed now; \a date is the release's, YYYY-MM-DD. */
    static QString render(const QList<Command>& commands, const QString& language, const QString& date);
    /** \a text made safe as roff text: backslashes, hyphens of options, a leading dot or quote. */
    static QString escape(const QString& text);
};

} // namespace mcfund
