#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mcfund {

/** A table read from a file: header and rows of text, each row with the line (or row) it came from. */
struct Sheet
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; ///< the 1-based line (CSV) or row number (XLSX) of each row, for messages
};

} // namespace mcfund
