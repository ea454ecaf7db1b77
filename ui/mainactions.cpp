#include "mainactions.h"

#include "settings.h"

#include "domain/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace mcfund {

namespace {
constexpr int kNoIcon = QStyle::SP_CustomBase;
}

QAction* MainActions::make(Id id, const QKeySequence& key, int icon)
{
    auto* a = new QAction(m_window);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (icon != kNoIcon)
        a->setIcon(m_window->style()->standardIcon(QStyle::StandardPixmap(icon)));
    m_actions.insert(id, a);
    return a;
}

MainActions::MainActions(QMainWindow* window, int pages)
    : QObject(window)
    , m_window(window)
{
    using K = QKeySequence;
    make(Id::NewWorkspace, K(QStringLiteral("Ctrl+Shift+N")), QStyle::SP_FileIcon);
    make(Id::Open, K::Open, QStyle::SP_DialogOpenButton);
    make(Id::Connect, K(QStringLiteral("Ctrl+Shift+O")), QStyle::SP_DriveNetIcon);
    make(Id::SaveCopy, K(QStringLiteral("Ctrl+Shift+S")), QStyle::SP_DialogSaveButton);
    make(Id::Close, K::Close, kNoIcon);
    make(Id::PrintPreview, K(QStringLiteral("Ctrl+Shift+P")), QStyle::SP_FileDialogContentsView);
    make(Id::Print, K::Print, kNoIcon);
    make(Id::ExportPdf, K(QStringLiteral("Ctrl+E")), QStyle::SP_DialogSaveButton);
    make(Id::ExportPackage, K(), kNoIcon);
    make(Id::Import, K(QStringLiteral("Ctrl+I")), QStyle::SP_ArrowDown);
    make(Id::ExportTable, K(QStringLiteral("Ctrl+Shift+E")), QStyle::SP_ArrowUp);
    make(Id::ExportWorkspace, K(), kNoIcon);
    make(Id::ExportRegistry, K(), kNoIcon);
    make(Id::MergePackage, K(), kNoIcon);
    make(Id::Quit, K::Quit, kNoIcon);
    make(Id::AddRow, K::New, QStyle::SP_FileDialogNewFolder);
    make(Id::Duplicate, K(QStringLiteral("Ctrl+D")), QStyle::SP_FileDialogDetailedView);
    make(Id::Delete, K::Delete, QStyle::SP_TrashIcon);
    make(Id::Copy, K::Copy, kNoIcon);
    make(Id::Paste, K::Paste, kNoIcon);
    make(Id::Find, K::Find, QStyle::SP_FileDialogContentsView);
    make(Id::About, K(), QStyle::SP_MessageBoxInformation);
    make(Id::Undo, K::Undo, QStyle::SP_ArrowBack);
    make(Id::Redo, K::Redo, QStyle::SP_ArrowForward)
        ->setShortcuts({K::Redo, K(QStringLiteral("Ctrl+Shift+Z"))});
    make(Id::Dashboard, K(QStringLiteral("Ctrl+0")), kNoIcon);
    make(Id::Reviews, K(QStringLiteral("Ctrl+6")), kNoIcon);
    for (int i = 0; i < pages; ++i) {
        auto* a = new QAction(m_window);
        a->setShortcut(K(QStringLiteral("Ctrl+%1").arg(i + 1)));
        m_pages << a;
    }
    // Each language is named in itself, so that anyone can find their own.
    auto* languages = new QActionGroup(this);
    for (Id id : {Id::English, Id::French}) {
        QAction* a = make(id, K(), kNoIcon);
        a->setText(id == Id::English ? QStringLiteral("English") : QStringLiteral("Français"));
        a->setCheckable(true);
        a->setActionGroup(languages);
    }

    const auto fill = [this](QMenu* menu, const QList<Id>& ids) {
        for (Id id : ids) {
            if (id == Id::Quit || id == Id::Close || id == Id::ExportPackage || id == Id::Import ||
                id == Id::PrintPreview || id == Id::SaveCopy)
                menu->addSeparator();
            menu->addAction(get(id));
        }
    };
    QMenuBar* bar = m_window->menuBar();
    m_file = bar->addMenu(QString());
    fill(m_file, {Id::NewWorkspace, Id::Open, Id::Connect});
    m_recent = m_file->addMenu(QString());
    connect(m_recent, &QMenu::aboutToShow, this, &MainActions::fillRecentMenu);
    fill(m_file,
         {Id::SaveCopy, Id::PrintPreview, Id::Print, Id::ExportPdf, Id::Import, Id::ExportTable,
          Id::ExportWorkspace, Id::ExportRegistry, Id::ExportPackage, Id::MergePackage, Id::Close, Id::Quit});
    m_edit = bar->addMenu(QString());
    for (const QList<Id>& group : QList<QList<Id>>{{Id::Undo, Id::Redo},
                                                   {Id::Copy, Id::Paste},
                                                   {Id::AddRow, Id::Duplicate, Id::Delete},
                                                   {Id::Find}}) {
        if (!m_edit->isEmpty())
            m_edit->addSeparator();
        for (Id id : group)
            m_edit->addAction(get(id));
    }
    m_view = bar->addMenu(QString());
    m_view->addAction(get(Id::Dashboard));
    m_view->addActions(m_pages);
    m_view->addAction(get(Id::Reviews));
    m_view->addSeparator();
    m_language = bar->addMenu(QString());
    m_language->addAction(get(Id::English));
    m_language->addAction(get(Id::French));
    m_help = bar->addMenu(QString());
    m_help->addAction(get(Id::About));

    m_toolbar = m_window->addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({get(Id::AddRow), get(Id::Duplicate), get(Id::Delete)});
    m_toolbar->addSeparator();
    m_toolbar->addActions({get(Id::Undo), get(Id::Redo)});
    m_toolbar->addSeparator();
    m_toolbar->addAction(get(Id::Find));
}

void MainActions::on(Id id, const std::function<void()>& handler)
{
    connect(get(id), &QAction::triggered, m_window, [handler] { handler(); });
}

void MainActions::retranslate(const QStringList& pageNames)
{
    m_file->setTitle(tr("&File"));
    m_recent->setTitle(tr("Open &Recent"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    get(Id::English)->setChecked(Translations::current() == QLatin1String("en"));
    get(Id::French)->setChecked(Translations::current() == QLatin1String("fr"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    // The button a narrow window shows for the toolbar's hidden actions.
    if (auto* more = m_toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar buttons"));
    const QList<QPair<Id, QString>> texts = {
        {Id::NewWorkspace, tr("&New Workspace…")},
        {Id::Open, tr("&Open Workspace…")},
        {Id::Connect, tr("Connect to &Shared Workspace…")},
        {Id::SaveCopy, tr("Save a &Copy…")},
        {Id::Close, tr("&Close Workspace")},
        {Id::PrintPreview, tr("Print Pre&view…")},
        {Id::Print, tr("&Print…")},
        {Id::ExportPdf, tr("&Export Report as PDF…")},
        {Id::ExportPackage, tr("Export &Institution Package…")},
        {Id::Import, tr("I&mport…")},
        {Id::ExportTable, tr("Export &Table…")},
        {Id::ExportWorkspace, tr("Export &Whole Workspace…")},
        {Id::ExportRegistry, tr("Export Micro-credentials for a &Registry…")},
        {Id::MergePackage, tr("&Merge Institution Package…")},
        {Id::Quit, tr("&Quit")},
        {Id::AddRow, tr("&Add Row")},
        {Id::Duplicate, tr("D&uplicate")},
        {Id::Delete, tr("&Delete…")},
        {Id::Copy, tr("&Copy")},
        {Id::Paste, tr("&Paste")},
        {Id::Find, tr("&Find…")},
        {Id::About, tr("&About mcfund")},
        {Id::Dashboard, tr("&Dashboard")},
        {Id::Reviews, tr("&Reviews")},
    };
    for (const auto& [id, text] : texts)
        get(id)->setText(text);
    for (int i = 0; i < m_pages.size() && i < pageNames.size(); ++i)
        m_pages.at(i)->setText(pageNames.at(i));
}

void MainActions::update(const State& s)
{
    const QList<Id> needPage = {Id::AddRow, Id::Duplicate, Id::Delete,     Id::Copy,
                                Id::Paste,  Id::Find,      Id::ExportTable};
    for (Id id : needPage)
        get(id)->setEnabled(s.open && s.tablePage);
    for (Id id : {Id::SaveCopy, Id::Close, Id::PrintPreview, Id::Print, Id::ExportPdf, Id::Import,
                  Id::ExportWorkspace, Id::ExportRegistry, Id::Dashboard})
        get(id)->setEnabled(s.open);
    get(Id::ExportPackage)->setEnabled(s.open && !s.package);
    get(Id::MergePackage)->setEnabled(s.open && !s.package);
    get(Id::Reviews)->setEnabled(s.open && s.reviews);
    for (QAction* a : std::as_const(m_pages))
        a->setEnabled(s.open);
    // A read-only workspace can be read, exported and copied, not changed.
    for (Id id : {Id::AddRow, Id::Duplicate, Id::Delete, Id::Paste, Id::Import, Id::MergePackage})
        get(id)->setEnabled(get(id)->isEnabled() && s.writable);
    // On a shared workspace, what the person's role may not change is greyed out, and says why.
    for (Id id : {Id::AddRow, Id::Duplicate, Id::Delete, Id::Paste}) {
        QAction* a = get(id);
        if (!s.refusal.isEmpty())
            a->setEnabled(false);
        a->setToolTip(s.refusal.isEmpty() ? a->text().remove(QLatin1Char('&')) : s.refusal);
    }
    if (s.server) {
        QAction* merge = get(Id::MergePackage);
        merge->setEnabled(merge->isEnabled() && s.ministry);
        merge->setToolTip(s.ministry ? QString() : tr("Packages are merged by program officers."));
        get(Id::Import)->setEnabled(get(Id::Import)->isEnabled() && !s.reviewer);
    }
    QUndoStack* stack = s.undo;
    QAction* undo = get(Id::Undo);
    QAction* redo = get(Id::Redo);
    undo->setEnabled(s.writable && stack && stack->canUndo());
    redo->setEnabled(s.writable && stack && stack->canRedo());
    undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = Settings::value(Settings::RecentWorkspaces).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recent->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                         QFileInfo(path).absolutePath());
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRecent(path); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent workspaces"))->setEnabled(false);
}

} // namespace mcfund
