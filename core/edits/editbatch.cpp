#include "editbatch.h"

#include <algorithm>

namespace mcfund {

EditBatch EditBatch::inverse() const
{
    EditBatch inv;
    inv.description = description;
    if (note)
        inv.note = Note{note->entity, note->uid, note->text};
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        RowEdit r = *it;
        switch (it->op) {
        case RowEdit::Op::Insert:
            r.op = RowEdit::Op::Delete;
            r.before = it->after;
            r.after.clear();
            break;
        case RowEdit::Op::Delete:
            r.op = RowEdit::Op::Insert;
            r.after = it->before;
            r.before.clear();
            break;
        case RowEdit::Op::Update:
            std::swap(r.before, r.after);
            break;
        }
        inv.rows << r;
    }
    return inv;
}

EditBatch EditBatch::change(Entity entity, const QString& uid, const QString& field, const QVariant& oldValue,
                            const QVariant& newValue, const QString& description)
{
    RowEdit r;
    r.op = RowEdit::Op::Update;
    r.entity = entity;
    r.uid = uid;
    r.before.insert(field, oldValue);
    r.after.insert(field, newValue);
    return EditBatch{description, {r}};
}

} // namespace mcfund
