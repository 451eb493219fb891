import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A rollout of a tool that is not ready, a new tool beside ones that stay, and a goal that
/// measures adoption only: the work a plan writes, judged against the tools it uses.
struct EcosystemRolloutTests {
    typealias F = ToolFixture

    static let rollout = PlanFixture.goal("{ id: setup, title: Set up, days: 5 }, { id: seesaw-live, title: Seesaw goes live, kind: rollout, days: 5, after: [setup] }")

    /// The goal's milestones' tool, written on the milestone `id`.
    static func use(_ tool: String, on id: String, introduces: Bool = false) -> (inout Plan) -> Void {
        { plan in
            for g in plan.goals.indices {
                for m in plan.goals[g].milestones.indices where plan.goals[g].milestones[m].id == id {
                    plan.goals[g].milestones[m].tool = ToolUse(tool: Reference(tool, at: F.at(40)), introduces: introduces)
                }
            }
        }
    }

    @Test func aRolloutOfAToolNotReadyIsAFindingAndItsGateSaysWhatMustBeTrue() throws {
        let planned = F.planned([F.tool("seesaw", line: 10, rostering: .planned, privacy: .pending)], goals: Self.rollout,
                                change: Self.use("seesaw", on: "seesaw-live"))
        let findings = try #require(planned.ecosystem).findings
        #expect(findings.map(\.kind).contains(.rolloutNotReady(milestone: "seesaw-live", tool: "seesaw", integrated: false, privacySigned: false)))
        // The planner put a gate before the rollout: it carries the conditions.
        let gate = try #require(planned.milestone("seesaw-live-gate"))
        #expect(gate.mustBeTrue == [GateCondition(tool: "seesaw", requirement: .integrated), GateCondition(tool: "seesaw", requirement: .privacySigned)])
        let phrases = try #require(planned.ecosystemPhrases)
        #expect(gate.mustBeTrue.map { Wording.english.say(phrases.condition($0)) } == [
            "Seesaw signs in with single sign-on and gets its class lists from the SIS", "Seesaw's data privacy agreement is signed",
        ])
        let rolloutLine = try #require(findings.first { if case .rolloutNotReady = $0.kind { true } else { false } }).location.line
        #expect(F.warnings(planned, line: rolloutLine).contains(
            "rollout 'seesaw-live' brings in Seesaw before it is ready: its go/no-go gate must confirm that Seesaw signs in with single sign-on "
                + "and gets its class lists from the SIS and Seesaw's data privacy agreement is signed, or the rollout waits"))
        #expect(planned.milestone("setup")?.mustBeTrue == [])
    }

    @Test func thePlansOwnGateCarriesTheConditionAndAReadyToolRaisesNothing() throws {
        let goals = PlanFixture.goal("{ id: try, title: Try, kind: pilot, days: 5 }, { id: decide, title: Decide, kind: gate, days: 1, after: [try] }, "
            + "{ id: live, title: Live, kind: rollout, days: 5, after: [decide] }")
        let notSigned = F.planned([F.tool("seesaw", line: 10, privacy: .pending)], goals: goals, change: Self.use("seesaw", on: "live"))
        #expect(notSigned.milestone("decide")?.mustBeTrue == [GateCondition(tool: "seesaw", requirement: .privacySigned)])
        let ready = F.planned([F.tool("seesaw", line: 10)], goals: goals, change: Self.use("seesaw", on: "live"))
        #expect(try #require(ready.ecosystem).findings.isEmpty)
        #expect(ready.milestone("decide")?.mustBeTrue == [])
    }

    @Test func introducingAToolBesideOnesThatStayAsksWhichItReplaces() throws {
        let goals = "[{ id: reading, title: Reading, indicators: [shared-vision], milestones: [{ id: a, title: A, days: 5 }] }]"
        let tools = [F.tool("newsela", purpose: .curriculum, line: 10), F.tool("readworks", purpose: .curriculum, schools: ["north"], line: 11),
                     F.tool("commonlit", purpose: .curriculum, schools: ["south"], line: 12, decision: .retire), F.tool("canvas", line: 13)]
        func introducing(_ plan: inout Plan) { plan.goals[0].tool = ToolUse(tool: Reference("newsela", at: F.at(30)), introduces: true) }
        let planned = F.planned(tools, goals: goals, change: introducing)
        let findings = try #require(planned.ecosystem).findings
        #expect(findings.map(\.kind).contains(.addsWithoutReplacing(work: "reading", tool: "newsela", samePurpose: ["readworks"])))
        #expect(F.warnings(planned, line: 30) == [
            "'reading' brings in Newsela while Readworks, used for the same thing in the same schools, stays: say which one it replaces (decision: replace) or why the district needs both",
        ])
        // Once the one that stayed is to be replaced, adding is the decision it should be.
        var replaced = tools
        replaced[1].decision = ToolDecision(action: Located(.replace, at: F.at(11)), location: F.at(11))
        #expect(F.warnings(F.planned(replaced, goals: goals, change: introducing), line: 30) == [])
    }

    @Test func aGoalWithARolloutMeasuringOnlyAdoptionIsWarnedAtItsMeasures() throws {
        let goals = "[{ id: lms, title: LMS, indicators: [shared-vision], measures: [{ name: Accounts created, baseline: 0, target: 100 }, "
            + "{ name: Sessions attended, baseline: 0, target: 50 }], milestones: [{ id: live, title: Live, kind: rollout, days: 5 }] }]"
        func kinds(_ kinds: [MeasureKind]) -> (inout Plan) -> Void {
            { plan in for (i, kind) in kinds.enumerated() { plan.goals[0].measures[i].kind = Located(kind, at: F.at(50 + i)) } }
        }
        let adoption = F.planned([], goals: goals, change: kinds([.adoption, .adoption]))
        let line = try #require(adoption.diagnostics.first { $0.message.hasPrefix("goal 'lms' rolls out") }?.location?.line)
        #expect(adoption.diagnostics.filter { $0.location?.line == line && $0.message.hasPrefix("goal 'lms'") }.map(\.message) == [
            "goal 'lms' rolls out a tool but its measures 'Accounts created' and 'Sessions attended' count adoption only: accounts created tells you the tool was adopted, "
                + "not used; add a measure of use (kind: utilization)",
        ])
        let used = F.planned([], goals: goals, change: kinds([.adoption, .utilization]))
        #expect(!used.diagnostics.contains { $0.message.hasPrefix("goal 'lms' rolls out") })
    }

    @Test func planJSONCarriesTheEcosystemAsFacts() throws {
        let planned = F.planned([F.tool("seesaw", line: 10, licences: 100, active: [("2026-10-01", 20)], rostering: .planned, privacy: .pending)],
                                goals: Self.rollout, change: Self.use("seesaw", on: "seesaw-live"))
        let json = try PlanJSON.encode(planned)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ecosystem = try #require(object["ecosystem"] as? [String: Any])
        let tools = try #require(ecosystem["tools"] as? [[String: Any]])
        #expect(tools.first?["utilization"] as? [[String: String]] == [["date": "2026-10-01", "share": "20%"]])
        #expect(tools.first?["rostering"] as? String == "planned")
        let kinds = try #require(ecosystem["findings"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        #expect(kinds == ["low_utilization", "privacy_missing", "rollout_not_ready"])
        let gate = try #require((object["milestones"] as? [[String: Any]])?.first { $0["id"] as? String == "seesaw-live-gate" })
        #expect(gate["mustBeTrue"] as? [[String: String]] == [["tool": "seesaw", "requirement": "integrated"], ["tool": "seesaw", "requirement": "privacy_signed"]])
        // No words: plan.json's findings are facts (its diagnostics word them).
        let findings = try JSONSerialization.data(withJSONObject: ecosystem["findings"] as Any)
        #expect(!String(decoding: findings, as: UTF8.self).contains("sign-on"))
    }
}
