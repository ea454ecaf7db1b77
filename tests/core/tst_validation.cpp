#include "domain/codes.h"
#include "domain/institution.h"
#include "domain/microcredential.h"
#include "domain/project.h"

#include <QTest>

using namespace mcfund;

namespace {
bool hasError(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field && !e.message.isEmpty())
            return true;
    return false;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void validProjectHasNoErrors()
    {
        Project p;
        p.roundUid = QStringLiteral("r");
        p.institutionUid = QStringLiteral("i");
        p.sectorUid = QStringLiteral("s");
        p.titleEn = QStringLiteral("Battery Systems");
        p.requested = Money(5000000);
        p.approved = Money(4000000);
        QCOMPARE(p.validate().size(), 0);
    }
    void projectRules()
    {
        Project p;
        p.roundUid = QStringLiteral("r");
        p.institutionUid = QStringLiteral("i");
        p.sectorUid = QStringLiteral("s");
        FieldErrors e = p.validate();
        QVERIFY(hasError(e, QStringLiteral("title_en"))); // a title in either language is required
        p.titleFr = QStringLiteral("Systèmes de batteries");
        QVERIFY(!hasError(p.validate(), QStringLiteral("title_en")));
        p.requested = Money(100);
        p.approved = Money(200);
        QVERIFY(hasError(p.validate(), QStringLiteral("approved_cents")));
        p.approved = Money(-1);
        QVERIFY(hasError(p.validate(), QStringLiteral("approved_cents")));
        p.approved.reset();
        p.titleEn = QString(Schema::TitleMax + 1, QLatin1Char('x'));
        QVERIFY(hasError(p.validate(), QStringLiteral("title_en")));
        p.titleEn = QStringLiteral("ok");
        p.startOn = QStringLiteral("2024-05-01");
        p.endOn = QStringLiteral("2024-04-01");
        QVERIFY(hasError(p.validate(), QStringLiteral("end_on")));
        p.endOn = QStringLiteral("2024-13-01");
        QVERIFY(hasError(p.validate(), QStringLiteral("end_on")));
        p.endOn.clear();
        p.status = QStringLiteral("funded");
        QVERIFY(hasError(p.validate(), QStringLiteral("status")));
    }
    void credentialRules()
    {
        MicroCredential c;
        c.institutionUid = QStringLiteral("i");
        c.sectorUid = QStringLiteral("s");
        c.titleEn = QStringLiteral("EV Charging");
        c.hours = 40;
        c.weeks = 6;
        QCOMPARE(c.validate().size(), 0);
        c.hours = 0;
        QVERIFY(hasError(c.validate(), QStringLiteral("hours")));
        c.hours = 40;
        c.cipCode = QStringLiteral("51-3902");
        QVERIFY(hasError(c.validate(), QStringLiteral("cip_code")));
        c.cipCode = QStringLiteral("51.3902");
        c.nocCodes = QStringLiteral("31301;33102;32101;12345");
        QVERIFY(hasError(c.validate(), QStringLiteral("noc_codes")));
        c.nocCodes = QStringLiteral("31301;33102");
        c.learnersEnrolled = 10;
        c.learnersCompleted = 12;
        QVERIFY(hasError(c.validate(), QStringLiteral("learners_completed")));
        c.learnersCompleted = 8;
        c.delivery = QStringLiteral("telepathy");
        QVERIFY(hasError(c.validate(), QStringLiteral("delivery")));
    }
    void osapLength()
    {
        QVERIFY(MicroCredential::osapEligibleLength(40, 6));
        QVERIFY(MicroCredential::osapEligibleLength(5, 11));
        QVERIFY(MicroCredential::osapEligibleLength(300, 1));
        QVERIFY(!MicroCredential::osapEligibleLength(4, 6));
        QVERIFY(!MicroCredential::osapEligibleLength(301, 6));
        QVERIFY(!MicroCredential::osapEligibleLength(40, 12));
        QVERIFY(!MicroCredential::osapEligibleLength(std::nullopt, 6));
    }
    void codesAreStable()
    {
        QCOMPARE(Codes::codes(CodeList::InstitutionType).first(), QStringLiteral("college"));
        QVERIFY(Codes::isValid(CodeList::Delivery, QStringLiteral("work_integrated")));
        QCOMPARE(Codes::label(CodeList::Delivery, QStringLiteral("in_person")), QStringLiteral("In person"));
        bool ok = false;
        QCOMPARE(projectStatusFromCode(QStringLiteral("in_review"), &ok), ProjectStatus::InReview);
        QVERIFY(ok);
        projectStatusFromCode(QStringLiteral("nope"), &ok);
        QVERIFY(!ok);
        for (int i = 0; i <= int(ProjectStatus::Completed); ++i)
            QVERIFY(Codes::isValid(CodeList::ProjectStatus, projectStatusCode(ProjectStatus(i))));
    }
    void institutionNeedsAName()
    {
        Institution i;
        QVERIFY(hasError(i.validate(), QStringLiteral("name_en")));
        i.nameFr = QStringLiteral("Collège Boréal");
        QCOMPARE(i.validate().size(), 0);
        i.type = QStringLiteral("polytechnic");
        QVERIFY(hasError(i.validate(), QStringLiteral("type")));
    }
    void recordRoundTrip()
    {
        MicroCredential c;
        c.uid = QStringLiteral("u");
        c.titleEn = QStringLiteral("T");
        c.tuition = Money(123456);
        c.osapApproved = true;
        c.hours = 12;
        Record r = c.toRecord();
        r.insert(QStringLiteral("uid"), c.uid);
        const MicroCredential back = MicroCredential::fromRecord(r);
        QCOMPARE(back.tuition->cents(), qint64(123456));
        QVERIFY(back.osapApproved);
        QCOMPARE(*back.hours, qint64(12));
        QVERIFY(!back.weeks.has_value());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
