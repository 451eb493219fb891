import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// What the planner finds about the district's tools, each finding a warning in `check` at the
/// plan line to change, saying what to change in a leader's words.
struct EcosystemFindingsTests {
    typealias F = ToolFixture

    @Test func aPlanWithoutToolsHasNoEcosystem() {
        #expect(F.planned([]).ecosystem == nil)
    }

    @Test func toolsForOneJobInTheSameSchoolsAndGradesOverlapAsOneGroup() throws {
        let planned = F.planned([
            F.tool("canvas", line: 10),
            F.tool("seesaw", schools: ["north"], grades: "K-2", line: 11),
            F.tool("schoology", schools: ["west"], line: 12),
            F.tool("iready", purpose: .assessment, schools: ["north"], line: 13),
            F.tool("map", purpose: .assessment, schools: ["south"], line: 14),
            F.tool("zoom", purpose: .other, line: 15),
            F.tool("padlet", purpose: .other, line: 16),
        ])
        let findings = try #require(planned.ecosystem).findings
        #expect(findings.map(\.kind) == [.overlap(purpose: .lms, tools: ["canvas", "seesaw", "schoology"], schools: ["north", "west"])])
        #expect(findings.first?.location == F.at(12, column: 10))
        #expect(F.warnings(planned, line: 12) == [
            "Canvas, Seesaw and Schoology are each used for learning management (LMS) at North Elementary and West Middle: "
                + "keep one and retire or replace the others, or write down why each one stays",
        ])
    }

    @Test func toolsInDifferentGradesOfOneSchoolDoNotOverlap() throws {
        let planned = F.planned([F.tool("seesaw", grades: "K-2", line: 10), F.tool("canvas", grades: "3-5", line: 11)])
        #expect(try #require(planned.ecosystem).findings.isEmpty)
    }

    @Test func aToolWithoutSignOnOrRosteringIsNotIntegratedButPlannedIsNotAFinding() throws {
        let planned = F.planned([
            F.tool("quizlet", purpose: .curriculum, line: 10, sso: .no, rostering: nil),
            F.tool("kami", purpose: .productivity, line: 11, sso: .no),
            F.tool("newsela", purpose: .intervention, line: 12, rostering: .no),
            F.tool("desmos", purpose: .assessment, line: 13, sso: .planned, rostering: .planned),
        ])
        #expect(try #require(planned.ecosystem).findings.map(\.kind) == [
            .notIntegrated(tool: "quizlet", sso: false, rostering: false), .notIntegrated(tool: "kami", sso: false, rostering: true),
            .notIntegrated(tool: "newsela", sso: true, rostering: false),
        ])
        #expect(F.warnings(planned, line: 10) == [
            "Quizlet has no single sign-on and no rostering: people keep another password and type class lists by hand; connect it (SSO and OneRoster from the SIS) or plan to retire it",
        ])
        #expect(F.warnings(planned, line: 11) == ["Kami has no single sign-on: people keep another password for it; connect it to the district's sign-in or plan to retire it"])
        #expect(F.warnings(planned, line: 12) == [
            "Newsela is not rostered: class lists are typed by hand and drift from the SIS; roster it from the SIS (OneRoster) or plan to retire it",
        ])
    }

    @Test func theLatestCountBelowTheThresholdIsLowUtilization() throws {
        let seesaw = F.tool("seesaw", line: 10, licences: 200, active: [("2027-01-15", 60), ("2026-09-15", 150)])
        let planned = F.planned([seesaw])
        let ecosystem = try #require(planned.ecosystem)
        #expect(ecosystem.findings.map(\.kind) == [.lowUtilization(tool: "seesaw", share: Share(basisPoints: 3_000), below: Share(basisPoints: 5_000), on: F.date("2027-01-15"))])
        #expect(ecosystem.tools[0].utilization.map(\.share.description) == ["75%", "30%"])
        #expect(F.warnings(planned, line: 10) == [
            "only 30% of Seesaw's licenses were in use on Fri, Jan 15, below 50%: find out why before paying for more, then train, cut licenses or retire it",
        ])
        // The plan's own threshold.
        #expect(try #require(F.planned([seesaw], lowUtilization: Share(basisPoints: 2_500)).ecosystem).findings.isEmpty)
    }

    @Test func privacyAgreementsMissingOrEndingInTheYear() throws {
        let planned = F.planned([
            F.tool("a", purpose: .lms, line: 10, privacy: .pending),
            F.tool("b", purpose: .sis, line: 11, privacy: PrivacyStatus.none),
            F.tool("c", purpose: .assessment, line: 12, privacy: nil),
            F.tool("d", purpose: .curriculum, line: 13, expires: "2027-03-31"),
            F.tool("e", purpose: .intervention, line: 14, expires: "2027-08-31"),
        ])
        #expect(try #require(planned.ecosystem).findings.map(\.kind) == [
            .privacyMissing(tool: "a", status: .pending), .privacyMissing(tool: "b", status: PrivacyStatus.none), .privacyMissing(tool: "c", status: nil),
            .privacyExpiring(tool: "d", expires: F.date("2027-03-31")),
        ])
        #expect(F.warnings(planned, line: 10) == ["A's data privacy agreement is still pending: get it signed before student data goes in, or stop using it"])
        #expect(F.warnings(planned, line: 11) == ["B has no data privacy agreement: get one signed before student data goes in, or stop using it"])
        #expect(F.warnings(planned, line: 12) == ["the plan does not say whether C has a signed data privacy agreement: write its privacy status (signed, pending or none)"])
        #expect(F.warnings(planned, line: 13) == [
            "D's data privacy agreement ends on Wed, Mar 31, before the school year does: renew it before then, or student data stays with the vendor without one",
        ])
    }

    @Test func aRenewalBeforeTheDecisionIsWarnedAtTheDecisionsDate() throws {
        let planned = F.planned([F.tool("seesaw", line: 10, renewal: "2027-03-01", decision: .keep, by: "2027-04-16"),
                                 F.tool("canvas", purpose: .sis, line: 11, renewal: "2027-05-01", decision: .keep, by: "2027-04-16")])
        let findings = try #require(planned.ecosystem).findings
        #expect(findings.map(\.kind) == [.renewalBeforeDecision(tool: "seesaw", renewal: F.date("2027-03-01"), decisionBy: F.date("2027-04-16"))])
        #expect(findings[0].location == F.at(10, column: 70))
        #expect(F.warnings(planned, line: 10) == [
            "Seesaw renews on Mon, Mar 1 but the decision to keep or retire it is due Fri, Apr 16: move the review before the renewal, or the district pays another year first",
        ])
    }

    @Test func aToolOnlyTheAppReportShowsIsUnvettedAndNothingElse() throws {
        let planned = F.planned([F.tool("tiktok", purpose: nil, line: 7, sso: nil, rostering: nil, privacy: nil, inPlan: false)])
        let findings = try #require(planned.ecosystem).findings
        #expect(findings.map(\.kind) == [.unvetted(tool: "tiktok")])
        #expect(findings[0].location.file == "apps.csv")
        #expect(planned.diagnostics.filter { $0.location?.file == "apps.csv" }.map(\.message) == [
            "Tiktok is in use (the app report shows it) but not in the plan: check its privacy agreement, sign-in and rostering, then add it under tools or block it",
        ])
    }

    @Test func theEvidenceCountsToolsConnectionsAndTheMedianUse() throws {
        let evidence = try #require(F.planned([
            F.tool("a", line: 10, licences: 100, active: [("2026-10-01", 20)]),
            F.tool("b", purpose: .sis, line: 11, licences: 100, active: [("2026-10-01", 50)], rostering: .planned, privacy: .pending),
            F.tool("c", purpose: .assessment, line: 12, licences: 100, active: [("2026-10-01", 90)], sso: .no),
            F.tool("d", purpose: .curriculum, line: 13),
        ]).ecosystem).evidence
        #expect(evidence.tools == 4 && evidence.integrated == 2 && evidence.withSSO == 3 && evidence.rostered == 3 && evidence.withSignedPrivacy == 3)
        #expect(evidence.medianUtilization == Share(basisPoints: 5_000))
    }
}
