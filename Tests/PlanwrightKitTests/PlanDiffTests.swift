import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `PlanDiffer` on crafted pairs of small plans: each pair changes one thing.
struct PlanDiffTests {
    static let year = "{ start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }], testing: [{ name: State testing, from: 2027-04-19, to: 2027-05-07 }], early_release: wednesday }"
    static let stormYear = year.replacingPresent("closed: [", with: "closed: [{ name: Storm days, from: 2026-08-27, to: 2026-08-28 }, ")
    static let staff = "staff: [{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }]"
    static let threeStaff = """
        staff: [{ id: c1, name: Cara Ito, school: north, comfort: 5, champion: yes, subjects: [math] }, \
        { id: c2, name: Dev Shah, school: north, comfort: 5, champion: yes, subjects: [ela] }, \
        { id: t1, name: Tess Moreno, school: north, comfort: 2, subjects: [math] }]
        """

    func side(_ yaml: String, _ file: String) throws -> PlanDiffer.Side {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(DiagnosticPrinter(sources: result.sources).render(result.diagnostics))")
        return PlanDiffer.Side(planned: try #require(result.improvementPlan), file: file)
    }

    func diff(_ old: String, _ new: String) throws -> PlanDiff {
        PlanDiffer().diff(try side(old, "old.yaml"), try side(new, "new.yaml"))
    }

    func plan(_ milestones: String, year: String = Self.year, ratings: String = "{ shared-vision: { current: 3, target: 3 } }",
              staff: String = Self.staff, extra: String = "") -> String {
        PlanFixture.yaml(year: year, ratings: ratings, goals: PlanFixture.goal(milestones), extra: extra)
            .replacingPresent(Self.staff, with: staff)
    }

    let chain = "{ id: a, title: Configure, days: 5 }, { id: b, title: Pilot, days: 3, after: [a] }"
    let longerChain = "{ id: a, title: Configure, days: 8 }, { id: b, title: Pilot, days: 3, after: [a] }"

    @Test func aMilestoneMovedByALongerPredecessorNamesIt() throws {
        let changes = try diff(plan(chain), plan(longerChain)).milestones
        let b = try #require(changes.moved.first { $0.id == "b" })
        #expect("\(b.oldStart) \(b.newStart) \(b.newEnd)" == "2026-08-31 2026-09-03 2026-09-07")
        #expect(b.startShift == 3 && b.endShift == 3)
        let oldEnd = SchoolDate(iso: "2026-08-28"), newEnd = SchoolDate(iso: "2026-09-02")
        #expect(b.causes == [MoveCause(kind: .waitsFor, milestone: "a", oldEnd: oldEnd, newEnd: newEnd)])
        let a = try #require(changes.moved.first { $0.id == "a" })
        #expect(a.causes == [MoveCause(kind: .ownChange, change: FieldChange(field: .days, old: "5", new: "8"))])
        #expect(a.startShift == 0 && a.endShift == 3)
        #expect(changes.added.isEmpty && changes.removed.isEmpty && changes.changed.isEmpty)
    }

    @Test func recordingProgressLaterReplansUnfinishedWorkAndSaysSo() throws {
        // A measure taken on 2026-09-15 moves the plan's as-of date past `a`'s planned start.
        let measured = "{ id: g, title: Goal, indicators: [shared-vision], milestones: [{ id: a, title: Configure, days: 5 }], "
            + "measures: [{ name: Use, baseline: 1, target: 5, observations: [{ date: 2026-09-15, value: 2 }] }] }"
        let old = PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: Configure, days: 5 }"))
        let new = PlanFixture.yaml(goals: "[\(measured)]")
        let a = try #require(try diff(old, new).milestones.moved.first { $0.id == "a" })
        #expect("\(a.newStart) \(a.newEnd)" == "2026-09-15 2026-09-21")
        let asOf = MoveCause.Span(name: nil, from: SchoolDate(iso: "2026-09-15")!, to: SchoolDate(iso: "2026-09-15")!)
        #expect(a.causes == [MoveCause(kind: .replanned, span: asOf)])
    }

    @Test func movingEarlierCountsSchoolDaysBackwards() throws {
        let b = try #require(try diff(plan(longerChain), plan(chain)).milestones.moved.first { $0.id == "b" })
        #expect(b.startShift == -3)
    }

    @Test func aMilestoneMovedByANewClosureNamesTheClosure() throws {
        let changes = try diff(plan("{ id: a, title: Survey, days: 10 }, { id: b, title: Pilot, days: 3, after: [a] }"),
                               plan("{ id: a, title: Survey, days: 10 }, { id: b, title: Pilot, days: 3, after: [a] }", year: Self.stormYear)).milestones
        let a = try #require(changes.moved.first { $0.id == "a" })
        #expect("\(a.oldEnd) \(a.newEnd)" == "2026-09-04 2026-09-08")
        // The two closed days count: the work ends two school days later.
        #expect(a.endShift == 2)
        let storm = MoveCause.Span(name: "Storm days", from: SchoolDate(iso: "2026-08-27")!, to: SchoolDate(iso: "2026-08-28")!)
        #expect(a.causes == [MoveCause(kind: .closureAdded, span: storm)])
        // What follows moved because of what it waits for; the closure is outside its own span.
        let b = try #require(changes.moved.first { $0.id == "b" })
        #expect(b.causes.map(\.kind) == [.waitsFor])
        #expect(b.causes.first?.milestone == "a")
    }

    @Test func theDaysOfANewClosureCountInTheShift() throws {
        let held = "{ id: a, title: Survey, days: 2, not_before: 2026-08-27 }"
        let a = try #require(try diff(plan(held), plan(held, year: Self.stormYear)).milestones.moved.first)
        // Thursday to Monday: the Thursday and Friday the storm closed are the two days lost.
        #expect("\(a.oldStart) \(a.newStart)" == "2026-08-27 2026-08-31")
        #expect(a.startShift == 2)
        #expect(a.causes.map(\.kind) == [.closureAdded])
    }

    @Test func addedAndRemovedMilestonesAreListedWithTheirDates() throws {
        let changes = try diff(plan(chain), plan("{ id: a, title: Configure, days: 5 }, { id: c, title: Train, days: 2, after: [a], kind: training }")).milestones
        #expect(changes.added.map(\.id) == ["c"])
        #expect(changes.added.first.map { "\($0.start) \($0.end) \($0.kind)" } == "2026-08-31 2026-09-01 training")
        #expect(changes.removed.map(\.id) == ["b"])
        #expect(changes.moved.isEmpty)
    }

    @Test func ownerAndStatusChangesThatDoNotMoveAMilestoneAreListed() throws {
        let changes = try diff(plan("{ id: a, title: Configure, days: 5, owner: Ann Lee }"),
                               plan("{ id: a, title: Configure, days: 5, owner: Bo Diaz, status: in_progress }")).milestones
        #expect(changes.moved.isEmpty)
        #expect(changes.changed.first?.changes == [FieldChange(field: .status, old: "planned", new: "in_progress"),
                                                   FieldChange(field: .owner, old: "Ann Lee", new: "Bo Diaz")])
    }

    @Test func aReRatedIndicatorShowsItsOldAndNewLevelByName() throws {
        let result = try diff(plan(chain, ratings: "{ shared-vision: { current: 2, target: 4 } }"),
                              plan(chain, ratings: "{ shared-vision: { current: 3, target: 4 } }"))
        #expect(result.assessment.levels == [LevelChange(
            indicator: "shared-vision", name: "Shared vision for teaching and learning", domain: "Enabling conditions",
            oldCurrent: "Emerging", newCurrent: "Developing", oldTarget: "Established", newTarget: "Established", direction: .up)])
    }

    @Test func aPriorityThatReachedItsTargetIsDroppedAndANewOneSaysWhy() throws {
        let result = try diff(plan(chain, ratings: "{ shared-vision: { current: 2, target: 4 } }"),
                              plan(chain, ratings: "{ shared-vision: { current: 4, target: 4 }, tool-audit: { current: 1, target: 3 } }"))
        let dropped = try #require(result.priorities.first { $0.indicator == "shared-vision" })
        #expect(dropped.kind == .dropped && dropped.dropReason == .reachedTarget && dropped.newCurrent == "Established")
        let added = try #require(result.priorities.first { $0.indicator == "tool-audit" })
        #expect(added.kind == .added && added.newCycle != nil)
        #expect(PriorityReasonWords.why(added, .english)?.contains("Not started") == true)
    }

    @Test func aReassignedChampionIsReportedAtTheColleaguesSchool() throws {
        let result = try diff(plan(chain, staff: Self.threeStaff),
                              plan(chain, staff: Self.threeStaff, extra: "champions: { pins: [{ champion: c2, colleague: t1 }] }"))
        let north = try #require(result.schools.first)
        #expect(north.name == "North Elementary")
        #expect(north.champions == [ChampionChange(colleague: PersonName(id: "t1", name: "Tess Moreno"),
                                                   old: PersonName(id: "c1", name: "Cara Ito"), new: PersonName(id: "c2", name: "Dev Shah"))])
        #expect(north.training.isEmpty && north.newChampions.isEmpty && north.droppedChampions.isEmpty)
    }

    @Test func aTrainingTrackChangeIsReportedPerPerson() throws {
        let result = try diff(plan(chain, staff: Self.threeStaff),
                              plan(chain, staff: Self.threeStaff.replacingPresent("comfort: 2", with: "comfort: 3")))
        let change = try #require(result.schools.first?.training.first)
        #expect(change.person.id == "t1")
        #expect(change.old?.trackName == "Getting started" && change.new?.trackName == "Building fluency")
    }

    @Test func anIdenticalPairHasNoChanges() throws {
        let result = try diff(plan(chain, staff: Self.threeStaff), plan(chain, staff: Self.threeStaff))
        #expect(result.isEmpty)
        #expect(PlanDiffMarkdown.render(result).hasSuffix("\nNo changes to the plan's schedule, priorities, assessment, people or budget.\n"))
    }

    @Test func theSummaryLineCountsEachKindOfChange() throws {
        let result = try diff(plan(chain, ratings: "{ shared-vision: { current: 2, target: 4 } }"),
                              plan(longerChain + ", { id: c, title: Train, days: 2, after: [b] }", ratings: "{ shared-vision: { current: 3, target: 4 } }"))
        #expect(PlanDiffMarkdown.summary(result).hasPrefix("2 milestones moved, 1 added; "))
        #expect(PlanDiffMarkdown.summary(result).contains("1 assessment level changed"))
    }

    @Test func planTextCannotBreakTheMarkdownTable() throws {
        let title = #""Pipes | *stars* <b>bold</b> [link](x) _under_ # \\ `tick`""#
        let result = try diff(plan(chain.replacingPresent("title: Pilot", with: "title: \(title)")),
                              plan(longerChain.replacingPresent("title: Pilot", with: "title: \(title)")))
        let html = MarkdownHTML.render(PlanDiffMarkdown.render(result))
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("<code>b</code>") })
        #expect(row.components(separatedBy: "<td>").count - 1 == 5)
        #expect(row.contains("Pipes | *stars* &lt;b&gt;bold&lt;/b&gt; [link](x) _under_ # \\ `tick`"))
        #expect(!html.contains("<b>") && !html.contains("<em>") && !html.contains("<a "))
    }

    @Test func jsonIsStableAndReadsBack() throws {
        let result = try diff(plan(chain, staff: Self.threeStaff), plan(longerChain, year: Self.stormYear, staff: Self.threeStaff))
        let json = try result.json()
        #expect(try json == result.json())
        // Read back, it writes the same bytes. The planner's own titles and cycle names are facts in
        // memory and words in the JSON, so they read back as the words (`MilestoneTitle.written`).
        #expect(try JSONDecoder().decode(PlanDiff.self, from: Data(json.utf8)).json() == json)
        #expect(json.contains(#""kind" : "closure_added""#))
    }
}
