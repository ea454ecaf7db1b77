#pragma once

// Shared by the widget tests: a Workspace on a file, and waiting for a table model's background pass.
#include "tables/tablemodel.h"
#include "workspace.h"

#include "storage/database.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace mcfund::test {

/** The workspace at \a path (a file or a postgresql:// address) as the window holds it; null on failure,
 * with the reason in \a error. */
inline std::unique_ptr<Workspace> openWorkspace(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, error))
        return nullptr;
    return std::make_unique<Workspace>(std::move(db));
}

/** The workspace at \a path, for a test that cannot go on without it (a fatal error otherwise). */
inline std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    QString error;
    std::unique_ptr<Workspace> ws = openWorkspace(path, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

/** Waits until \a model's ordered rows and count are complete (at most 20 s); false when they are not. */
inline bool settle(TableModel* model)
{
    if (!model->isLoading())
        return true;
    QSignalSpy spy(model, &TableModel::loaded);
    return spy.wait(20000);
}

/** The widget with the keyboard's focus. */
inline QWidget* focus()
{
    return QApplication::focusWidget();
}

/**
 * Presses Tab (on whatever has focus) until \a reached says yes; false after \a most presses. With
 * MCFUND_TRACE_FOCUS=1 it prints each widget the Tab reaches: a page's Tab order, as a person meets it.
 */
inline bool tabUntil(const std::function<bool(QWidget*)>& reached, int most = 80)
{
    for (int i = 0; i < most; ++i) {
        // Between two keys a person's event loop runs (widgets added to a layout are shown by it).
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("MCFUND_TRACE_FOCUS") && focus())
            qDebug() << "focus" << focus()->metaObject()->className() << focus()->objectName()
                     << focus()->accessibleName();
        if (focus() && reached(focus()))
            return true;
        QTest::keyClick(focus() ? focus() : QApplication::activeWindow(), Qt::Key_Tab);
    }
    return focus() && reached(focus());
}

/**
 * Runs \a act on the next modal dialog once it is shown (from inside its exec(), as a person would meet it).
 * \a done is set when it has run. The watch belongs to \a owner, a local of the test function, so that it
 * ends with the function however the function ends.
 */
inline void whenModal(QObject* owner, const std::function<void(QWidget*)>& act, bool* done,
                      QWidget* after = nullptr)
{
    // Guarded: the next dialog may be made at the address of the last one, once that one is gone.
    const QPointer<QWidget> previous(after);
    auto* timer = new QTimer(owner);
    timer->setInterval(30);
    QObject::connect(timer, &QTimer::timeout, [timer, act, done, previous] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == previous || !modal->isVisible())
            return;
        timer->stop();
        // The window system gives a new dialog the focus; the offscreen platform needs asking.
        QApplication::setActiveWindow(modal);
        if (!QTest::qWaitForWindowActive(modal))
            qWarning("the dialog did not become active");
        act(modal);
        *done = true;
    });
    timer->start();
}

} // namespace mcfund::test
