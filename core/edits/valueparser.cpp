#include "valueparser.h"

#include "domain/codes.h"
#include "domain/datetext.h"
#include "domain/money.h"
#include "domain/numbertext.h"
#include "domain/textkey.h"
#include "domain/translations.h"
#include "query/lookups.h"

#include <QDate>

namespace mcfund {

ValueParser::ValueParser(const QLocale& locale, const QString& language, const Lookups* lookups)
    : m_locale(locale)
    , m_language(language)
    , m_lookups(lookups)
    , m_money(locale)
    , m_yes(tr("Yes"))
    , m_no(tr("No"))
{
    for (size_t l = 0; l < m_codeLabels.size(); ++l)
        for (const QString& code : Codes::codes(CodeList(l)))
            m_codeLabels[l].insert(code, Codes::label(CodeList(l), code));
}

bool ValueParser::parse(const FieldDef& field, const QString& input, QVariant* value, QString* error) const
{
    const QString text = field.type == FieldType::LongText ? input : input.trimmed();
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (text.trimmed().isEmpty()) {
        *value = QVariant();
        return true;
    }
    // The field's name is looked up (and translated) only for a message.
    const auto name = [&field] { return field.displayName(); };
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        *value = text;
        return true;
    case FieldType::Integer: {
        qint64 n = 0;
        QString why;
        if (!NumberText::parseWhole(text, &n, &why))
            return fail(tr("%1: %2").arg(name(), why));
        if (field.max != field.min && (n < field.min || n > field.max))
            return fail(tr("%1: %2 is not between %3 and %4.")
                            .arg(name(), m_locale.toString(n), m_locale.toString(field.min),
                                 m_locale.toString(field.max)));
        *value = n;
        return true;
    }
    case FieldType::Money: {
        Money m;
        QString why;
        if (!Money::parse(text, m_locale, &m, &why))
            return fail(tr("%1: %2").arg(name(), why));
        if (field.max != field.min && m.cents() < field.min)
            return fail(tr("%1: %2 is negative; the amount cannot be.").arg(name(), m.toString(m_locale)));
        if (field.max != field.min && m.cents() > field.max)
            return fail(tr("%1: %2 is out of range.").arg(name(), m.toString(m_locale)));
        *value = m.cents();
        return true;
    }
    case FieldType::Date: {
        QDate d;
        QString why;
        if (!DateText::parse(text, &d, &why))
            return fail(tr("%1: %2").arg(name(), why));
        *value = d.toString(Qt::ISODate);
        return true;
    }
    case FieldType::Bool: {
        const QString k = TextKey::of(text);
        static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("true"), QStringLiteral("yes"),
                                        QStringLiteral("y"),    QStringLiteral("oui"),  QStringLiteral("o"),
                                        QStringLiteral("vrai"), QStringLiteral("x")};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                       QStringLiteral("n"), QStringLiteral("non"),   QStringLiteral("faux")};
        // The words of both languages, whatever the session's: "Oui" on an English desktop, "Yes" on a
        // French one.
        if (yes.contains(k) || k == TextKey::of(tr("Yes")) ||
            k == TextKey::of(Translations::french("mcfund::ValueParser", "Yes"))) {
            *value = 1;
            return true;
        }
        if (no.contains(k) || k == TextKey::of(tr("No")) ||
            k == TextKey::of(Translations::french("mcfund::ValueParser", "No"))) {
            *value = 0;
            return true;
        }
        return fail(tr("%1: “%2” is not yes or no.").arg(name(), text));
    }
    case FieldType::Code: {
        const QString code = Codes::fromText(field.codes, text);
        if (code.isEmpty())
            return fail(tr("%1: “%2” is not a known %3.").arg(name(), text, Codes::listName(field.codes)));
        *value = code;
        return true;
    }
    case FieldType::Reference: {
        const LookupItem* item = m_lookups ? m_lookups->match(field.ref, text) : nullptr;
        if (!item && field.ref == Entity::Round && m_lookups) {
            // "Round 2", "Volet 2" or just "2".
            QString digits;
            for (const QChar c : text)
                if (c.isDigit())
                    digits += c;
            for (const LookupItem& r : m_lookups->items(Entity::Round))
                if (!digits.isEmpty() && r.code == digits)
                    item = &r;
        }
        if (!item) {
            if (field.ref == Entity::Project) { // too many to hold in memory: pasted as a uid
                *value = text;
                return true;
            }
            return fail(tr("%1: there is no %2 called “%3”.")
                            .arg(name(), Schema::entity(field.ref).displaySingular(), text));
        }
        *value = item->uid;
        return true;
    }
    }
    return fail(tr("%1: unsupported value.").arg(name()));
}

QString ValueParser::format(const FieldDef& field, const QVariant& value) const
{
    if (value.isNull() || !value.isValid())
        return QString();
    switch (field.type) {
    case FieldType::Money:
        return m_money.toString(value.toLongLong());
    case FieldType::Integer:
        return m_locale.toString(value.toLongLong());
    case FieldType::Bool:
        return value.toInt() ? m_yes : m_no;
    case FieldType::Code: {
        const QString code = value.toString();
        return m_codeLabels[size_t(field.codes)].value(code, code);
    }
    case FieldType::Date:
        return value.toString();
    case FieldType::Reference: {
        const LookupItem* item = m_lookups ? m_lookups->find(field.ref, value.toString()) : nullptr;
        return item ? item->name(m_language) : value.toString();
    }
    default:
        return value.toString();
    }
}

} // namespace mcfund
