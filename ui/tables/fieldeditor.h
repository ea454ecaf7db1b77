#pragma once

#include "domain/entityschema.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QVariant>

#include <functional>

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
    /** Names \a editor for a screen reader, and the text field inside it when it is an editable list. */
    static void setAccessibleName(QWidget* editor, const QString& name);
    static void setValue(QWidget* editor, const FieldDef& field, const Workspace* workspace,
                         const QVariant& value);
    /** Reads the editor; false with a message (what and why) when the input is not valid for the field. */
    static bool value(QWidget* editor, const FieldDef& field, const Workspace* workspace, QVariant* out,
                      QString* error);
    /** Puts \a text in \a box at \a index (-1: last) as an item that cannot be chosen: why the list is not
     *  what it should be (a read that failed), said where the choice is made. Returns its index. */
    static int addNotice(QComboBox* box, const QString& text, int index = -1);
};

/**
 * A combo box whose full list is made only when someone is about to choose from it (it gets the focus, opens,
 * or takes a wheel turn): a micro-credential's project is one of its institution's projects, thousands on a
 * large workspace, and listing them for every record shown made selecting a row slow. Until then it holds
 * the current value alone.
 */
class LazyComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;
    /** \a fill adds the items; it runs once, the first time the list is needed, keeping the current value. */
    void setFiller(std::function<void(QComboBox*)> fill);
    bool isFilled() const { return !m_fill; }
    /** Fills the list now if it is still pending. */
    void fill();

    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::function<void(QComboBox*)> m_fill;
};

} // namespace mcfund
