#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QVariant>

class QWidget;

namespace mcfund {

class Workspace;

/**
 * The editor widget for one field, shared by table cells and detail forms so that both accept the same
 * input: a combo box for codes and references, a date editor, a check box, and a line edit that reads
 * amounts and numbers in English or French form whatever the session's language (ValueParser).
 */
class FieldEditor
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::FieldEditor)
public:
    static QWidget* create(const FieldDef& field, const Workspace* workspace, QWidget* parent);
    /** Refills a combo box's labels in the interface language, keeping its value. */
    static void retranslate(QWidget* editor, const FieldDef& field, const Workspace* workspace);
    static void setValue(QWidget* editor, const FieldDef& field, const Workspace* workspace, const QVariant& value);
    /** Reads the editor; false with a message (what and why) when the input is not valid for the field. */
    static bool value(QWidget* editor, const FieldDef& field, const Workspace* workspace, QVariant* out, QString* error);
};

} // namespace mcfund
