#include "fieldeditor.h"

#include "workspace.h"

#include "domain/codes.h"
#include "domain/money.h"
#include "domain/translations.h"
#include "edits/valueparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace mcfund {

namespace {
const QDate kNoDate(1990, 1, 1);

ValueParser parser(const Workspace* w)
{
    return ValueParser(QLocale(), Translations::current(), w ? &w->lookups() : nullptr);
}
} // namespace

QWidget* FieldEditor::create(const FieldDef& field, const Workspace* workspace, QWidget* parent)
{
    QWidget* editor = nullptr;
    switch (field.type) {
    case FieldType::Code: {
        auto* box = new QComboBox(parent);
        if (!field.required)
            box->addItem(tr("(none)"), QVariant());
        for (const QString& code : Codes::codes(field.codes))
            box->addItem(Codes::label(field.codes, code), code);
        editor = box;
        break;
    }
    case FieldType::Reference:
        if (field.ref == Entity::Sector || field.ref == Entity::Round || field.ref == Entity::Institution) {
            auto* box = new QComboBox(parent);
            if (!field.required)
                box->addItem(tr("(none)"), QVariant());
            for (const LookupItem& item : workspace->lookups().sorted(field.ref, Translations::current()))
                box->addItem(item.name(Translations::current()), item.uid);
            box->setEditable(field.ref == Entity::Institution);
            if (box->isEditable())
                box->setInsertPolicy(QComboBox::NoInsert);
            editor = box;
        } else {
            // Projects are too many to list up front: the form fills this with the institution's projects
            // when someone is about to choose one.
            auto* box = new LazyComboBox(parent);
            box->addItem(tr("(none)"), QVariant());
            editor = box;
        }
        break;
    case FieldType::Date: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setMinimumDate(kNoDate);
        date->setMaximumDate(QDate(2100, 12, 31));
        date->setSpecialValueText(tr("(none)"));
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        editor = date;
        break;
    }
    case FieldType::Bool:
        editor = new QCheckBox(parent);
        break;
    case FieldType::LongText: {
        auto* text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(90);
        editor = text;
        break;
    }
    case FieldType::Money: {
        auto* line = new QLineEdit(parent);
        // An empty amount is "not recorded", never a zero or an example that could pass for data.
        line->setPlaceholderText(tr("not recorded"));
        line->setAlignment(Qt::AlignRight);
        editor = line;
        break;
    }
    default: {
        auto* line = new QLineEdit(parent);
        if (field.maxLength > 0)
            line->setMaxLength(field.maxLength + 50); // longer input gets a clear message, not a silent cut
        if (field.type == FieldType::Integer)
            line->setAlignment(Qt::AlignRight);
        editor = line;
    }
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        // Long institution names must not force the form wider than its panel.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    editor->setMinimumWidth(60);
    setAccessibleName(editor, field.displayName());
    editor->setObjectName(field.column);
    return editor;
}

void FieldEditor::setAccessibleName(QWidget* editor, const QString& name)
{
    editor->setAccessibleName(name);
    if (auto* box = qobject_cast<QComboBox*>(editor); box && box->lineEdit())
        box->lineEdit()->setAccessibleName(name);
}

void FieldEditor::retranslate(QWidget* editor, const FieldDef& field, const Workspace* workspace)
{
    auto* box = qobject_cast<QComboBox*>(editor);
    if (!box)
        return;
    for (int i = 0; i < box->count(); ++i) {
        const QVariant data = box->itemData(i);
        if (data.isNull()) {
            box->setItemText(i, tr("(none)"));
        } else if (field.type == FieldType::Code) {
            box->setItemText(i, Codes::label(field.codes, data.toString()));
        } else if (const LookupItem* item = workspace->lookups().find(field.ref, data.toString())) {
            box->setItemText(i, item->name(Translations::current()));
        }
    }
}

void FieldEditor::setValue(QWidget* editor, const FieldDef& field, const Workspace* workspace,
                           const QVariant& value)
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (field.type == FieldType::Reference && field.ref == Entity::Project && !value.isNull() &&
            box->findData(value) < 0)
            box->addItem(value.toString(), value); // not one of the listed projects: keep it visible
        const int i = box->findData(value.isNull() ? QVariant() : value);
        box->setCurrentIndex(i < 0 ? (value.isNull() ? 0 : -1) : i);
        if (i < 0 && !value.isNull() && box->isEditable())
            box->setEditText(value.toString());
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? d : kNoDate);
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toInt() != 0);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        // Amounts with their currency, as the table shows them (read back in either language's form).
        if (field.type == FieldType::Money)
            line->setText(value.isNull() ? QString() : Money(value.toLongLong()).toString(QLocale()));
        else
            line->setText(parser(workspace).format(field, value));
        // A long title shows its beginning, unless the person is typing in it.
        if (!line->hasFocus())
            line->setCursorPosition(0);
    }
}

bool FieldEditor::value(QWidget* editor, const FieldDef& field, const Workspace* workspace, QVariant* out,
                        QString* error)
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (box->isEditable()) {
            // A typed institution name must match one exactly (in either language).
            const int i = box->findText(box->currentText(), Qt::MatchFixedString);
            if (i >= 0) {
                *out = box->itemData(i);
                return true;
            }
            return parser(workspace).parse(field, box->currentText(), out, error);
        }
        *out = box->currentData();
        return true;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        *out = date->date() == kNoDate ? QVariant() : QVariant(date->date().toString(Qt::ISODate));
        return true;
    }
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        *out = check->isChecked() ? 1 : 0;
        return true;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return parser(workspace).parse(field, text->toPlainText(), out, error);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return parser(workspace).parse(field, line->text(), out, error);
    return false;
}

void LazyComboBox::setFiller(std::function<void(QComboBox*)> fill)
{
    m_fill = std::move(fill);
}

int FieldEditor::addNotice(QComboBox* box, const QString& text, int index)
{
    const int at = index < 0 ? box->count() : index;
    box->insertItem(at, text);
    if (auto* items = qobject_cast<QStandardItemModel*>(box->model()))
        items->item(at)->setEnabled(false);
    return at;
}

void LazyComboBox::fill()
{
    if (!m_fill)
        return;
    const std::function<void(QComboBox*)> fill = std::move(m_fill);
    m_fill = nullptr;
    const QVariant current = currentData();
    const QString text = currentText();
    const QSignalBlocker block(this); // the value does not change: only the list grows
    clear();
    fill(this);
    int i = findData(current);
    if (i < 0 && !current.isNull()) {
        addItem(text, current); // not one of the listed items: keep it visible
        i = count() - 1;
    }
    setCurrentIndex(qMax(i, 0));
}

void LazyComboBox::showPopup()
{
    fill();
    QComboBox::showPopup();
}

void LazyComboBox::focusInEvent(QFocusEvent* event)
{
    fill();
    QComboBox::focusInEvent(event);
}

void LazyComboBox::wheelEvent(QWheelEvent* event)
{
    fill();
    QComboBox::wheelEvent(event);
}

void LazyComboBox::keyPressEvent(QKeyEvent* event)
{
    fill();
    QComboBox::keyPressEvent(event);
}

} // namespace mcfund
