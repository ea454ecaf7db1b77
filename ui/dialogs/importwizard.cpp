#include "importwizard.h"

#include "backgroundtask.h"
#include "commands/importcommand.h"
#include "tables/fieldeditor.h"
#include "workspace.h"

#include "domain/translations.h"
#include "edits/editengine.h"
#include "edits/valueparser.h"
#include "importpresets.h"
#include "storage/database.h"
#include "xlsxreader.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcfund {

namespace {
enum Page
{
    FilePage,
    MappingPage,
    CheckPage
};
const QList<Entity>& importable()
{
    static const QList<Entity> e = {Entity::Project, Entity::Credential, Entity::Institution,
                                    Entity::Partner};
    return e;
}
} // namespace

ImportWizard::ImportWizard(Workspace* workspace, Entity entity, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(960, 640);

    auto* filePage = new QWizardPage(this);
    filePage->setTitle(tr("The file"));
    filePage->setSubTitle(
        tr("A CSV file (any delimiter, UTF-8 or Windows-1252) or an Excel workbook (XLSX)."));
    auto* form = new QFormLayout(filePage);
    auto* row = new QHBoxLayout;
    m_file = new QLineEdit(filePage);
    m_file->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse…"), filePage);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    // A label of a layout has no buddy of its own: without one its "&" would show instead of Alt+F.
    auto* fileLabel = new QLabel(tr("&File:"), filePage);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, row);
    m_entity = new QComboBox(filePage);
    for (Entity e : importable()) {
        const QString p = Schema::entity(e).displayPlural();
        m_entity->addItem(p.left(1).toUpper() + p.mid(1), int(e));
    }
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(int(entity))));
    form->addRow(tr("The rows are:"), m_entity);
    m_sheetBox = new QComboBox(filePage);
    m_sheetBox->setEnabled(false);
    form->addRow(tr("&Sheet:"), m_sheetBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import"), QString(), tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!loadFile(path, &error))
            QMessageBox::warning(this, tr("Import"), error);
    });
    connect(m_sheetBox, &QComboBox::activated, this, [this] {
        QString error;
        if (!openFile(m_path, m_sheetBox->currentText(), nullptr, &error))
            QMessageBox::warning(this, tr("Import"), error);
        m_checked = false;
    });
    setPage(FilePage, filePage);

    auto* mappingPage = new QWizardPage(this);
    mappingPage->setTitle(tr("Columns"));
    mappingPage->setSubTitle(tr("Which field each column holds, guessed from its header in English or "
                                "French. Columns set to “ignore” are not read."));
    auto* mv = new QVBoxLayout(mappingPage);
    auto* presets = new QHBoxLayout;
    m_presets = new QComboBox(mappingPage);
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->setAccessibleName(tr("Saved mappings"));
    auto* apply = new QPushButton(tr("&Use"), mappingPage);
    auto* save = new QPushButton(tr("Save &As…"), mappingPage);
    presets->addWidget(new QLabel(tr("Presets:"), mappingPage));
    presets->addWidget(m_presets, 1);
    presets->addWidget(apply);
    presets->addWidget(save);
    mv->addLayout(presets);
    m_mapping = new QTableWidget(mappingPage);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("First value"), tr("Field")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    mv->addWidget(m_mapping, 1);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Mapping"), tr("Name of the preset:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        QString error;
        if (!ImportPresets::save(m_workspace->database().connection(), name, this->entity(), m_sheet.header,
                                 mapping(), &error))
            QMessageBox::warning(this, tr("Save Mapping"), error);
        else
            fillMapping();
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        const QModelIndex chosen = m_presets->model()->index(m_presets->currentIndex(), 0);
        if (chosen.isValid() && !(chosen.flags() & Qt::ItemIsEnabled))
            return; // the line that says the presets cannot be read
        QHash<int, QString> loaded;
        QString error;
        if (!ImportPresets::load(m_workspace->database().connection(), m_presets->currentText(),
                                 this->entity(), m_sheet.header, &loaded, &error)) {
            QMessageBox::warning(this, tr("Presets"), error);
            return;
        }
        for (int r = 0; r < m_mapping->rowCount(); ++r)
            if (auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 2)))
                box->setCurrentIndex(std::max(0, box->findData(loaded.value(r))));
        m_checked = false;
    });
    setPage(MappingPage, mappingPage);

    auto* checkPage = new QWizardPage(this);
    checkPage->setTitle(tr("Check and import"));
    checkPage->setSubTitle(tr("The first rows as they will be stored, and every problem with its line. "
                              "Nothing is written until you press Import."));
    auto* cv = new QVBoxLayout(checkPage);
    m_summary = new QLabel(checkPage);
    m_summary->setWordWrap(true);
    cv->addWidget(m_summary);
    m_preview = new QTableWidget(checkPage);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cv->addWidget(m_preview, 1);
    m_problems = new QTableWidget(checkPage);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    cv->addWidget(m_problems, 1);
    m_valid = new QRadioButton(tr("Import the &valid rows and leave the others"), checkPage);
    m_all = new QRadioButton(tr("&All or nothing: import only if every row is valid"), checkPage);
    m_valid->setChecked(true);
    cv->addWidget(m_valid);
    cv->addWidget(m_all);
    connect(m_all, &QRadioButton::toggled, this, [this] { m_checked = false; });
    setPage(CheckPage, checkPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

Entity ImportWizard::entity() const
{
    return Entity(m_entity->currentData().toInt());
}

void ImportWizard::setEntity(Entity e)
{
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(int(e))));
}

void ImportWizard::setAllOrNothing(bool on)
{
    (on ? m_all : m_valid)->setChecked(true);
}

bool ImportWizard::openFile(const QString& path, const QString& sheetName, QStringList* sheets,
                            QString* error)
{
    // Opening reads the workbook's shared strings or scans a CSV file's encoding: off the UI thread.
    Sheet start;
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase&, const BackgroundTask::Progress&, QString* why) {
            if (sheets && QFileInfo(path).suffix().toLower() == QLatin1String("xlsx") &&
                !XlsxReader::sheetNames(path, sheets, why))
                return false;
            const std::unique_ptr<RowSource> source = RowSource::open(path, sheetName, why);
            if (!source)
                return false;
            start.name = source->name();
            start.header = source->header();
            QStringList row;
            int line = 0;
            if (source->next(&row, &line)) {
                start.rows << row;
                start.lines << line;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    m_path = path;
    m_sheetName = sheetName;
    m_sheet = start;
    m_checked = false;
    return true;
}

bool ImportWizard::loadFile(const QString& path, QString* error)
{
    QStringList sheets;
    if (!openFile(path, QString(), &sheets, error))
        return false;
    m_file->setText(path);
    m_sheetBox->clear();
    m_sheetBox->addItems(sheets);
    m_sheetBox->setEnabled(!sheets.isEmpty());
    return true;
}

void ImportWizard::fillMapping()
{
    const QHash<int, QString> guessed = Importer::guessMapping(entity(), m_sheet.header);
    m_mapping->setRowCount(int(m_sheet.header.size()));
    const EntityDef& def = Schema::entity(entity());
    for (int i = 0; i < m_sheet.header.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(m_sheet.header.at(i)));
        m_mapping->setItem(i, 1,
                           new QTableWidgetItem(
                               m_sheet.rows.isEmpty() ? QString() : m_sheet.rows.first().value(i).left(80)));
        auto* box = new QComboBox(m_mapping);
        box->addItem(tr("— ignore —"), QString());
        box->addItem(tr("ID (matches existing records)"), QStringLiteral("uid"));
        for (const FieldDef& f : def.fields)
            box->addItem(f.displayName(), f.column);
        box->setCurrentIndex(std::max(0, box->findData(guessed.value(i))));
        box->setAccessibleName(tr("Field for the column %1").arg(m_sheet.header.at(i)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_checked = false; });
        m_mapping->setCellWidget(i, 2, box);
    }
    m_mapping->resizeColumnsToContents();
    m_presets->clear();
    QString why;
    m_presets->addItems(ImportPresets::names(m_workspace->database().connection(), entity(), &why));
    if (!why.isEmpty()) // not "no saved mappings"
        m_presets->setCurrentIndex(
            FieldEditor::addNotice(m_presets, tr("Cannot read the saved mappings: %1").arg(why), 0));
}

QHash<int, QString> ImportWizard::mapping() const
{
    QHash<int, QString> out;
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 2)))
            if (!box->currentData().toString().isEmpty())
                out.insert(r, box->currentData().toString());
    return out;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.entity = entity();
    o.mapping = mapping();
    o.allOrNothing = m_all->isChecked();
    o.locale = QLocale();
    o.language = Translations::current();
    return o;
}

bool ImportWizard::check(QString* error)
{
    ImportOptions o = options();
    m_report = ImportReport();
    m_first.clear();
    // Checking reads the file through and the workspace (to match existing records) on a connection of its
    // own, off the UI thread, keeping only the first rows and the problems.
    const Lookups lookups = m_workspace->lookups();
    const QString path = m_path, sheetName = m_sheetName, user = Workspace::userName();
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Checking %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            const std::unique_ptr<RowSource> source = RowSource::open(path, sheetName, why);
            if (!source)
                return false;
            o.progress = progress;
            const EditEngine rules(db, user); // an institution package's limits, found in the check already
            o.rowRule = [&rules](const RowEdit& r) { return rules.packageRefusal(r); };
            return Importer::check(
                db, lookups, *source, o,
                [this](RowEdit& r, int, QString*) {
                    if (m_first.size() < 20)
                        m_first << r;
                    return true;
                },
                &m_report, why);
        },
        error);
    QString summary = ok ? tr("Ready to import: %1.").arg(m_report.summary())
                         : QStringLiteral("⚠ ") + (error ? *error : QString());
    if (m_report.unlisted > 0)
        summary += QLatin1Char(' ') +
                   tr("The first %1 problems are listed; %n more are not.", nullptr, m_report.unlisted)
                       .arg(m_report.problems.size());
    m_summary->setText(summary);
    m_problems->setRowCount(int(m_report.problems.size()));
    for (int i = 0; i < m_problems->rowCount(); ++i) {
        const ImportProblem& p = m_report.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(p.line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnsToContents();
    // The first rows as they will be stored (the records of the batch, formatted as the tables show them).
    const EntityDef& def = Schema::entity(entity());
    const ValueParser parser(QLocale(), Translations::current(), &m_workspace->lookups());
    m_preview->clear();
    m_preview->setColumnCount(int(def.fields.size()) + 1);
    QStringList headers{tr("Action")};
    for (const FieldDef& f : def.fields)
        headers << f.displayName();
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(m_first.size()));
    for (int r = 0; r < m_first.size(); ++r) {
        const RowEdit& e = m_first.at(r);
        m_preview->setItem(r, 0,
                           new QTableWidgetItem(e.op == RowEdit::Op::Insert ? tr("add") : tr("update")));
        for (int c = 0; c < def.fields.size(); ++c)
            if (e.after.contains(def.fields.at(c).column))
                m_preview->setItem(r, c + 1,
                                   new QTableWidgetItem(parser.format(
                                       def.fields.at(c), e.after.value(def.fields.at(c).column))));
    }
    m_checked = ok;
    return ok;
}

bool ImportWizard::importNow(QString* error)
{
    if (!m_checked && !check(error))
        return false;
    const int rows = m_report.added + m_report.updated;
    if (rows == 0)
        return true;
    // The file is read again and each valid row written as it is read, in one transaction: memory stays
    // flat however long the file. The undo step reads the import back from the change log.
    ImportOptions o = options();
    o.description = Importer::describe(rows);
    const Lookups lookups = m_workspace->lookups();
    const QString path = m_path, sheetName = m_sheetName, user = Workspace::userName();
    ImportReport written;
    // The import is the undo step's first redo().
    auto write = [&](QString* batch, int* records, QString* why) {
        const bool ok = BackgroundTask::run(
            this, m_workspace->database(), false, tr("Importing %n row(s)…", nullptr, rows),
            [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* failure) {
                const std::unique_ptr<RowSource> source = RowSource::open(path, sheetName, failure);
                if (!source)
                    return false;
                o.progress = progress;
                EditEngine engine(db, user);
                o.rowRule = [&engine](const RowEdit& r) { return engine.packageRefusal(r); };
                return Importer::write(engine, db, lookups, *source, o, &written, batch, failure);
            },
            why);
        *records = written.added + written.updated;
        return ok;
    };
    if (!m_workspace->push(new ImportCommand(m_workspace, o.description, {o.entity}, write), error))
        return false;
    m_report = written;
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    if (id == CheckPage) {
        QString error;
        check(&error);
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && m_path != m_file->text()) {
        QString error;
        if (!loadFile(m_file->text().trimmed(), &error)) {
            QMessageBox::warning(this, tr("Import"), error);
            return false;
        }
    }
    if (currentId() == CheckPage) {
        QString error;
        if (!importNow(&error)) {
            QMessageBox::warning(this, tr("Nothing was imported"), error);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

} // namespace mcfund
