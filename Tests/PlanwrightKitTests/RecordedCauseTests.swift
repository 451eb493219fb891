import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `diff` tells why a milestone moved from the start constraints the scheduler recorded, not by
/// working the schedule out again.
struct RecordedCauseTests {
    func side(_ milestones: String, _ file: String) throws -> PlanDiffer.Side {
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones)))
        #expect(!result.hasErrors, "\(DiagnosticPrinter(sources: result.sources).render(result.diagnostics))")
        return PlanDiffer.Side(planned: try #require(result.improvementPlan), file: file)
    }

    static func date(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }

    let chain = "{ id: a, title: Configure, days: 5 }, { id: b, title: Pilot, days: 3, after: [a] }"
    let longerChain = "{ id: a, title: Configure, days: 8 }, { id: b, title: Pilot, days: 3, after: [a] }"

    /// In the old version the rollout waited out the testing window after its gate; in the new
    /// one the gate ends after the window. Either way the gate is what it follows.
    @Test func aPredecessorBehindATestingWindowIsTheCause() throws {
        let rollout = { (pilotDays: Int) in """
            { id: p, title: P, days: \(pilotDays), not_before: 2027-04-12, kind: pilot }, { id: g, title: G, days: 1, after: p, kind: gate },
            { id: r, title: R, days: 3, after: g, kind: rollout }
            """ }
        let old = try side(rollout(5), "old.yaml"), new = try side(rollout(25), "new.yaml")
        #expect(old.planned.milestone("r")?.startConstraint == .testingWindow("State testing", after: .predecessor("g")))
        #expect(new.planned.milestone("r")?.startConstraint == .predecessor("g"))
        let r = try #require(PlanDiffer().diff(old, new).milestones.moved.first { $0.id == "r" })
        #expect(r.causes == [MoveCause(kind: .waitsFor, milestone: "g", oldEnd: Self.date("2027-04-19"), newEnd: Self.date("2027-05-17"))])
    }

    /// The same pair with `b`'s recorded constraint replaced: the cause follows the record, so a
    /// comparison that worked out the predecessor again would fail here.
    @Test func theCauseIsReadFromTheRecordedConstraint() throws {
        let old = try side(chain, "old.yaml"), new = try side(longerChain, "new.yaml")
        let b = { (diff: PlanDiff) in diff.milestones.moved.first { $0.id == "b" }?.causes }
        #expect(b(PlanDiffer().diff(old, new)) == [MoveCause(kind: .waitsFor, milestone: "a", oldEnd: Self.date("2026-08-28"),
                                                            newEnd: Self.date("2026-09-02"))])
        func recorded(_ constraint: StartConstraint, in side: PlanDiffer.Side) throws -> PlanDiffer.Side {
            var planned = side.planned
            let index = try #require(planned.milestones.firstIndex { $0.id == "b" })
            planned.milestones[index].startConstraint = constraint
            return PlanDiffer.Side(planned: planned, file: side.file)
        }
        let unexplained = PlanDiffer().diff(try recorded(.startOfYear, in: old), try recorded(.startOfYear, in: new))
        #expect(b(unexplained) == [])
        let asOf = Self.date("2026-08-24")
        let heldByAsOf = PlanDiffer().diff(old, try recorded(.asOf(asOf), in: new))
        #expect(b(heldByAsOf)?.contains(MoveCause(kind: .replanned, span: MoveCause.Span(name: nil, from: asOf, to: asOf))) == true)
    }

    @Test func aChangedNotBeforeIsReadFromTheDeclaredDates() throws {
        let old = try side("{ id: a, title: A, days: 2, not_before: 2026-09-01 }", "old.yaml")
        let new = try side("{ id: a, title: A, days: 2, not_before: 2026-09-08 }", "new.yaml")
        let a = try #require(PlanDiffer().diff(old, new).milestones.moved.first { $0.id == "a" })
        #expect(a.causes == [MoveCause(kind: .ownChange, change: FieldChange(field: .notBefore, old: "2026-09-01", new: "2026-09-08"))])
    }
}
