#include "validation.h"

#include <QDate>
#include <QRegularExpression>

namespace mcfund {

QString Validation::checkField(const FieldDef& field, QVariant& value)
{
    // The field's name is only translated when a message needs it: imports check millions of valid cells.
    struct LazyName
    {
        const FieldDef& f;
        operator QString() const { return f.displayName(); }
    } name{field};
    if (value.typeId() == QMetaType::QString) {
        const QString trimmed =
            field.type == FieldType::LongText ? value.toString() : value.toString().trimmed();
        value = trimmed.trimmed().isEmpty() ? QVariant() : QVariant(trimmed);
    }
    if (value.isNull() || !value.isValid()) {
        value = QVariant();
        if (field.required)
            return tr("%1 is required.").arg(name);
        return QString();
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        const QString s = value.toString();
        if (field.maxLength > 0 && s.size() > field.maxLength)
            return tr("%1 is %2 characters long; the limit is %3.")
                .arg(name)
                .arg(s.size())
                .arg(field.maxLength);
        if (field.type == FieldType::Text && (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))))
            return tr("%1 must be on one line.").arg(name);
        return QString();
    }
    case FieldType::Integer:
    case FieldType::Money: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || (value.typeId() == QMetaType::Double && value.toDouble() != double(n)))
            return field.type == FieldType::Money ? tr("%1 must be an amount in cents.").arg(name)
                                                  : tr("%1 must be a whole number.").arg(name);
        if (field.max != field.min && (n < field.min || n > field.max)) {
            if (field.type == FieldType::Money && n < 0)
                return tr("%1 cannot be negative.").arg(name);
            if (field.type == FieldType::Money)
                return tr("%1 is out of range.").arg(name);
            return tr("%1 must be between %2 and %3.").arg(name).arg(field.min).arg(field.max);
        }
        value = n;
        return QString();
    }
    case FieldType::Date: {
        const QString s = value.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            return tr("%1 must be a date (YYYY-MM-DD), not “%2”.").arg(name, s);
        if (d.year() < 1990 || d.year() > 2100)
            return tr("%1 must be between 1990 and 2100.").arg(name);
        return QString();
    }
    case FieldType::Bool: {
        const QString s = value.toString().toLower();
        if (s == QLatin1String("1") || s == QLatin1String("true")) {
            value = 1;
            return QString();
        }
        if (s == QLatin1String("0") || s == QLatin1String("false")) {
            value = 0;
            return QString();
        }
        return tr("%1 must be yes or no.").arg(name);
    }
    case FieldType::Code:
        if (!Codes::isValid(field.codes, value.toString()))
            return tr("%1: “%2” is not a known %3.")
                .arg(name, value.toString(), Codes::listName(field.codes));
        return QString();
    case FieldType::Reference:
        return QString(); // existence is checked by the repository against the database
    }
    return QString();
}

FieldErrors Validation::validate(Entity entity, Record& record)
{
    const EntityDef& def = Schema::entity(entity);
    FieldErrors errors;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f)
            continue;
        const QString e = checkField(*f, it.value());
        if (!e.isEmpty())
            errors << FieldError{it.key(), e};
    }
    // Keys made once (QStringLiteral), not from Latin-1 on every call: every row of an import comes here.
    auto has = [&](const QString& c) { return !record.value(c).isNull(); };
    auto num = [&](const QString& c) { return record.value(c).toLongLong(); };
    auto str = [&](const QString& c) { return record.value(c).toString(); };

    switch (entity) {
    case Entity::Project:
    case Entity::Credential:
        if (record.contains(QStringLiteral("title_en")) && record.contains(QStringLiteral("title_fr")) &&
            !has(QStringLiteral("title_en")) && !has(QStringLiteral("title_fr")))
            errors << FieldError{QStringLiteral("title_en"),
                                 tr("A title is required, in English or French.")};
        break;
    case Entity::Institution:
    case Entity::Sector:
    case Entity::Round:
        if (record.contains(QStringLiteral("name_en")) && record.contains(QStringLiteral("name_fr")) &&
            !has(QStringLiteral("name_en")) && !has(QStringLiteral("name_fr")))
            errors << FieldError{QStringLiteral("name_en"), tr("A name is required, in English or French.")};
        break;
    default:
        break;
    }
    if (entity == Entity::Project) {
        if (has(QStringLiteral("approved_cents")) && has(QStringLiteral("requested_cents")) &&
            num(QStringLiteral("approved_cents")) > num(QStringLiteral("requested_cents")))
            errors << FieldError{QStringLiteral("approved_cents"),
                                 tr("The approved amount cannot be above the requested amount.")};
        if (has(QStringLiteral("start_on")) && has(QStringLiteral("end_on")) &&
            str(QStringLiteral("end_on")) < str(QStringLiteral("start_on")))
            errors << FieldError{QStringLiteral("end_on"), tr("The end date is before the start date.")};
    }
    if (entity == Entity::Round && has(QStringLiteral("intake_opens")) &&
        has(QStringLiteral("intake_closes")) &&
        str(QStringLiteral("intake_closes")) < str(QStringLiteral("intake_opens")))
        errors << FieldError{QStringLiteral("intake_closes"), tr("The intake closes before it opens.")};
    if (entity == Entity::Credential) {
        if (has(QStringLiteral("learners_completed")) && has(QStringLiteral("learners_enrolled")) &&
            num(QStringLiteral("learners_completed")) > num(QStringLiteral("learners_enrolled")))
            errors << FieldError{QStringLiteral("learners_completed"),
                                 tr("More learners completed than enrolled.")};
        static const QRegularExpression cip(QStringLiteral("^\\d{2}\\.\\d{4}$"));
        if (has(QStringLiteral("cip_code")) && !cip.match(str(QStringLiteral("cip_code"))).hasMatch())
            errors << FieldError{
                QStringLiteral("cip_code"),
                tr("CIP 2021 code “%1” must look like 51.3902.").arg(str(QStringLiteral("cip_code")))};
        static const QRegularExpression noc(QStringLiteral("^\\d{5}(;\\d{5}){0,2}$"));
        if (has(QStringLiteral("noc_codes")) && !noc.match(str(QStringLiteral("noc_codes"))).hasMatch())
            errors << FieldError{QStringLiteral("noc_codes"),
                                 tr("NOC 2021 codes “%1” must be up to three five-digit codes separated by "
                                    "semicolons.")
                                     .arg(str(QStringLiteral("noc_codes")))};
    }
    return errors;
}

QString Validation::describe(Entity entity, const FieldErrors& errors)
{
    const EntityDef& def = Schema::entity(entity);
    QStringList parts;
    for (const FieldError& e : errors) {
        const FieldDef* f = def.field(e.field);
        const QString label = f ? f->displayName() : e.field;
        parts << (e.message.startsWith(label) ? e.message : label + QStringLiteral(": ") + e.message);
    }
    return parts.join(QStringLiteral(" "));
}

} // namespace mcfund
