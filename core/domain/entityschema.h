#pragma once

#include "codes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mcfund {

/** The kinds of record a workspace holds. */
enum class Entity
{
    Sector,
    Round,
    Institution,
    Project,
    Credential,
    Partner,
    ProjectPartner,
    Criterion,
    Review,
    Decision,
    Assignment
};

enum class FieldType
{
    Text,      ///< single-line text
    LongText,  ///< multi-line text (summaries, outcomes)
    Integer,   ///< whole number within [min, max]
    Money,     ///< integer cents
    Date,      ///< ISO date text YYYY-MM-DD
    Bool,      ///< 0 or 1
    Code,      ///< one of a CodeList's codes
    Reference, ///< uid of another entity
};

/** One column of an entity: how it is stored, checked and labelled. */
struct FieldDef
{
    QString column;
    FieldType type = FieldType::Text;
    const char* label = nullptr; ///< untranslated; see FieldDef::displayName()
    bool required = false;
    int maxLength = 0; ///< for text, 0 = no limit
    qint64 min = 0;
    qint64 max = 0; ///< for integers and money; max == min means no range check
    CodeList codes = CodeList::Language;
    Entity ref = Entity::Sector;
    bool ministryOnly = false; ///< not editable by an institution coordinator

    QString displayName() const;
};

/** One kind of record: its table and its fields, in display order. */
struct EntityDef
{
    Entity entity;
    QString table;
    QString name; ///< stable code used in the change log ("project")
    const char* singular = nullptr;
    const char* plural = nullptr;
    QList<FieldDef> fields;

    const FieldDef* field(const QString& column) const;
    QStringList columns() const;
    QString displaySingular() const;
    QString displayPlural() const;
};

/** The fund's data model, declared once; storage, validation, import and the tables read it. */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Schema)
public:
    static const EntityDef& entity(Entity e);
    static const QList<Entity>& entities();
    static const EntityDef* byName(const QString& name);
    static const EntityDef* byTable(const QString& table);
    /** Maximum length of a title or name, in characters. */
    static constexpr int TitleMax = 300;
    static constexpr int LongTextMax = 20000;
};

} // namespace mcfund
