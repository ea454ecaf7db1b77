#pragma once

#include "domain/entityschema.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mcfund {

class LazyComboBox;

class AuditModel;
class Workspace;

/**
 * The change log as people read it: who changed what, when, from what to what, and how (edit, undo,
 * paste, decision, import, merge). For the selected record or the whole workspace, filterable by round
 * and by user, exportable to CSV. Read-only: the log cannot be edited or deleted from here (nor from
 * anywhere: the database refuses it).
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(Workspace* workspace, QWidget* parent = nullptr);

    /** The record whose history "this record only" shows. */
    void setRecord(Entity entity, const QString& uid, const QString& label);
    AuditModel* model() const { return m_model; }
    void refresh();
    void retranslate();
    bool exportCsv(const QString& path, QString* error) const;

private:
    Workspace* m_workspace;
    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_recordOnly = nullptr;
    QComboBox* m_round = nullptr;
    LazyComboBox* m_user = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QString m_uid;
    QString m_label;
    QString m_unread; ///< why the last read of the history failed, or ""
};

} // namespace mcfund
