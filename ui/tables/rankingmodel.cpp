#include "rankingmodel.h"

#include "domain/codes.h"
#include "domain/translations.h"

#include <QFont>

namespace mcfund {

RankingModel::RankingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RankingModel::setRanking(const QList<RankedApplication>& rows, std::optional<Money> envelope)
{
    beginResetModel();
    m_rows = rows;
    m_envelope = envelope;
    endResetModel();
}

int RankingModel::envelopeLine() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).withinEnvelope)
            return i;
    return -1;
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RankedApplication& r = m_rows.at(index.row());
    const bool fr = Translations::current() == QLatin1String("fr");
    auto pick = [fr](const QString& en, const QString& f) {
        return fr ? (f.isEmpty() ? en : f) : (en.isEmpty() ? f : en);
    };
    const QLocale l;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return r.rank;
        case Application:
            return pick(r.titleEn, r.titleFr);
        case Institution:
            return pick(r.institutionEn, r.institutionFr);
        case Status:
            return Codes::label(CodeList::ProjectStatus, r.status);
        case Reviewers:
            // "1 of 2": complete reviews of the reviewers assigned; without assignments, who scored.
            return r.assigned > 0 ? tr("%1 of %2").arg(r.complete).arg(r.assigned) : QVariant(r.reviewers);
        case Score:
            if (r.incomplete)
                return r.score ? tr("%1 (incomplete)").arg(l.toString(*r.score, 'f', 1)) : tr("not scored");
            return r.score ? l.toString(*r.score, 'f', 1) : tr("not scored");
        case Spread:
            return r.score ? (r.disagreement ? tr("%1 — reviewers disagree").arg(l.toString(r.spread, 'f', 1))
                                             : l.toString(r.spread, 'f', 1))
                           : QString();
        case Amount:
            return r.amount.toString(l);
        case Cumulative:
            return r.cumulative.toString(l);
        case Envelope:
            return r.withinEnvelope ? tr("Within") : tr("Beyond the envelope");
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Rank || index.column() == Reviewers || index.column() == Score ||
         index.column() == Amount || index.column() == Cumulative))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (!r.withinEnvelope || (index.column() == Spread && r.disagreement))) {
        QFont f;
        f.setItalic(!r.withinEnvelope);
        f.setBold(index.column() == Spread && r.disagreement);
        return f;
    }
    if (role == Qt::ToolTipRole && index.row() == envelopeLine())
        return tr("The envelope runs out here: this application and the ones below do not fit when funding "
                  "in rank order.");
    if (role == UidRole)
        return r.uid;
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Application:
        return tr("Application");
    case Institution:
        return tr("Institution");
    case Status:
        return tr("Status");
    case Reviewers:
        return tr("Reviewers");
    case Score:
        return tr("Score /100");
    case Spread:
        return tr("Spread");
    case Amount:
        return tr("Amount");
    case Cumulative:
        return tr("Cumulative");
    case Envelope:
        return tr("Envelope");
    }
    return {};
}

} // namespace mcfund
