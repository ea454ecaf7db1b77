#pragma once

// The public Ontario page the official data comes from (tests/data/seed-page.txt, committed): its "Funding
// recipients" list, read once here for every test that compares mcfund's data or reports with it.
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringList>

namespace mcfund::test {

struct PublishedPage
{
    /** Each institution of Round 2 in the page's order, with the titles of its projects. */
    QList<QPair<QString, QStringList>> recipients;

    QStringList institutions() const
    {
        QStringList out;
        for (const auto& r : recipients)
            out << r.first;
        return out;
    }
    QStringList titles() const
    {
        QStringList out;
        for (const auto& r : recipients)
            out << r.second;
        return out;
    }
};

/**
 * Reads the committed page into \a page: false with \a error when it is missing or no longer has the list
 * (a test then fails, never skips: the fixture is part of the tree).
 */
inline bool readPublishedPage(PublishedPage* page, QString* error)
{
    QFile f(QStringLiteral(MCFUND_TEST_DATA "/seed-page.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("the committed fixture %1 cannot be read: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype from = text.indexOf(QStringLiteral("A total of 88 projects"));
    const qsizetype to = text.indexOf(QStringLiteral("For more information"));
    if (from < 0 || to < from) {
        *error = QStringLiteral("%1 no longer has the list of funding recipients").arg(f.fileName());
        return false;
    }
    page->recipients.clear();
    const QStringList lines = text.mid(from, to - from).split(QLatin1Char('\n'));
    // Past the sentence that introduces it: an institution, then its projects as bullets.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QStringLiteral("•"))) {
            if (page->recipients.isEmpty()) {
                *error = QStringLiteral("%1: a project comes before any institution").arg(f.fileName());
                return false;
            }
            page->recipients.last().second << line.mid(1).trimmed();
        } else {
            page->recipients << qMakePair(line, QStringList());
        }
    }
    return true;
}

} // namespace mcfund::test
