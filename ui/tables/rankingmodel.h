#pragma once

#include "review/reviewscores.h"

#include <QAbstractTableModel>

namespace mcfund {

/** The ranking of a round's applications (ReviewScores::ranking), read-only, with the envelope line. */
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Application,
        Institution,
        Status,
        Reviewers,
        Score,
        Spread,
        Amount,
        Cumulative,
        Envelope,
        ColumnCount
    };
    enum Roles
    {
        UidRole = Qt::UserRole + 1
    };

    explicit RankingModel(QObject* parent = nullptr);
    void setRanking(const QList<RankedApplication>& rows, std::optional<Money> envelope);
    const QList<RankedApplication>& rows() const { return m_rows; }
    std::optional<Money> envelope() const { return m_envelope; }
    /** The first row that no longer fits the envelope, or -1. */
    int envelopeLine() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RankedApplication> m_rows;
    std::optional<Money> m_envelope;
};

} // namespace mcfund
