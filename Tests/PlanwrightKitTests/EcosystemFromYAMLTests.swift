import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The findings from a plan file as a district writes it: `tools:`, a goal that introduces a
/// tool and rolls another out, measures marked adoption. Each warning at the line to change.
struct EcosystemFromYAMLTests {
    /// `tools:` starts at line 9; each tool is one line.
    static let tools = """
        tools:
          inventory:
            - { id: canvas, name: Canvas, purpose: lms, licences: 100, active_users: [{ date: 2026-10-01, value: 80 }], integration: { sso: yes, oneroster: yes }, privacy: { agreement: signed } }
            - { id: seesaw, name: Seesaw, purpose: lms, schools: [north], grades: K-2, integration: { sso: yes, oneroster: no }, privacy: { agreement: signed, expires: 2027-03-31 }, renewal: 2027-03-01, decision: { action: keep, by: 2027-04-16 } }
            - { id: kami, name: Kami, purpose: productivity, licences: 200, active_users: [{ date: 2026-11-02, value: 30 }], integration: { sso: planned, oneroster: planned }, privacy: { agreement: pending } }
        """

    static let goals = """
        [{ id: lms, title: One LMS, indicators: [shared-vision], introduces: kami, measures: [{ name: Accounts created, baseline: 0, target: 100, kind: adoption }], milestones: [{ id: prep, title: Prepare, days: 5 }, { id: live, title: Kami for all, kind: rollout, days: 5, after: [prep] }] }]
        """

    static func run() -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(schools: "[{ id: north, name: North Elementary, grades: K-5 }]", goals: goals, extra: tools))
    }

    @Test func eachFindingIsAWarningAtItsLine() throws {
        let result = Self.run()
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let planned = try #require(result.value.improvementPlan)
        let ecosystem = try #require(planned.ecosystem)
        #expect(ecosystem.tools.map(\.schools) == [["north"], ["north"], ["north"]])
        #expect(ecosystem.findings.map(\.kindName) == [
            "not_integrated", "privacy_expiring", "renewal_before_decision", "low_utilization", "privacy_missing", "overlap", "rollout_not_ready",
        ])
        func warnings(_ line: Int) -> [String] {
            result.diagnostics.filter { $0.location?.line == line && $0.severity == .warning }.map(\.message)
        }
        #expect(warnings(12).contains("Seesaw is not rostered: class lists are typed by hand and drift from the SIS; roster it from the SIS (OneRoster) or plan to retire it"))
        #expect(warnings(12).contains("Seesaw renews on Mon, Mar 1 but the decision to keep or retire it is due Fri, Apr 16: move the review before the renewal, or the district pays another year first"))
        #expect(warnings(12).contains("Canvas and Seesaw are each used for learning management (LMS) at North Elementary: keep one and retire or replace the others, or write down why each one stays"))
        #expect(warnings(13).contains("only 15% of Kami's licenses were in use on Mon, Nov 2, below 50%: find out why before paying for more, then train, cut licenses or retire it"))
        #expect(warnings(13).contains("Kami's data privacy agreement is still pending: get it signed before student data goes in, or stop using it"))
        #expect(warnings(8).contains { $0.hasPrefix("goal 'lms' rolls out a tool but its measure 'Accounts created' counts adoption only") })
        #expect(warnings(8).contains("rollout 'live' brings in Kami before it is ready: its go/no-go gate must confirm that Kami signs in with single sign-on and gets its class lists "
                                     + "from the SIS and Kami's data privacy agreement is signed, or the rollout waits"))
        #expect(planned.milestone("live-gate")?.mustBeTrue.map(\.requirement) == [.integrated, .privacySigned])
    }

    @Test func introducingAToolOfAPurposeAlreadyThereIsAskedAbout() throws {
        let goals = Self.goals.replacingOccurrences(of: "introduces: kami", with: "introduces: seesaw")
        let result = PlanFixture.run(PlanFixture.yaml(schools: "[{ id: north, name: North Elementary, grades: K-5 }]", goals: goals, extra: Self.tools))
        let warnings = result.diagnostics.filter { $0.location?.line == 8 }.map(\.message)
        #expect(warnings.contains("'lms' brings in Seesaw while Canvas, used for the same thing in the same schools, stays: say which one it replaces (decision: replace) or why the district needs both"),
                "\(warnings)")
    }
}
