import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct TrainingTests {
    func plan(staff: String, training: String = "", milestones: String? = nil,
              year: String = "{ start: 2026-08-24, end: 2027-06-11, testing: [{ name: State testing, from: 2026-10-19, to: 2026-10-23 }], pd_days: [2026-10-09, 2026-11-02], early_release: wednesday }") -> ImprovementPlan? {
        let result = PlanFixture.run("""
            planwright: 1
            district: { name: D, vision: V., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
            framework: edtech-systems
            year: \(year)
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
            schools: [{ id: north, name: North }, { id: south, name: South }, { id: east, name: East }]
            staff: \(staff)
            goals: [{ id: g, title: G, indicators: [shared-vision], milestones: [\(milestones ?? """
                { id: p, title: Pilot, days: 10, kind: pilot }, { id: gate, title: Gate, days: 1, after: p, kind: gate },
                { id: r, title: Rollout, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }
                """)] }]
            \(training)
            """)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return result.improvementPlan
    }

    static func staff(_ counts: [(school: String, comfort: String, count: Int)]) -> String {
        var n = 0
        return "[" + counts.flatMap { entry in (0..<entry.count).map { _ in
            n += 1
            return "{ id: s\(n < 10 ? "0" : "")\(n), name: S\(n), school: \(entry.school), comfort: \(entry.comfort) }"
        } }.joined(separator: ", ") + "]"
    }

    @Test func staffAreTrackedByComfortOrLevelOfUse() throws {
        let result = try #require(plan(staff: Self.staff([("north", "1", 1), ("north", "mechanical", 1), ("north", "routine", 1), ("north", "5", 1), ("north", "renewal", 1)])))
        #expect(result.training.tracks.map { "\($0.id) \($0.members)" } == ["getting-started 2", "building-fluency 1", "leading 2"])
    }

    @Test func bigSchoolsGetTheirOwnGroupsAndTheRestArePooled() throws {
        let result = try #require(plan(staff: Self.staff([("north", "1", 14), ("south", "1", 3), ("east", "2", 2)]), training: "training: { max_group: 8 }"))
        let groups = result.training.groups
        #expect(groups.map { "\($0.id) \($0.members.count)" } == [
            "r.getting-started-north-1 7", "r.getting-started-north-2 7", "r.getting-started-pooled-1 5",
        ])
        #expect(groups.allSatisfy { $0.members.count <= 8 })
        #expect(groups.last?.schools == ["south", "east"])
        // Every member of staff in exactly one group.
        let members = groups.flatMap(\.members)
        #expect(members.count == 19 && Set(members).count == 19)
    }

    @Test func sessionsAreJustInTimeBetweenTheGateAndTheRollout() throws {
        let result = try #require(plan(staff: Self.staff([("north", "1", 3)])))
        // Pilot ends 2026-09-04, gate 2026-09-07 (no Labor Day closure here); rollout starts 2026-11-16.
        #expect(result.training.programmes.map(\.window.reasonWords) == ["after go/no-go 'gate', before rollout 'r'"])
        let dates = result.training.sessions.map { "\($0.date) \($0.slot.rawValue)" }
        // The last three slots before the rollout: never in the testing week (21 October is skipped).
        #expect(dates == ["2026-11-02 pd_days", "2026-11-04 early_release", "2026-11-11 early_release"])
    }

    @Test func longSessionsGoOnPDDaysOnlyAndWhatDoesNotFitIsSaid() throws {
        let training = "training: { tracks: [{ id: all, name: Everyone, comfort: [1, 5], sessions: 3, minutes: 180 }] }"
        let result = try #require(plan(staff: Self.staff([("north", "2", 3)]), training: training))
        #expect(result.training.sessions.map(\.date.description) == ["2026-10-09", "2026-11-02"])
        #expect(result.training.unplaced.map(\.words) == ["only 2 training days fit a 180-minute session between 2026-09-08 and 2026-11-13"])
        #expect(result.diagnostics.contains { $0.message.hasPrefix("training track 'Everyone' gets 2 of its 3 sessions") })
    }

    @Test func aTrackWithNoSessionIsWarnedAbout() throws {
        let result = try #require(plan(staff: Self.staff([("north", "2", 3)]), year: "{ start: 2026-08-24, end: 2027-06-11 }"))
        #expect(result.training.sessions.isEmpty)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("training track 'Getting started' has no session") })
    }

    @Test func groupsAreFacilitatedByAChampionOfTheirSchool() throws {
        let staff = "[{ id: c1, name: C1, school: north, comfort: 5, champion: yes }, { id: n1, name: N1, school: north, comfort: 1 }, { id: n2, name: N2, school: north, comfort: 1 }, { id: n3, name: N3, school: north, comfort: 2 }, { id: s1, name: S1, school: south, comfort: 1 }]"
        let result = try #require(plan(staff: staff, training: "training: { max_group: 4 }"))
        let north = result.training.groups.first { $0.school == "north" }
        #expect(north?.facilitator == "c1")
        #expect(result.training.groups.first { $0.id == "r.getting-started-pooled-1" }?.facilitator == nil)
    }
}

/// A training window that holds only a weekend is said to have no school day, not named as a span to fill.
struct WeekendTrainingWindowTests {
    @Test func aWindowWithNoSchoolDayIsSaidToHaveNone() {
        let goal = PlanFixture.goal("{ id: g, title: G, days: 1, kind: gate, on: 2026-12-11 }, { id: r, title: R, days: 3, kind: rollout, after: g, on: 2026-12-14 }")
        let result = PlanFixture.run(PlanFixture.yaml(goals: goal))
        let found = result.diagnostics.map(\.message).filter { $0.contains("has no session") }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.contains("its training window, 2026-12-12 to 2026-12-13 (after go/no-go 'g', before rollout 'r'), holds no school day; widen it to take in school days") }, "\(found)")
        #expect(!result.diagnostics.contains { $0.message.contains("between 2026-12-12 and 2026-12-13") })
        let unplaced = result.improvementPlan?.training.unplaced.map(\.words) ?? []
        #expect(!unplaced.isEmpty)
        #expect(unplaced.allSatisfy { $0 == "the training window 2026-12-12 to 2026-12-13 holds no school day" }, "\(unplaced)")
    }
}
