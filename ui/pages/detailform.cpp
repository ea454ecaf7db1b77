#include "detailform.h"

#include "commands/fieldeditcommand.h"
#include "tables/fieldeditor.h"
#include "workspace.h"

#include "domain/translations.h"
#include "edits/editbatch.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace mcfund {

namespace {
// The field's name without its language: "Title (English)" → "Title".
QString pairLabel(const FieldDef& en)
{
    QString l = en.displayName();
    const qsizetype at = l.lastIndexOf(QLatin1String(" ("));
    return at > 0 ? l.left(at) : l;
}
} // namespace

DetailForm::DetailForm(Workspace* workspace, Entity entity, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_entity(entity)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    // Three parts: the titles in both languages, full width; the single-value fields, in one column or,
    // when the panel is wide enough, two; the long texts in both languages, full width.
    const auto newForm = [] {
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        return form;
    };
    m_form = newForm();
    layout->addLayout(m_form);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(2 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    layout->addLayout(m_grid);
    m_longForm = newForm();
    layout->addLayout(m_longForm);
    layout->addStretch(1);
    build();
    setEditable(false);
    // An edit kept as not saved, then written or discarded: show it, or the file's value again.
    connect(workspace, &Workspace::pendingChanged, this, [this] {
        if (!m_loading)
            reload();
    });
}

void DetailForm::build()
{
    const EntityDef& def = Schema::entity(m_entity);
    QSet<QString> done;
    for (const FieldDef& f : def.fields) {
        if (done.contains(f.column))
            continue;
        QWidget* field = nullptr;
        QString pairFr;
        if (f.column.endsWith(QLatin1String("_en")))
            pairFr = f.column.left(f.column.size() - 3) + QStringLiteral("_fr");
        const FieldDef* fr = pairFr.isEmpty() ? nullptr : def.field(pairFr);
        auto makeEditor = [&](const FieldDef& d) {
            QWidget* e = FieldEditor::create(d, m_workspace, this);
            m_editors.insert(d.column, e);
            e->installEventFilter(this);
            if (auto* line = qobject_cast<QLineEdit*>(e))
                connect(line, &QLineEdit::editingFinished, this, [this, c = d.column] { commit(c); });
            else if (auto* box = qobject_cast<QComboBox*>(e))
                connect(box, &QComboBox::activated, this, [this, c = d.column] { commit(c); });
            else if (auto* date = qobject_cast<QDateEdit*>(e))
                connect(date, &QDateEdit::editingFinished, this, [this, c = d.column] { commit(c); });
            else if (auto* check = qobject_cast<QCheckBox*>(e))
                connect(check, &QCheckBox::toggled, this, [this, c = d.column] { commit(c); });
            auto* error = new QLabel(this);
            error->setWordWrap(true);
            error->setObjectName(d.column + QStringLiteral("_error"));
            error->setStyleSheet(QStringLiteral("color: #a40000;"));
            error->hide();
            m_errors.insert(d.column, error);
            return e;
        };
        auto column = [&](const FieldDef& d, const QString& tag) {
            auto* box = new QWidget(this);
            auto* v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(1);
            if (!tag.isEmpty()) {
                auto* t = new QLabel(tag, box);
                t->setObjectName(d.column + QStringLiteral("_tag"));
                QFont small = t->font();
                small.setPointSizeF(small.pointSizeF() * 0.85);
                t->setFont(small);
                v->addWidget(t);
                m_labels.insert(d.column + QStringLiteral("_tag"), t);
            }
            QWidget* e = makeEditor(d);
            v->addWidget(e);
            v->addWidget(m_errors.value(d.column));
            return box;
        };
        if (fr) {
            field = new QWidget(this);
            auto* h = new QHBoxLayout(field);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(column(f, tr("English")), 1);
            h->addWidget(column(*fr, tr("French")), 1);
            done << fr->column;
        } else {
            field = column(f, QString());
        }
        // A check box carries its own text beside it, as everywhere in Qt: no label above it.
        if (auto* check = qobject_cast<QCheckBox*>(m_editors.value(f.column))) {
            check->setText(f.displayName());
            m_singles << field;
            done << f.column;
            continue;
        }
        auto* label = new QLabel(fr ? pairLabel(f) : f.displayName(), this);
        label->setBuddy(m_editors.value(f.column));
        // Names sit above their editors: long French names never push the editors out of the panel; short
        // ones stay on one line (see fitLabel).
        fitLabel(label);
        m_labels.insert(f.column, label);
        done << f.column;
        if (fr) {
            const bool longText = qobject_cast<QPlainTextEdit*>(m_editors.value(f.column));
            (longText ? m_longForm : m_form)->addRow(label, field);
            continue;
        }
        // A single value: its name above it, in a box the grid places in one column or two.
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) / 2);
        label->setParent(box);
        field->setParent(box);
        v->addWidget(label);
        v->addWidget(field);
        m_singles << box;
    }
    arrange(1);
}

void DetailForm::arrange(int columns)
{
    m_columns = columns;
    for (QWidget* w : std::as_const(m_singles))
        m_grid->removeWidget(w);
    // Down the first column, then down the second: related fields stay together, and the keyboard's
    // order (the order they were made in) reads the same way.
    const int perColumn = int((m_singles.size() + columns - 1) / columns);
    for (int i = 0; i < m_singles.size(); ++i)
        m_grid->addWidget(m_singles.at(i), i % perColumn, i / perColumn, Qt::AlignTop);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DetailForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Two columns once each can hold an editor and its longest French name (about 300 pixels each).
    const int wanted = width() >= 2 * 300 + m_grid->horizontalSpacing() ? 2 : 1;
    if (wanted != m_columns)
        arrange(wanted);
}

void DetailForm::fitLabel(QLabel* label)
{
    // A word-wrapped label asks for a narrow width and breaks "Langue de publication" in two for no
    // reason: only a name longer than the narrowest panel wraps, at word boundaries.
    label->setWordWrap(label->fontMetrics().horizontalAdvance(label->text()) > 240);
}

void DetailForm::retranslate()
{
    const EntityDef& def = Schema::entity(m_entity);
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_tag"))) {
            it.value()->setText(it.key().contains(QLatin1String("_en_")) ? tr("English") : tr("French"));
            continue;
        }
        const FieldDef* f = def.field(it.key());
        if (!f)
            continue;
        const bool pair = f->column.endsWith(QLatin1String("_en")) &&
                          def.field(f->column.left(f->column.size() - 3) + QStringLiteral("_fr"));
        it.value()->setText(pair ? pairLabel(*f) : f->displayName());
        fitLabel(it.value());
    }
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        if (const FieldDef* f = def.field(it.key())) {
            FieldEditor::setAccessibleName(it.value(), f->displayName());
            if (auto* check = qobject_cast<QCheckBox*>(it.value()))
                check->setText(f->displayName());
            FieldEditor::retranslate(it.value(), *f, m_workspace);
        }
    }
    // The record is read again only when what it shows depends on a language that changed.
    if (m_shownLanguage != Translations::current())
        reload();
}

void DetailForm::setEditable(bool editable)
{
    // In a coordinator's package the ministry's fields stay visible but cannot be changed.
    const bool package = m_workspace->database().kind() == WorkspaceKind::Package;
    const EntityDef& def = Schema::entity(m_entity);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const FieldDef* f = def.field(it.key());
        const bool ministry = package && ((f && f->ministryOnly && f->column != QLatin1String("status")) ||
                                          m_entity == Entity::Round);
        // On a shared workspace, what the person's database role may not change, with the reason.
        const QString refusal = m_workspace->roleRefusal(m_entity, it.key());
        it.value()->setEnabled(editable && !ministry && refusal.isEmpty());
        it.value()->setToolTip(refusal);
    }
}

void DetailForm::showRecord(const QString& uid)
{
    m_uid = uid;
    reload();
}

void DetailForm::reload()
{
    m_loading = true;
    m_shownLanguage = Translations::current();
    for (QLabel* e : std::as_const(m_errors)) {
        e->hide();
        e->setToolTip(QString());
    }
    const EntityDef& def = Schema::entity(m_entity);
    const std::optional<Record> rec =
        m_uid.isEmpty() ? std::nullopt
                        : RecordStore(m_workspace->database().connection(), {}).get(m_entity, m_uid);
    // Someone else's change to the record on screen: the field being typed in keeps what is typed.
    const bool sameRecord = m_uid == m_shownUid;
    m_shownUid = m_uid;
    QWidget* typing = sameRecord ? QApplication::focusWidget() : nullptr;
    m_values.clear();
    if (auto* projects = qobject_cast<LazyComboBox*>(m_editors.value(QStringLiteral("project_uid")))) {
        // A micro-credential belongs to one of its institution's projects: the record's own project now, the
        // institution's list when someone is about to choose from it.
        const QString lang = Translations::current();
        const auto label = [this, lang](const LookupItem& p) {
            return tr("%1 (round %2)").arg(p.name(lang), p.code);
        };
        projects->clear();
        projects->addItem(tr("(none)"), QVariant());
        projects->setFiller(nullptr);
        if (rec) {
            QSqlDatabase db = m_workspace->database().connection();
            const QString project = rec->value(QStringLiteral("project_uid")).toString();
            if (!project.isEmpty())
                if (const std::optional<LookupItem> p = Lookups::project(db, project))
                    projects->addItem(label(*p), p->uid);
            const QString institution = rec->value(QStringLiteral("institution_uid")).toString();
            projects->setFiller([db, institution, lang, label, this](QComboBox* box) {
                box->addItem(tr("(none)"), QVariant());
                QString why;
                for (const LookupItem& p : Lookups::projectsOf(db, institution, lang, &why))
                    box->addItem(label(p), p.uid);
                if (!why.isEmpty()) // not an institution without projects
                    FieldEditor::addNotice(box,
                                           tr("Cannot read the projects of this institution: %1").arg(why));
            });
        }
    }
    for (const FieldDef& f : def.fields) {
        const QVariant v = rec ? rec->value(f.column) : QVariant();
        m_values.insert(f.column, v);
        if (QWidget* e = m_editors.value(f.column)) {
            if (typing && (e == typing || e->isAncestorOf(typing)))
                continue;
            // Combo boxes list lookups that may have changed since the form was built.
            FieldEditor::setValue(e, f, m_workspace, v);
        }
    }
    if (rec) {
        const QString lang = Translations::current();
        QString title;
        for (const char* c : {"title", "name"}) {
            const QString en = rec->value(QLatin1String(c) + QStringLiteral("_en")).toString();
            const QString fr = rec->value(QLatin1String(c) + QStringLiteral("_fr")).toString();
            title = lang == QLatin1String("fr") ? (fr.isEmpty() ? en : fr) : (en.isEmpty() ? fr : en);
            if (!title.isEmpty())
                break;
        }
        if (title.isEmpty())
            title = rec->value(QStringLiteral("name")).toString();
        m_heading->setText(title);
    } else {
        m_heading->setText(tr("No %1 selected").arg(def.displaySingular()));
    }
    if (rec && m_workspace->hasPending()) {
        // What was typed and could not be saved stays in its editor, with the reason under it in words.
        for (const FieldDef& f : def.fields) {
            QVariant unsaved;
            QString why;
            WriteFailure::Kind kind = WriteFailure::Kind::None;
            QWidget* e = m_editors.value(f.column);
            if (!e || !m_workspace->pendingValue(m_entity, m_uid, f.column, &unsaved, &why, &kind))
                continue;
            FieldEditor::setValue(e, f, m_workspace, unsaved);
            if (QLabel* l = m_errors.value(f.column)) {
                // One line under the field; the whole message is in the bar at the top and in the tooltip.
                l->setText(QStringLiteral("⚠ ") +
                           (kind == WriteFailure::Kind::None
                                ? tr("Not saved: %1").arg(why)
                                : tr("Not saved (%1)").arg(WriteFailure::kindName(kind))));
                l->setToolTip(why);
                l->show();
            }
        }
    }
    setEditable(rec.has_value() && !m_workspace->isReadOnly());
    // With nothing selected the form shows only its heading, not defaults that look like data.
    for (QFormLayout* form : {m_form, m_longForm})
        for (int r = 0; r < form->rowCount(); ++r)
            form->setRowVisible(r, rec.has_value());
    for (QWidget* single : std::as_const(m_singles))
        single->setVisible(rec.has_value());
    m_loading = false;
}

bool DetailForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto* text = qobject_cast<QPlainTextEdit*>(watched))
            commit(text->objectName());
    }
    return QWidget::eventFilter(watched, event);
}

void DetailForm::showError(const QString& field, const QString& message)
{
    if (QLabel* l = m_errors.value(field)) {
        // Text and a sign, not colour alone.
        l->setText(QStringLiteral("⚠ ") + message);
        l->setVisible(!message.isEmpty());
    }
    if (!message.isEmpty())
        emit this->message(message);
}

void DetailForm::commit(const QString& field)
{
    if (m_loading || m_uid.isEmpty())
        return;
    const FieldDef* f = Schema::entity(m_entity).field(field);
    QWidget* editor = m_editors.value(field);
    if (!f || !editor)
        return;
    QVariant value;
    QString error;
    if (!FieldEditor::value(editor, *f, m_workspace, &value, &error)) {
        showError(field, error);
        return;
    }
    const QVariant old = m_values.value(field);
    // Already kept as not saved with this value: Retry on the bar writes it; leaving the field again does
    // not.
    QVariant unsaved;
    if (m_workspace->pendingValue(m_entity, m_uid, field, &unsaved) &&
        RecordStore::toLogText(unsaved) == RecordStore::toLogText(value) &&
        unsaved.isNull() == value.isNull())
        return;
    if (RecordStore::toLogText(old) == RecordStore::toLogText(value) && old.isNull() == value.isNull()) {
        showError(field, QString());
        return;
    }
    QString message;
    if (!m_workspace->push(new FieldEditCommand(m_workspace, m_entity, m_uid, field, old, value,
                                                tr("change of %1").arg(f->displayName().toLower())),
                           &message)) {
        if (m_workspace->lastFailure().isFailure()) {
            emit this->message(message); // kept as not saved: its label was set when the form reloaded
            return;
        }
        showError(field, message);
        return;
    }
    showError(field, QString());
    m_values.insert(field, value);
}

} // namespace mcfund
