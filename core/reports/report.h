#pragma once

#include "query/filterspec.h"
#include "query/fundingaggregates.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcfund {

/** A table of a report: plain strings, already formatted for the report's language. */
struct ReportTable
{
    enum class RowKind
    {
        Normal,
        Group,
        Subtotal,
        Total
    };
    QStringList headers;
    QList<int> widths;      ///< relative column widths
    QList<bool> rightAlign; ///< numbers and amounts are right-aligned
    QList<QStringList> rows;
    QList<RowKind> kinds; ///< one per row
    void addRow(const QStringList& cells, RowKind kind = RowKind::Normal)
    {
        rows << cells;
        kinds << kind;
    }
};

/** One piece of a report, in reading order. */
struct ReportBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        KeyValues,
        Table,
        Chart,
        PageBreak
    };
    Kind kind = Kind::Paragraph;
    QString text;                         ///< heading or paragraph
    QList<QPair<QString, QString>> pairs; ///< key–value lines (totals)
    ReportTable table;
    std::optional<FundingAggregate> chart; ///< what a chart draws (the measure may have fallen back)
    std::optional<FundingAggregate> chartFallback;
};

/**
 * A report's content, built in core with no widgets: a title page, then blocks. The printing code in ui
 * lays it out on pages (running header and footer, "Page 2 of 7", table headers repeated, rows kept whole).
 */
struct Report
{
    QString language; ///< "en" or "fr"
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> titlePage; ///< date, data source, filters in force…
    QString runningHeader;
    QString footer;       ///< data source, e.g. "Official data" or "SYNTHETIC DATA — not real figures"
    QString pageOfFormat; ///< "Page %1 of %2" in the report's language
    QList<ReportBlock> blocks;
};

} // namespace mcfund
