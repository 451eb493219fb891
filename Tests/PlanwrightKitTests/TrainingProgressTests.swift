import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Sessions recorded under `training: held:` keep their day; a session the plan had before the
/// as-of date and not recorded held is late and re-placed from the date; `diff` tells sessions
/// that moved. One school of six (one group, three sessions of 60 minutes) trains between a done
/// gate and a rollout on 2026-11-16: slots are the PD day 2026-11-02 and the Wednesdays.
struct TrainingProgressTests {
    static let group = "r.getting-started-north-1"

    static func yaml(closed: String = "", held: String = "") -> String {
        let staff = (1...6).map { "{ id: s\($0), name: S\($0), school: north, comfort: 1 }" }.joined(separator: ", ")
        return """
            planwright: 1
            district: { name: D, vision: V., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
            framework: edtech-systems
            year: { start: 2026-08-24, end: 2027-06-11, closed: [\(closed)], pd_days: [2026-11-02], early_release: wednesday }
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
            schools: [{ id: north, name: North }]
            staff: [\(staff)]
            goals: [{ id: g, title: G, indicators: [shared-vision], milestones: [{ id: p, title: Pilot, days: 5, kind: pilot, status: done, done_on: 2026-09-04 }, { id: gate, title: Gate, days: 1, after: p, kind: gate, status: done, done_on: 2026-09-08 }, { id: r, title: Rollout, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }] }]
            training:
              held: [\(held)]
            """
    }

    func planned(_ yaml: String, asOf: String? = nil) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml, asOf: asOf)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    func dates(_ plan: ImprovementPlan) -> [String] {
        plan.training.sessions.sorted { $0.number < $1.number }.map { "\($0.number) \($0.date)" }
    }

    static let snowDay = "{ name: Snow day, on: 2026-11-04 }"

    @Test func sessionsGoInTheLastSlotsAndAClosureMovesThem() throws {
        #expect(dates(try planned(Self.yaml())) == ["1 2026-11-02", "2 2026-11-04", "3 2026-11-11"])
        #expect(dates(try planned(Self.yaml(closed: Self.snowDay))) == ["1 2026-10-28", "2 2026-11-02", "3 2026-11-11"])
    }

    @Test func aHeldSessionKeepsItsDayWhenAClosureIsAddedOnIt() throws {
        let held = "{ session: \(Self.group)/2, on: 2026-11-04 }"
        let plan = try planned(Self.yaml(closed: Self.snowDay, held: held))
        #expect(plan.training.sessions.first { $0.number == 2 }?.date == SchoolDate(iso: "2026-11-04"))
        // The rest go after the last held one: the one day left is 2026-11-11.
        #expect(plan.training.sessions.first { $0.number == 1 }?.date == SchoolDate(iso: "2026-11-11"))
        #expect(plan.training.unplaced.map(\.number) == [3])
        #expect(plan.progress.sessions.map { "\($0.session) \($0.state.rawValue) \($0.planned)" } == ["\(Self.group)/2 held 2026-11-04"])
        // A held day counts as a record of progress: the default as-of date.
        #expect(plan.progress.asOf == SchoolDate(iso: "2026-11-04") && plan.progress.asOfSource == .latestRecord)
        #expect(PeopleTextReport.render(plan).contains("#2 Wed, Nov 4 (early release, held)"))
    }

    @Test func aSessionDueBeforeTheAsOfDateAndNotHeldIsLateAndReplacedFromIt() throws {
        let plan = try planned(Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-10-28 }"), asOf: "2026-11-09")
        let late = try #require(plan.progress.sessions.first { $0.state == .late })
        #expect(late.session == "\(Self.group)/2")
        #expect(late.planned == SchoolDate(iso: "2026-11-04") && late.date == SchoolDate(iso: "2026-11-11"))
        #expect(late.noDayLeft == nil)
        #expect(SessionProgressWords.reason(late, dates: PeopleDates(plan), .english)
                == "session 2 of group \(Self.group) was due on Wed, Nov 4 and is not recorded as held; re-placed on Wed, Nov 11")
        #expect(dates(plan) == ["1 2026-10-28", "2 2026-11-11"])
        #expect(plan.training.unplaced.map(\.number) == [3])
        let status = ProgressTextReport.render(plan)
        #expect(status.contains("TRAINING SESSIONS LATE\n  \(Self.group)/2\n"))
        #expect(status.contains("TRAINING SESSIONS HELD\n  \(Self.group)/1\n"))
        #expect(try PlanJSON.encode(plan.progress).contains("\"state\" : \"late\""))
    }

    @Test func aLateSessionWithNoDayLeftIsUnplacedWithTheReason() throws {
        let plan = try planned(Self.yaml(), asOf: "2026-11-12")
        #expect(plan.progress.sessions.map { "\($0.number) \($0.state.rawValue)" } == ["1 late", "2 late", "3 late"])
        #expect(plan.training.sessions.isEmpty)
        #expect(plan.progress.sessions[0].noDayLeft == .noFittingDayBefore(SchoolDate(iso: "2026-11-13")!))
        #expect(SessionProgressWords.reason(plan.progress.sessions[0], dates: PeopleDates(plan), .english).hasSuffix("no fitting day is left for it before Fri, Nov 13"))
    }

    @Test func aSessionHeldAfterTheAsOfDateWasNotHeldYetThen() throws {
        let plan = try planned(Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-11-02 }"), asOf: "2026-10-20")
        #expect(plan.progress.sessions.isEmpty)
        #expect(dates(plan) == ["1 2026-11-02", "2 2026-11-04", "3 2026-11-11"])
    }

    @Test func anIDNamingNoSessionIsAnErrorAtItsLineWithASuggestion() throws {
        let source = Self.yaml(held: "{ session: getting-started-nort-1/2, on: 2026-11-04 }")
        let result = PlanFixture.run(source)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message == "'held' records training session 'getting-started-nort-1/2', but the plan has no session with that id; "
                + "did you mean '\(Self.group)/2'?; 'planwright plan' and the handouts list the session ids")
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[error.location!.line - 1]
        #expect(line.dropFirst(error.location!.column - 1).hasPrefix("getting-started-nort-1/2"))
        // A session number past the track's sessions names no session either.
        #expect(PlanFixture.run(Self.yaml(held: "{ session: \(Self.group)/4, on: 2026-11-04 }")).hasErrors)
    }

    @Test func aHeldDayWithoutSchoolIsWarnedAboutAtTheDate() throws {
        let source = Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-10-31 }")
        let warning = try #require(PlanFixture.run(source).diagnostics.first { $0.message.contains("recorded as held on") })
        #expect(warning.severity == .warning)
        #expect(warning.message == "training session '\(Self.group)/1' is recorded as held on 2026-10-31, a Saturday; was it held on another day?")
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[warning.location!.line - 1]
        #expect(line.dropFirst(warning.location!.column - 1).hasPrefix("2026-10-31"))
    }

    @Test func diffNamesTheSessionsAOneDayClosureMoved() throws {
        let side = { (yaml: String, file: String) in PlanDiffer.Side(planned: try self.planned(yaml), file: file) }
        let diff = PlanDiffer().diff(try side(Self.yaml(), "old.yaml"), try side(Self.yaml(closed: Self.snowDay), "new.yaml"))
        let north = try #require(diff.schools.first { $0.school == "north" })
        #expect(north.sessions.map { "\($0.session) \($0.old!) \($0.new!) \($0.cause!.kind.rawValue)" } == [
            "\(Self.group)/1 2026-11-02 2026-10-28 closure_added", "\(Self.group)/2 2026-11-04 2026-11-02 closure_added",
        ])
        let markdown = PlanDiffMarkdown.render(diff)
        #expect(markdown.contains("- Session `\(Self.group)/2`: Wed, Nov 4 → Mon, Nov 2 (Wed, Nov 4 is now closed: Snow day)"))
        #expect(markdown.contains("2 training sessions changed"))
        #expect(try diff.json().contains("\"closure_added\""))
    }

    @Test func diffTellsTrainingGroupsThatAppearOrDisappear() throws {
        let side = { (yaml: String, file: String) in PlanDiffer.Side(planned: try self.planned(yaml), file: file) }
        let old = Self.yaml(), new = Self.yaml().replacingPresent("school: north, comfort: 1", with: "school: north, comfort: 3")
        let diff = PlanDiffer().diff(try side(old, "old.yaml"), try side(new, "new.yaml"))
        let north = try #require(diff.schools.first { $0.school == "north" })
        #expect(north.newGroups == ["r.building-fluency-north-1"] && north.droppedGroups == [Self.group])
        #expect(PlanDiffMarkdown.render(diff).contains("- Training groups no longer planned: `\(Self.group)`"))
    }

    @Test func sessionDatesKeepHeldDaysAndPlaceTheRestLateAfterThem() {
        let day = { (d: Int) in SchoolDate(iso: "2026-11-\(d < 10 ? "0" : "")\(d)")! }
        let slots = [2, 4, 9, 11, 16, 18].map(day)
        #expect(SessionDates.place(count: 3, held: [:], slots: slots) == [1: day(11), 2: day(16), 3: day(18)])
        #expect(SessionDates.place(count: 3, held: [1: day(3)], slots: slots) == [1: day(3), 2: day(16), 3: day(18)])
        // Held on the last slot: nothing fits after it.
        #expect(SessionDates.place(count: 3, held: [1: day(18)], slots: slots) == [1: day(18)])
        // From the as-of date: only the days on or after it, the lowest numbers first.
        #expect(SessionDates.place(count: 3, held: [:], slots: slots, from: day(17)) == [1: day(18)])
        #expect(SessionDates.place(count: 2, held: [5: day(1)], slots: slots) == [1: day(16), 2: day(18)])
    }
}
