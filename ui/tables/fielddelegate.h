#pragma once

#include <QStyledItemDelegate>

namespace mcfund {

class Workspace;

/** Cell editors by field type (FieldEditor); refuses invalid input with a message instead of storing it. */
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FieldDelegate(const Workspace* workspace, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    /** Input that cannot be stored: what and why. */
    void inputRefused(const QString& message) const;

private:
    const Workspace* m_workspace;
};

} // namespace mcfund
