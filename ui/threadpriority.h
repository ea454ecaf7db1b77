#pragma once

namespace mcfund {

/**
 * Makes the calling thread give way to the interface thread when both want a core: background readers
 * (a table's whole ordered row set, the dashboard's figures, the integrity check) call it when they start.
 *
 * QThread::LowPriority has no effect under Linux's default scheduler (every SCHED_OTHER thread has
 * priority 0), so on a two-core machine five readers and a check shared the cores evenly with the window
 * while it painted its first rows. On Linux a thread has a nice value of its own: this sets it to 10, which
 * gives the interface about nine tenths of a core it competes for, while the readers still run at full
 * speed on an idle core. Elsewhere it asks Qt for QThread::LowPriority.
 */
void yieldToInterface();

} // namespace mcfund
