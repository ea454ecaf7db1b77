#include "codes.h"

#include "textkey.h"
#include "translations.h"

#include <QHash>

#include <array>
#include <utility>

namespace mcfund {

namespace {

struct Entry
{
    const char* code;
    const char* label;
};

// QT_TRANSLATE_NOOP keeps the labels in the .ts files under the context mcfund::Codes.
const std::initializer_list<Entry>& entries(CodeList list)
{
    static const std::initializer_list<Entry> institutionType = {
        {"college", QT_TRANSLATE_NOOP("mcfund::Codes", "College")},
        {"university", QT_TRANSLATE_NOOP("mcfund::Codes", "University")},
        {"indigenous_institute", QT_TRANSLATE_NOOP("mcfund::Codes", "Indigenous Institute")},
        {"career_college", QT_TRANSLATE_NOOP("mcfund::Codes", "Career college")},
        {"private_consent",
         QT_TRANSLATE_NOOP("mcfund::Codes", "Private institution with ministerial consent")},
        {"other", QT_TRANSLATE_NOOP("mcfund::Codes", "Other institution")},
    };
    static const std::initializer_list<Entry> region = {
        {"north", QT_TRANSLATE_NOOP("mcfund::Codes", "Northern Ontario")},
        {"east", QT_TRANSLATE_NOOP("mcfund::Codes", "Eastern Ontario")},
        {"central", QT_TRANSLATE_NOOP("mcfund::Codes", "Central Ontario")},
        {"toronto", QT_TRANSLATE_NOOP("mcfund::Codes", "Toronto")},
        {"southwest", QT_TRANSLATE_NOOP("mcfund::Codes", "Southwestern Ontario")},
    };
    static const std::initializer_list<Entry> language = {
        {"en", QT_TRANSLATE_NOOP("mcfund::Codes", "English")},
        {"fr", QT_TRANSLATE_NOOP("mcfund::Codes", "French")},
        {"bilingual", QT_TRANSLATE_NOOP("mcfund::Codes", "Bilingual")},
    };
    static const std::initializer_list<Entry> roundStatus = {
        {"planning", QT_TRANSLATE_NOOP("mcfund::Codes", "Planning")},
        {"open", QT_TRANSLATE_NOOP("mcfund::Codes", "Open for proposals")},
        {"in_review", QT_TRANSLATE_NOOP("mcfund::Codes", "In review")},
        {"closed", QT_TRANSLATE_NOOP("mcfund::Codes", "Closed")},
    };
    static const std::initializer_list<Entry> projectStatus = {
        {"draft", QT_TRANSLATE_NOOP("mcfund::Codes", "Draft")},
        {"submitted", QT_TRANSLATE_NOOP("mcfund::Codes", "Submitted")},
        {"in_review", QT_TRANSLATE_NOOP("mcfund::Codes", "In review")},
        {"approved", QT_TRANSLATE_NOOP("mcfund::Codes", "Approved")},
        {"declined", QT_TRANSLATE_NOOP("mcfund::Codes", "Declined")},
        {"withdrawn", QT_TRANSLATE_NOOP("mcfund::Codes", "Withdrawn")},
        {"completed", QT_TRANSLATE_NOOP("mcfund::Codes", "Completed")},
    };
    static const std::initializer_list<Entry> projectType = {
        {"single", QT_TRANSLATE_NOOP("mcfund::Codes", "Single micro-credential")},
        {"stack", QT_TRANSLATE_NOOP("mcfund::Codes", "Stack or suite of micro-credentials")},
    };
    static const std::initializer_list<Entry> sectorAssignment = {
        {"official", QT_TRANSLATE_NOOP("mcfund::Codes", "Official")},
        {"mcfund", QT_TRANSLATE_NOOP("mcfund::Codes", "Assigned by mcfund")},
        {"user", QT_TRANSLATE_NOOP("mcfund::Codes", "Set by a user")},
    };
    static const std::initializer_list<Entry> delivery = {
        {"online", QT_TRANSLATE_NOOP("mcfund::Codes", "Online")},
        {"in_person", QT_TRANSLATE_NOOP("mcfund::Codes", "In person")},
        {"hybrid", QT_TRANSLATE_NOOP("mcfund::Codes", "Hybrid")},
        {"work_integrated", QT_TRANSLATE_NOOP("mcfund::Codes", "Work-integrated")},
    };
    static const std::initializer_list<Entry> credentialStatus = {
        {"in_development", QT_TRANSLATE_NOOP("mcfund::Codes", "In development")},
        {"offered", QT_TRANSLATE_NOOP("mcfund::Codes", "Offered")},
        {"retired", QT_TRANSLATE_NOOP("mcfund::Codes", "Retired")},
    };
    static const std::initializer_list<Entry> partnerKind = {
        {"employer", QT_TRANSLATE_NOOP("mcfund::Codes", "Employer")},
        {"industry_association", QT_TRANSLATE_NOOP("mcfund::Codes", "Industry association")},
        {"training_provider", QT_TRANSLATE_NOOP("mcfund::Codes", "Training provider")},
        {"community", QT_TRANSLATE_NOOP("mcfund::Codes", "Community organization")},
        {"indigenous_community", QT_TRANSLATE_NOOP("mcfund::Codes", "Indigenous community")},
    };
    static const std::initializer_list<Entry> partnerRole = {
        {"lead_employer", QT_TRANSLATE_NOOP("mcfund::Codes", "Lead employer")},
        {"co_developer", QT_TRANSLATE_NOOP("mcfund::Codes", "Co-developer")},
        {"work_placement", QT_TRANSLATE_NOOP("mcfund::Codes", "Work placement host")},
        {"advisor", QT_TRANSLATE_NOOP("mcfund::Codes", "Advisor")},
    };
    static const std::initializer_list<Entry> decisionOutcome = {
        {"approved", QT_TRANSLATE_NOOP("mcfund::Codes", "Approved")},
        {"declined", QT_TRANSLATE_NOOP("mcfund::Codes", "Declined")},
        {"withdrawn", QT_TRANSLATE_NOOP("mcfund::Codes", "Withdrawn")},
        {"completed", QT_TRANSLATE_NOOP("mcfund::Codes", "Completed")},
        {"submitted", QT_TRANSLATE_NOOP("mcfund::Codes", "Submitted")},
        {"in_review", QT_TRANSLATE_NOOP("mcfund::Codes", "In review")},
        {"draft", QT_TRANSLATE_NOOP("mcfund::Codes", "Draft")},
    };
    switch (list) {
    case CodeList::DecisionOutcome:
        return decisionOutcome;
    case CodeList::InstitutionType:
        return institutionType;
    case CodeList::Region:
        return region;
    case CodeList::Language:
        return language;
    case CodeList::RoundStatus:
        return roundStatus;
    case CodeList::ProjectStatus:
        return projectStatus;
    case CodeList::ProjectType:
        return projectType;
    case CodeList::SectorAssignment:
        return sectorAssignment;
    case CodeList::Delivery:
        return delivery;
    case CodeList::CredentialStatus:
        return credentialStatus;
    case CodeList::PartnerKind:
        return partnerKind;
    case CodeList::PartnerRole:
        return partnerRole;
    }
    return language;
}

} // namespace

QStringList Codes::codes(CodeList list)
{
    QStringList out;
    for (const Entry& e : entries(list))
        out << QString::fromLatin1(e.code);
    return out;
}

bool Codes::isValid(CodeList list, const QString& code)
{
    for (const Entry& e : entries(list))
        if (code == QLatin1String(e.code))
            return true;
    return false;
}

QString Codes::label(CodeList list, const QString& code)
{
    for (const Entry& e : entries(list))
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("mcfund::Codes", e.label);
    return code;
}

QString Codes::fromText(CodeList list, const QString& text)
{
    // Every name of every code — the code, its English label, its French label — folded once, so that a
    // million cells of an import cost a hash lookup each. Built on first use; read-only afterwards, so
    // import and loader threads may share it.
    static const auto table = [] {
        std::array<QHash<QString, QString>, size_t(CodeList::DecisionOutcome) + 1> t;
        for (size_t l = 0; l < t.size(); ++l) {
            // Later entries never replace earlier ones: the first code of a list keeps a shared label.
            for (const Entry& e : entries(CodeList(l))) {
                const QString code = QString::fromLatin1(e.code);
                for (const QString& name :
                     {code, QString::fromUtf8(e.label), Translations::french("mcfund::Codes", e.label)}) {
                    const QString key = TextKey::of(name);
                    if (!key.isEmpty() && !t[l].contains(key))
                        t[l].insert(key, code);
                }
            }
        }
        return t;
    }();
    const QString t = text.trimmed();
    if (isValid(list, t))
        return t;
    return table[size_t(list)].value(TextKey::of(t));
}

QString Codes::listName(CodeList list)
{
    switch (list) {
    case CodeList::InstitutionType:
        return tr("institution type");
    case CodeList::Region:
        return tr("region");
    case CodeList::Language:
        return tr("language");
    case CodeList::RoundStatus:
        return tr("round status");
    case CodeList::ProjectStatus:
        return tr("project status");
    case CodeList::ProjectType:
        return tr("project type");
    case CodeList::SectorAssignment:
        return tr("sector assignment");
    case CodeList::Delivery:
        return tr("delivery mode");
    case CodeList::CredentialStatus:
        return tr("credential status");
    case CodeList::PartnerKind:
        return tr("partner kind");
    case CodeList::PartnerRole:
        return tr("partner role");
    case CodeList::DecisionOutcome:
        return tr("decision");
    }
    return QString();
}

QString projectStatusCode(ProjectStatus s)
{
    static const std::array<const char*, 7> codes = {"draft",    "submitted", "in_review", "approved",
                                                     "declined", "withdrawn", "completed"};
    return QString::fromLatin1(codes[size_t(s)]);
}

ProjectStatus projectStatusFromCode(const QString& code, bool* ok)
{
    for (int i = 0; i <= int(ProjectStatus::Completed); ++i) {
        if (projectStatusCode(ProjectStatus(i)) == code) {
            if (ok)
                *ok = true;
            return ProjectStatus(i);
        }
    }
    if (ok)
        *ok = false;
    return ProjectStatus::Draft;
}

} // namespace mcfund
