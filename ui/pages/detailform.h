#pragma once

#include "domain/entityschema.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;

namespace mcfund {

class Workspace;

/**
 * The detail form of the selected record: every field, with the English and French values of each
 * text side by side. A field is saved when its editor is left (one undoable change); invalid input is
 * refused with a message under the field, and nothing is written.
 */
class DetailForm : public QWidget
{
    Q_OBJECT
public:
    DetailForm(Workspace* workspace, Entity entity, QWidget* parent = nullptr);

    void showRecord(const QString& uid);
    QString uid() const { return m_uid; }
    void reload();
    void retranslate();
    /** Makes every editor read-only (no record, or a field the user may not change). */
    void setEditable(bool editable);
    /** How many columns the single-value fields take now: 2 when the panel is wide enough, else 1. */
    int columns() const { return m_columns; }

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static void fitLabel(QLabel* label);
    void build();
    void arrange(int columns);
    void commit(const QString& field);
    void showError(const QString& field, const QString& message);

    Workspace* m_workspace;
    Entity m_entity;
    QString m_uid;
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;     ///< titles, English and French side by side
    QGridLayout* m_grid = nullptr;     ///< single values, in one column or two
    QFormLayout* m_longForm = nullptr; ///< long texts, English and French side by side
    QList<QWidget*> m_singles;         ///< the grid's rows, in the schema's order
    int m_columns = 0;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QVariant> m_values;
    bool m_loading = false;
    QString m_shownLanguage; ///< the language of the last reload
    QString m_shownUid;      ///< the record of the last reload
};

} // namespace mcfund
