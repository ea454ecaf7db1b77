#pragma once

// What the benchmarks of the window share: a change timed until the view has repainted, and the wait for a
// table model's background load.
#include "tables/tablemodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>

namespace mcfund::bench {

/** Time from a change to the view repainted with its new first rows, in milliseconds. */
template <class F> double viewMs(QTableView* view, F&& change)
{
    QElapsedTimer t;
    t.start();
    change();
    view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

/** Waits (at most \a ms) until \a m has loaded the order of every row. */
inline bool settle(TableModel* m, int ms = 120000)
{
    if (!m->isLoading())
        return true;
    QSignalSpy spy(m, &TableModel::loaded);
    return spy.wait(ms);
}

} // namespace mcfund::bench
