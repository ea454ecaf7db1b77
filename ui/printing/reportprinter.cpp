#include "reportprinter.h"
#include "version.h"

#include "charts/fundingchart.h"

#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <memory>

namespace mcfund {

namespace {

// A chart's height on the page; its width is the page's body, 18 mm in from each edge.
constexpr double ChartHeightMm = 95;
constexpr double SideMarginMm = 18;

/** The chart laid out at a screen-like width, with the shape of its place on the page. */
QSizeF chartLayoutSize(double heightOverWidth)
{
    return QSizeF(1000, 1000 * heightOverWidth);
}

/** Builds the chart of \a b and renders it into \a target of \a painter. GUI thread only (Qt Charts). */
void renderChart(const ReportBlock& b, QPainter* painter, const QRectF& target, const QSizeF& layout,
                 QString* notice)
{
    std::unique_ptr<QChart> c(FundingChart::build(*b.chart, ChartStyle::Bars, b.text, notice,
                                                  b.chartFallback ? &*b.chartFallback : nullptr));
    QGraphicsScene scene;
    scene.addItem(c.get());
    c->setGeometry(QRectF(QPointF(0, 0), layout));
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    scene.render(painter, target, QRectF(QPointF(0, 0), layout));
    scene.removeItem(c.get());
}

// One walk over the report: with paint == false it only paginates (to learn the page count),
// with paint == true it draws. Both walks take identical decisions, so "Page N of M" is exact.
class Layout
{
public:
    Layout(const Report& report, QPagedPaintDevice* device, QPainter* painter, int totalPages,
           const ReportPrinter::DrawnCharts* charts = nullptr)
        : m_report(report)
        , m_device(device)
        , m_painter(painter)
        , m_charts(charts)
        , m_total(totalPages)
    {
        const double dpmm = device->logicalDpiX() / 25.4;
        m_mm = dpmm;
        m_page = QRectF(0, 0, device->width(), device->height());
        m_body = m_page.adjusted(SideMarginMm * dpmm, 24 * dpmm, -SideMarginMm * dpmm, -20 * dpmm);
        m_base.setFamily(QStringLiteral("DejaVu Sans"));
        m_base.setPointSizeF(9.0);
        // A hair of letter spacing turns off ligatures, so that "fi" in "Official" stays two letters when the
        // PDF's text is searched or copied.
        m_base.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
        m_small = m_base;
        m_small.setPointSizeF(7.5);
        m_bold = m_base;
        m_bold.setBold(true);
        m_heading = m_base;
        m_heading.setPointSizeF(13.0);
        m_heading.setBold(true);
        m_title = m_base;
        m_title.setPointSizeF(22.0);
        m_title.setBold(true);
    }

    int run()
    {
        titlePage();
        newPage();
        for (int i = 0; i < m_report.blocks.size(); ++i) {
            m_blockIndex = i;
            block(m_report.blocks.at(i),
                  i + 1 < m_report.blocks.size() ? &m_report.blocks.at(i + 1) : nullptr);
        }
        finishPage();
        return m_pageNo;
    }

private:
    bool painting() const { return m_painter != nullptr; }

    QFontMetricsF metrics(const QFont& f) const { return QFontMetricsF(f, m_device); }

    double textHeight(const QString& text, const QFont& f, double width) const
    {
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    void draw(const QRectF& r, const QString& text, const QFont& f, int flags)
    {
        if (!painting())
            return;
        m_painter->setFont(f);
        m_painter->drawText(r, flags | Qt::TextWordWrap, text);
    }

    void decorate()
    {
        if (!painting() || m_pageNo == 1)
            return;
        // Running header and footer.
        m_painter->setPen(QColor(0x33, 0x33, 0x33));
        const QRectF head(m_body.left(), m_page.top() + 10 * m_mm, m_body.width(), 8 * m_mm);
        draw(head, m_report.runningHeader, m_small, Qt::AlignLeft | Qt::AlignBottom);
        draw(head, m_report.subtitle, m_small, Qt::AlignRight | Qt::AlignBottom);
        m_painter->drawLine(QPointF(m_body.left(), head.bottom() + m_mm),
                            QPointF(m_body.right(), head.bottom() + m_mm));
        const QRectF foot(m_body.left(), m_page.bottom() - 16 * m_mm, m_body.width(), 8 * m_mm);
        m_painter->drawLine(QPointF(m_body.left(), foot.top() - m_mm),
                            QPointF(m_body.right(), foot.top() - m_mm));
        draw(foot, m_report.footer, m_small, Qt::AlignLeft | Qt::AlignTop);
        draw(foot, QString(m_report.pageOfFormat).arg(m_pageNo).arg(m_total), m_small,
             Qt::AlignRight | Qt::AlignTop);
        m_painter->setPen(Qt::black);
    }

    void titlePage()
    {
        m_pageNo = 1;
        double y = m_page.top() + 60 * m_mm;
        const double w = m_body.width();
        draw(QRectF(m_body.left(), y, w, 12 * m_mm), m_report.subtitle, m_heading, Qt::AlignLeft);
        y += 16 * m_mm;
        const double th = textHeight(m_report.title, m_title, w);
        draw(QRectF(m_body.left(), y, w, th), m_report.title, m_title, Qt::AlignLeft);
        y += th + 14 * m_mm;
        for (const auto& [k, v] : m_report.titlePage) {
            const double vh = textHeight(v, m_base, w * 0.7);
            draw(QRectF(m_body.left(), y, w * 0.28, vh), k, m_bold, Qt::AlignLeft);
            draw(QRectF(m_body.left() + w * 0.3, y, w * 0.7, vh), v, m_base, Qt::AlignLeft);
            y += vh + 3 * m_mm;
        }
        // The data source also closes the title page, so a synthetic report can never pass for a real one.
        draw(QRectF(m_body.left(), m_page.bottom() - 30 * m_mm, w, 8 * m_mm), m_report.footer, m_bold,
             Qt::AlignLeft);
    }

    void finishPage() { decorate(); }

    void newPage()
    {
        finishPage();
        if (painting())
            m_device->newPage();
        ++m_pageNo;
        m_y = m_body.top();
    }

    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }

    double rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& f) const
    {
        double h = 0;
        for (int c = 0; c < cells.size(); ++c)
            h = std::max(h, textHeight(cells.at(c), f, widths.at(c) - 2 * m_mm));
        return h + 1.6 * m_mm;
    }

    void tableHeader(const ReportTable& t, const QList<double>& x, const QList<double>& widths)
    {
        const double h = rowHeight(t.headers, widths, m_bold);
        if (painting()) {
            m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), QColor(0xdd, 0xe6, 0xf0));
        }
        for (int c = 0; c < t.headers.size(); ++c)
            draw(QRectF(x.at(c) + m_mm, m_y + 0.8 * m_mm, widths.at(c) - 2 * m_mm, h), t.headers.at(c),
                 m_bold, (t.rightAlign.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        m_y += h;
    }

    void table(const ReportTable& t)
    {
        double sum = 0;
        for (int w : t.widths)
            sum += w;
        QList<double> widths, x;
        double at = m_body.left();
        for (int w : t.widths) {
            const double width = m_body.width() * w / sum;
            x << at;
            widths << width;
            at += width;
        }
        ensure(rowHeight(t.headers, widths, m_bold) + 3 * 6 * m_mm);
        tableHeader(t, x, widths);
        for (int r = 0; r < t.rows.size(); ++r) {
            const ReportTable::RowKind kind = t.kinds.value(r);
            const QFont& f = kind == ReportTable::RowKind::Normal ? m_base : m_bold;
            const double h = rowHeight(t.rows.at(r), widths, f);
            // A group heading is kept with its first row; no row is ever split across pages.
            const double need = kind == ReportTable::RowKind::Group && r + 1 < t.rows.size()
                                    ? h + rowHeight(t.rows.at(r + 1), widths, m_base)
                                    : h;
            if (m_y + need > m_body.bottom()) {
                newPage();
                tableHeader(t, x, widths);
            }
            if (painting()) {
                if (kind == ReportTable::RowKind::Group)
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h),
                                        QColor(0xf0, 0xf0, 0xf0));
                if (kind == ReportTable::RowKind::Total || kind == ReportTable::RowKind::Subtotal)
                    m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
                if (kind == ReportTable::RowKind::Normal)
                    m_painter->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0));
                if (kind == ReportTable::RowKind::Normal)
                    m_painter->drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
                m_painter->setPen(Qt::black);
            }
            const QStringList& cells = t.rows.at(r);
            for (int c = 0; c < cells.size(); ++c)
                draw(QRectF(x.at(c) + m_mm, m_y + 0.8 * m_mm, widths.at(c) - 2 * m_mm, h), cells.at(c), f,
                     (t.rightAlign.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
            m_y += h;
        }
        m_y += 5 * m_mm;
    }

    void chart(const ReportBlock& b)
    {
        const double h = ChartHeightMm * m_mm;
        ensure(h);
        if (painting() && b.chart) {
            QString notice;
            const QRectF target(QPointF(m_body.left(), m_y), QSizeF(m_body.width(), h));
            const QSizeF layout = chartLayoutSize(h / m_body.width());
            if (m_charts && m_charts->pictures.contains(m_blockIndex)) {
                // Drawn ahead on the GUI thread at the page's resolution.
                m_painter->drawImage(target, m_charts->pictures.value(m_blockIndex));
                notice = m_charts->notices.value(m_blockIndex);
            } else if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
                renderChart(b, m_painter, target, layout, &notice);
            } else {
                // A programming error, never a crash: Qt Charts cannot draw off the GUI thread.
                qWarning("ReportPrinter: a chart was not drawn ahead of a paint off the GUI thread");
            }
            if (!notice.isEmpty())
                draw(QRectF(m_body.left(), m_y + h - 6 * m_mm, m_body.width(), 6 * m_mm), notice, m_small,
                     Qt::AlignLeft);
        }
        m_y += h + 4 * m_mm;
    }

    void block(const ReportBlock& b, const ReportBlock* next)
    {
        const double w = m_body.width();
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const double h = textHeight(b.text, m_heading, w) + 3 * m_mm;
            // Keep a heading with the start of what follows it.
            double follow = 20 * m_mm;
            if (next && next->kind == ReportBlock::Kind::Chart)
                follow = 95 * m_mm;
            ensure(h + follow);
            draw(QRectF(m_body.left(), m_y, w, h), b.text, m_heading, Qt::AlignLeft);
            m_y += h;
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            const double h = textHeight(b.text, m_base, w) + 3 * m_mm;
            ensure(h);
            draw(QRectF(m_body.left(), m_y, w, h), b.text, m_base, Qt::AlignLeft);
            m_y += h;
            break;
        }
        case ReportBlock::Kind::KeyValues:
            for (const auto& [k, v] : b.pairs) {
                const double h =
                    std::max(textHeight(k, m_bold, w * 0.4), textHeight(v, m_base, w * 0.3)) + 1.5 * m_mm;
                ensure(h);
                draw(QRectF(m_body.left(), m_y, w * 0.4, h), k, m_bold, Qt::AlignLeft);
                draw(QRectF(m_body.left() + w * 0.4, m_y, w * 0.3, h), v, m_base, Qt::AlignRight);
                m_y += h;
            }
            m_y += 4 * m_mm;
            break;
        case ReportBlock::Kind::Table:
            table(b.table);
            break;
        case ReportBlock::Kind::Chart:
            chart(b);
            break;
        case ReportBlock::Kind::PageBreak:
            newPage();
            break;
        }
    }

    const Report& m_report;
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    const ReportPrinter::DrawnCharts* m_charts;
    int m_total;
    int m_blockIndex = 0;
    double m_mm = 1;
    QRectF m_page, m_body;
    QFont m_base, m_small, m_bold, m_heading, m_title;
    int m_pageNo = 0;
    double m_y = 0;
};

} // namespace

ReportPrinter::DrawnCharts ReportPrinter::drawCharts(const Report& report, QPageSize::PageSizeId paper,
                                                     int dpi)
{
    DrawnCharts out;
    const double bodyWidthMm = QPageSize(paper).size(QPageSize::Millimeter).width() - 2 * SideMarginMm;
    const QSizeF layout = chartLayoutSize(ChartHeightMm / bodyWidthMm);
    const QSize pixels(qRound(bodyWidthMm / 25.4 * dpi), qRound(ChartHeightMm / 25.4 * dpi));
    for (int i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock& b = report.blocks.at(i);
        if (b.kind != ReportBlock::Kind::Chart || !b.chart)
            continue;
        QImage picture(pixels, QImage::Format_RGB32);
        picture.setDotsPerMeterX(qRound(dpi / 0.0254));
        picture.setDotsPerMeterY(qRound(dpi / 0.0254));
        picture.fill(Qt::white);
        QString notice;
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderChart(b, &painter, QRectF(QPointF(0, 0), QSizeF(pixels)), layout, &notice);
        painter.end();
        out.pictures.insert(i, picture);
        out.notices.insert(i, notice);
    }
    return out;
}

int ReportPrinter::paint(const Report& report, QPagedPaintDevice* device, const DrawnCharts* charts)
{
    const int pages = Layout(report, device, nullptr, 0).run();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Layout(report, device, &painter, pages, charts).run();
    painter.end();
    return pages;
}

bool ReportPrinter::writePdf(const Report& report, const QString& path, QPageSize::PageSizeId paper,
                             QString* error, const DrawnCharts* charts)
{
    // Write beside the target and rename, so that a failure never leaves half a PDF where one was asked for.
    const QString temp = path + QStringLiteral(".part");
    {
        QPdfWriter writer(temp);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(PdfDpi);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("mcfund " MCFUND_VERSION));
        paint(report, &writer, charts);
    }
    QFile::remove(path);
    if (!QFileInfo::exists(temp) || !QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (error)
            *error = tr("Cannot write “%1”.").arg(path);
        return false;
    }
    return true;
}

} // namespace mcfund
