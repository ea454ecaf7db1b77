#include "fielddelegate.h"

#include "fieldeditor.h"
#include "tablemodel.h"

namespace mcfund {

namespace {
const FieldDef* fieldOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const TableModel*>(index.model());
    const QString field = index.data(TableModel::FieldRole).toString();
    return model && !field.isEmpty() ? Schema::entity(model->entity()).field(field) : nullptr;
}
} // namespace

FieldDelegate::FieldDelegate(const Workspace* workspace, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_workspace(workspace)
{}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const FieldDef* f = fieldOf(index);
    if (!f || f->type == FieldType::Bool)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget* editor = FieldEditor::create(*f, m_workspace, parent);
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (const FieldDef* f = fieldOf(index))
        FieldEditor::setValue(editor, *f, m_workspace, index.data(Qt::EditRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const FieldDef* f = fieldOf(index);
    if (!f) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QVariant value;
    QString error;
    if (!FieldEditor::value(editor, *f, m_workspace, &value, &error)) {
        emit inputRefused(error);
        return;
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace mcfund
