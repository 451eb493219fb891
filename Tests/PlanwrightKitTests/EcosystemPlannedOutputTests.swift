import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// The outputs from tools the planner has judged, not set by hand: what the planner finds is
/// what the district plan lists (worded by the same phrases as the check's warning), and the
/// gate the planner puts before a rollout of a tool that is not ready says what must be true.
struct EcosystemPlannedOutputTests {
    typealias F = ToolFixture

    @Test func theDistrictPlanListsWhatThePlannerFoundAndTheGateSaysWhatMustBeTrue() throws {
        let goals = PlanFixture.goal("{ id: setup, title: Set up, days: 5 }, { id: seesaw-live, title: Seesaw goes live, kind: rollout, days: 5, after: [setup] }")
        let planned = F.planned([F.tool("seesaw", line: 10, licences: 100, active: [("2026-09-30", 20)], rostering: .planned, privacy: .pending),
                                 F.tool("canvas", line: 11, licences: 50, active: [("2026-09-30", 45)])],
                                goals: goals, change: EcosystemRolloutTests.use("seesaw", on: "seesaw-live"))
        let ecosystem = try #require(planned.ecosystem)
        #expect(!ecosystem.findings.isEmpty)
        let files = try BudgetOutputTests.outputs(planned)
        let md = try #require(files["plan.md"])
        let phrases = try #require(planned.ecosystemPhrases)
        // Every finding, in the checks' own words, at the plan line to change.
        for finding in ecosystem.findings {
            let line = "- **\(Wording.english.say(finding.kind.label))**: \(Wording.english.say(phrases.sentence(finding))) (test.yaml:\(finding.location.line))"
            #expect(md.contains("\n" + line + "\n"), "\(line)")
        }
        // The summary's figures are the planner's evidence: two tools, Canvas alone connected both ways.
        #expect(md.contains("\nThe inventory lists 2 tools. 1 has both single sign-on and class lists from the SIS."))
        #expect(md.contains("20 of 100 licenses in use (20%) on Wed, Sep 30 **below 50%**"))
        #expect(md.contains("Go only when Seesaw signs in with single sign-on and gets its class lists from the SIS and Seesaw's data privacy agreement is signed."))
        let csv = try #require(files["tools.csv"]).components(separatedBy: "\r\n")
        #expect(csv.count == 4)
        #expect(csv[1].hasPrefix("seesaw,Seesaw,lms,,,100,20,20.00,2026-09-30,yes,planned,no,no,pending,"))
    }
}
