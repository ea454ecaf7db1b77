#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mcfund {

/** The closed lists of the fund, each value with a stable text code stored in the database. */
enum class CodeList
{
    InstitutionType,
    Region,
    Language,
    RoundStatus,
    ProjectStatus,
    ProjectType,
    SectorAssignment,
    Delivery,
    CredentialStatus,
    PartnerKind,
    PartnerRole,
    DecisionOutcome,
};

/** Codes and their translated labels. Codes never change; labels follow the interface language. */
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Codes)
public:
    static QStringList codes(CodeList list);
    static bool isValid(CodeList list, const QString& code);
    /** The label in the current interface language, or the code itself if unknown. */
    static QString label(CodeList list, const QString& code);
    /**
     * The code that \a text names: the code itself, or its English or French label, case- and
     * accent-insensitively, whatever the interface language. Empty when it names none.
     */
    static QString fromText(CodeList list, const QString& text);
    /** The name of the list itself ("institution type"), for messages. */
    static QString listName(CodeList list);
};

/** Project application states; see ProjectLifecycle for allowed moves. */
enum class ProjectStatus
{
    Draft,
    Submitted,
    InReview,
    Approved,
    Declined,
    Withdrawn,
    Completed
};
QString projectStatusCode(ProjectStatus s);
ProjectStatus projectStatusFromCode(const QString& code, bool* ok = nullptr);

} // namespace mcfund
