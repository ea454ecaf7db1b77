#include "savefailurebar.h"

#include "workspace.h"

#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace mcfund {

SaveFailureBar::SaveFailureBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("saveFailureBar"));
    setFrameShape(QFrame::StyledPanel);
    // The colour only adds to the sign and the words.
    setStyleSheet(QStringLiteral("#saveFailureBar { background: #fde7e9; border-bottom: 1px solid #c50f1f; } "
                                 "#saveFailureBar QLabel { color: #3b0509; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel(this);
    m_icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("saveFailureText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    auto button = [this, layout](QPushButton** slot, const char* name, auto&& slotFn) {
        *slot = new QPushButton(this);
        (*slot)->setObjectName(QString::fromLatin1(name));
        (*slot)->setFocusPolicy(Qt::StrongFocus);
        connect(*slot, &QPushButton::clicked, this, slotFn);
        layout->addWidget(*slot);
    };
    button(&m_retry, "saveFailureRetry", [this] { retry(); });
    button(&m_copy, "saveFailureCopy", [this] { saveCopy(); });
    button(&m_discard, "saveFailureDiscard", [this] { discard(); });
    button(&m_open, "saveFailureOpenCopy", [this] { emit openCopy(m_copyPath); });
    button(&m_close, "saveFailureClose", [this] {
        m_copyPath.clear();
        m_dismissed = true;
        refresh();
    });
    retranslate();
    hide();
}

void SaveFailureBar::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_copyPath.clear();
    m_dismissed = false;
    if (m_workspace)
        connect(m_workspace, &Workspace::pendingChanged, this, &SaveFailureBar::refresh);
    refresh();
}

QString SaveFailureBar::text() const
{
    return m_text->text();
}

void SaveFailureBar::retranslate()
{
    setAccessibleName(tr("Changes not saved"));
    m_icon->setAccessibleName(tr("Warning"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry saving"));
    m_retry->setToolTip(tr("Write the changes that were not saved again"));
    m_copy->setText(tr("Save a &Copy…"));
    m_copy->setAccessibleName(tr("Save a copy elsewhere"));
    m_copy->setToolTip(tr("Write the workspace, with the changes not saved here, to another file"));
    m_discard->setText(tr("&Discard"));
    m_discard->setAccessibleName(tr("Discard the changes not saved"));
    m_discard->setToolTip(tr("Forget the changes that were not saved and show what the file holds"));
    m_open->setText(tr("&Open the Copy"));
    m_open->setAccessibleName(tr("Open the copy"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close this notice"));
    refresh();
}

void SaveFailureBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SaveFailureBar::refresh()
{
    const bool pending = m_workspace && m_workspace->hasPending();
    const bool readOnly = m_workspace && m_workspace->isReadOnly();
    QStringList lines;
    if (pending) {
        const auto& edits = m_workspace->pendingEdits();
        const WriteFailure& last = edits.last().failure;
        lines << last.message;
        if (edits.size() > 1)
            lines << tr("%n change(s) are not saved.", nullptr, int(edits.size()));
        if (last.isFailure())
            lines << WriteFailure::advice(last.kind);
    } else if (readOnly && !m_dismissed) {
        lines << tr("The workspace %1 is read-only: changes cannot be saved to it. Save a copy to a folder "
                    "you can write to and open the copy to make changes.")
                     .arg(QDir::toNativeSeparators(m_workspace->database().path()));
    }
    if (m_workspace && !m_copyPath.isEmpty())
        lines << (pending ? tr("A copy with these changes was saved to %1.") : tr("A copy was saved to %1."))
                     .arg(QDir::toNativeSeparators(m_copyPath));
    m_text->setText(lines.join(QLatin1Char(' ')));
    m_text->setAccessibleName(m_text->text());
    m_retry->setVisible(pending);
    m_discard->setVisible(pending);
    m_copy->setVisible(pending || readOnly);
    m_open->setVisible(m_workspace && !m_copyPath.isEmpty());
    m_close->setVisible(!pending && !lines.isEmpty());
    setVisible(!lines.isEmpty());
}

void SaveFailureBar::retry()
{
    if (!m_workspace || !m_workspace->hasPending())
        return;
    const int count = int(m_workspace->pendingEdits().size());
    QString why;
    if (m_workspace->retryPending(&why)) {
        m_copyPath.clear();
        refresh();
        emit message(tr("%n change(s) written to the workspace.", nullptr, count));
    } else {
        emit message(why);
    }
}

void SaveFailureBar::discard()
{
    if (!m_workspace)
        return;
    const int count = int(m_workspace->pendingEdits().size());
    m_workspace->discardPending();
    m_copyPath.clear();
    refresh();
    emit message(tr("%n change(s) not saved were discarded.", nullptr, count));
}

void SaveFailureBar::saveCopy()
{
    if (!m_workspace)
        return;
    const QString current = m_workspace->database().path();
    const QString path = m_chooser
                             ? m_chooser()
                             : QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(),
                                                            tr("mcfund workspaces (*.mcfund *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(current).absoluteFilePath()) {
        emit message(tr("Choose another file than the workspace itself."));
        return;
    }
    // The file dialog has asked before replacing a file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        emit message(tr("“%1” cannot be replaced.").arg(path));
        return;
    }
    QString error;
    if (!m_workspace->saveCopyWithPending(path, &error)) {
        emit message(error);
        m_text->setText(m_text->text() + QLatin1Char(' ') + error);
        return;
    }
    m_copyPath = path;
    m_dismissed = false;
    refresh();
    emit message(tr("Saved a copy to %1").arg(path));
}

} // namespace mcfund
