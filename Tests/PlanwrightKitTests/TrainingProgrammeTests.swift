import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Training per rollout: each rollout trains the staff in its scope, in its own window, and
/// nobody (member or facilitator) is booked in two sessions of one slot.
struct TrainingProgrammeTests {
    static let schools = "[{ id: elm, name: Elm Elementary, grades: K-5 }, { id: mid, name: Mid School, grades: 6-8 }, { id: high, name: High School, grades: 9-12 }]"
    static let oneSessionEach = "tracks: [{ id: gs, name: Getting started, comfort: [1, 2], sessions: 1, minutes: 60 }, { id: bf, name: Building fluency, comfort: [3, 3], sessions: 1, minutes: 60 }, { id: lead, name: Leading, comfort: [4, 5], sessions: 1, minutes: 45 }]"

    static func plan(milestones: String, staff: String, training: String = "training: { max_group: 4 }",
                     year: String = "{ start: 2026-08-24, end: 2027-06-11, early_release: wednesday }",
                     schools: String = schools) throws -> ImprovementPlan {
        let result = PlanFixture.run("""
            planwright: 1
            district: { name: D, vision: V., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
            framework: edtech-systems
            year: \(year)
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
            schools: \(schools)
            staff: \(staff)
            goals: [{ id: g, title: G, indicators: [shared-vision], milestones: [\(milestones)] }]
            \(training)
            """)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    /// Staff written as (school, comfort or "-" for none, how many, champion?), with ids `<school>-<n>`.
    static func staff(_ entries: [(school: String, comfort: String, count: Int, champion: Bool)]) -> String {
        var next: [String: Int] = [:]
        return "[" + entries.flatMap { entry in (0..<entry.count).map { _ in
            next[entry.school, default: 0] += 1
            let id = "\(entry.school)-\(next[entry.school]!)"
            let comfort = entry.comfort == "-" ? "" : ", comfort: \(entry.comfort)"
            return "{ id: \(id), name: \(id.capitalized), school: \(entry.school)\(comfort)\(entry.champion ? ", champion: yes" : "") }"
        } }.joined(separator: ", ") + "]"
    }

    /// A pilot, a gate and a rollout with the given id suffix and scope keys.
    static func rollout(_ name: String, scope: String = "", notBefore: String = "2026-11-16", status: String = "") -> String {
        "{ id: p\(name), title: Pilot \(name), days: 5, kind: pilot }, { id: g\(name), title: Gate \(name), days: 1, after: p\(name), kind: gate }, "
            + "{ id: r\(name), title: Rollout \(name), days: 5, after: g\(name), kind: rollout, not_before: \(notBefore)\(scope.isEmpty ? "" : ", " + scope)\(status.isEmpty ? "" : ", status: " + status) }"
    }

    /// Every slot (day and kind) each person sits in, as member or facilitator, must be theirs once.
    static func doubleBookings(_ plan: ImprovementPlan) -> [String] {
        let groups = Dictionary(plan.training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [String: String] = [:], clashes: [String] = []
        for session in plan.training.sessions {
            guard let group = groups[session.group] else { clashes.append("no group \(session.group)"); continue }
            for person in Set(group.members + (group.facilitator.map { [$0] } ?? [])) {
                let key = "\(person) \(session.date) \(session.slot.rawValue)"
                if let other = seen[key] { clashes.append("\(key): \(other) and \(session.id)") } else { seen[key] = session.id }
            }
        }
        return clashes
    }

    @Test func aGrades6To12RolloutTrainsNoElementaryStaff() throws {
        let staff = Self.staff([("elm", "-", 4, false), ("mid", "1", 4, false), ("high", "3", 4, false)])
        let plan = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12"), staff: staff)
        let programme = try #require(plan.training.programmes.first)
        #expect(plan.training.programmes.count == 1)
        #expect(programme.id == "ra" && programme.audience == "grades 6–12" && programme.name == "Rollout a, grades 6–12")
        let trained = Set(plan.training.groups.flatMap(\.members))
        #expect(trained == Set((1...4).flatMap { ["mid-\($0)", "high-\($0)"] }))
        #expect(plan.training.groups.allSatisfy { $0.programme == "ra" && $0.id.hasPrefix("ra.") })
        #expect(!plan.training.sessions.isEmpty && plan.training.unplaced.isEmpty)
        // The elementary staff have no rating, but nobody trains them: no note asks to survey them.
        #expect(!plan.diagnostics.contains { $0.message.contains("comfort rating") })
        // Their school's handout shows no training; the middle school's names what it prepares for.
        let files = try BuildOutputTests.render(plan).files
        let elm = try #require(files.first { $0.path == "schools/elm.md" }?.contents)
        let mid = try #require(files.first { $0.path == "schools/mid.md" }?.contents)
        #expect(!elm.contains("Rollout a") && elm.contains("No training for our school in this plan."))
        #expect(mid.contains("**Rollout a, grades 6–12**"))
    }

    @Test func twoRolloutsWithOverlappingScopesShareNoSlot() throws {
        let staff = Self.staff([("elm", "1", 3, false), ("mid", "1", 3, false), ("high", "1", 3, false)])
        let milestones = Self.rollout("a", scope: "grades: 6-12") + ", " + Self.rollout("b")
        let training = "training: { max_group: 4, tracks: [{ id: all, name: Everyone, comfort: [1, 5], sessions: 1, minutes: 60 }] }"
        let two = try Self.plan(milestones: milestones, staff: staff, training: training,
                                year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }")
        #expect(two.training.programmes.map(\.id) == ["ra", "rb"])
        #expect(Self.doubleBookings(two).isEmpty, "\(Self.doubleBookings(two))")
        // The first rollout takes the last slot; the second works around the people it shares.
        let dates = Dictionary(two.training.sessions.map { ($0.group, "\($0.date)") }, uniquingKeysWith: { a, _ in a })
        #expect(dates == ["ra.all-mid-1": "2026-11-11", "ra.all-high-1": "2026-11-11",
                          "rb.all-elm-1": "2026-11-11", "rb.all-mid-1": "2026-11-04", "rb.all-high-1": "2026-11-04"])
        #expect(two.training.unplaced.isEmpty)

        // With one slot only, the clash is said: who is where.
        let one = try Self.plan(milestones: milestones, staff: staff, training: training,
                                year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-11] }")
        #expect(Self.doubleBookings(one).isEmpty)
        #expect(one.training.unplaced.map(\.group) == ["rb.all-mid-1", "rb.all-high-1"])
        let reason = try #require(one.training.unplaced.first)
        #expect(reason.words == "0 of the 1 training day that fits a 60-minute session between 2026-09-01 and 2026-11-13 are free for this group: Mid-1 is in session ra.all-mid-1/1 on 2026-11-11")
        #expect(reason.clashesWith == "ra.all-mid-1/1" && reason.programme == "rb")
        // Every group left short is named, in one warning for the one reason.
        #expect(one.diagnostics.contains { $0.message.hasPrefix("training track 'Everyone' gets fewer than its 1 session for 'Rollout b' in 2 groups ('rb.all-mid-1' gets 0, 'rb.all-high-1' gets 0): in 'rb.all-mid-1', 0 of the 1 training day that fits") })
    }

    /// A session already held took its slot: a programme placed before it is never booked for
    /// the same people there, and the held session keeps its day.
    @Test func aHeldSessionOfOneProgrammeBlocksItsSlotForAnother() throws {
        let staff = Self.staff([("elm", "1", 3, false), ("mid", "1", 3, false), ("high", "1", 3, false)])
        let done = "status: done, done_on: 2026-08-28"
        let milestones = ["a", "b"].map { name in
            "{ id: p\(name), title: Pilot \(name), days: 5, kind: pilot, \(done) }, { id: g\(name), title: Gate \(name), days: 1, after: p\(name), kind: gate, \(done) }, "
                + "{ id: r\(name), title: Rollout \(name), days: 5, after: g\(name), kind: rollout, not_before: 2026-11-16\(name == "a" ? ", grades: 6-12" : "") }"
        }.joined(separator: ", ")
        let training = "training: { max_group: 4, tracks: [{ id: all, name: Everyone, comfort: [1, 5], sessions: 1, minutes: 60 }], held: [{ session: rb.all-mid-1/1, on: 2026-11-11 }] }"
        let result = PlanFixture.run("""
            planwright: 1
            district: { name: D, vision: V., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
            framework: edtech-systems
            year: { start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
            schools: \(Self.schools)
            staff: \(staff)
            goals: [{ id: g, title: G, indicators: [shared-vision], milestones: [\(milestones)] }]
            \(training)
            """, asOf: "2026-11-11")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.improvementPlan)
        #expect(Self.doubleBookings(plan).isEmpty, "\(Self.doubleBookings(plan))")
        let dates = Dictionary(plan.training.sessions.map { ($0.group, "\($0.date)") }, uniquingKeysWith: { a, _ in a })
        // The 6-12 programme is placed first, and without the record it would take Nov 11 for the middle school.
        #expect(plan.training.programmes.map(\.id) == ["ra", "rb"])
        #expect(dates["rb.all-mid-1"] == "2026-11-11")
        #expect(dates["ra.all-high-1"] == "2026-11-11")
        let blocked = try #require(plan.training.unplaced.first { $0.group == "ra.all-mid-1" })
        #expect(blocked.clashesWith == "rb.all-mid-1/1", "\(blocked.words)")
        #expect(plan.progress.sessions.map { "\($0.session) \($0.state.rawValue)" } == ["rb.all-mid-1/1 held"])
    }

    /// `diff` compares each person's place programme by programme: someone two rollouts reach
    /// is not "moved" because the programmes' order changed, and a real move is told for each.
    @Test func diffComparesEachProgrammesGroupsApart() throws {
        let staff = Self.staff([("elm", "1", 3, false), ("mid", "1", 3, false), ("high", "1", 3, false)])
        let training = "training: { max_group: 4, tracks: [{ id: gs, name: Getting started, comfort: [1, 2], sessions: 1, minutes: 60 }, { id: up, name: Fluent, comfort: [3, 5], sessions: 1, minutes: 60 }] }"
        let year = "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }"
        let before = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12") + ", " + Self.rollout("b", notBefore: "2026-11-23"),
                                   staff: staff, training: training, year: year)
        // The second rollout now comes first: the programmes swap places, nobody's group changes.
        let swapped = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12", notBefore: "2026-11-23") + ", " + Self.rollout("b"),
                                    staff: staff, training: training, year: year)
        let side = { (plan: ImprovementPlan, file: String) in PlanDiffer.Side(planned: plan, file: file) }
        #expect(PlanDiffer().diff(side(before, "old.yaml"), side(swapped, "new.yaml")).schools.flatMap(\.training).isEmpty)
        // Someone more confident moves track in both programmes that reach them.
        let confident = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12") + ", " + Self.rollout("b", notBefore: "2026-11-23"),
                                      staff: staff.replacingPresent("{ id: mid-1, name: Mid-1, school: mid, comfort: 1 }",
                                                                        with: "{ id: mid-1, name: Mid-1, school: mid, comfort: 4 }"),
                                      training: training, year: year)
        let moves = PlanDiffer().diff(side(before, "old.yaml"), side(confident, "new.yaml")).schools.flatMap(\.training)
        #expect(moves.map { "\($0.person.id) \($0.old?.group ?? "-") → \($0.new?.group ?? "-")" }.sorted()
                == ["mid-1 ra.gs-mid-1 → ra.up-mid-1", "mid-1 rb.gs-mid-1 → rb.up-mid-1"])
    }

    @Test func aChampionNeverFacilitatesTwoGroupsInOneSlot() throws {
        // One champion at the school: they co-facilitate the two groups they are not in, and
        // the group they are in meets without a facilitator rather than led by its one member.
        let staff = Self.staff([("mid", "5", 1, true), ("mid", "1", 3, false), ("mid", "3", 3, false)])
        let training = "training: { max_group: 4, \(Self.oneSessionEach) }"
        let three = try Self.plan(milestones: Self.rollout("a"), staff: staff, training: training,
                                  year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-10-28, 2026-11-04, 2026-11-11] }")
        #expect(three.training.groups.map { "\($0.id) \($0.facilitator ?? "-")" } == ["ra.gs-mid-1 mid-1", "ra.bf-mid-1 mid-1", "ra.lead-mid-1 -"])
        #expect(three.training.sessions.map { "\($0.group) \($0.date)" } == ["ra.gs-mid-1 2026-11-11", "ra.bf-mid-1 2026-11-04", "ra.lead-mid-1 2026-10-28"])
        #expect(Self.doubleBookings(three).isEmpty)

        let two = try Self.plan(milestones: Self.rollout("a"), staff: staff, training: training,
                                year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }")
        #expect(Self.doubleBookings(two).isEmpty)
        #expect(two.training.unplaced.map { "\($0.group): \($0.words)" } == [
            "ra.lead-mid-1: 0 of the 2 training days that fit a 45-minute session between 2026-09-01 and 2026-11-13 are free for this group: Mid-1 facilitates session ra.gs-mid-1/1 on 2026-11-11",
        ])
    }

    /// A champion's sessions can fill every day another of their groups could meet: that group
    /// meets without them, and a warning says where champions are too few.
    @Test func aGroupWhoseChampionIsTakenMeetsWithoutThem() throws {
        let staff = Self.staff([("mid", "5", 1, true), ("mid", "1", 3, false), ("mid", "3", 3, false)])
        let training = "training: { max_group: 4, \(Self.oneSessionEach) }"
        let plan = try Self.plan(milestones: Self.rollout("a"), staff: staff, training: training,
                                 year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-11] }")
        #expect(Self.doubleBookings(plan).isEmpty)
        #expect(plan.training.groups.map { "\($0.id) \($0.facilitator ?? "-")" } == ["ra.gs-mid-1 mid-1", "ra.bf-mid-1 -", "ra.lead-mid-1 -"])
        #expect(plan.training.sessions.map { "\($0.group) \($0.date)" } == ["ra.gs-mid-1 2026-11-11", "ra.bf-mid-1 2026-11-11"])
        #expect(plan.diagnostics.contains { $0.message.hasPrefix("1 training group of 'Rollout a' at Mid School (ra.bf-mid-1) meets without a champion to co-facilitate") })
    }

    @Test func staffOutsideEveryScopeGetNoGroupAndNoWarning() throws {
        let staff = Self.staff([("elm", "-", 3, false), ("mid", "2", 3, false), ("high", "2", 3, true)])
        let plan = try Self.plan(milestones: Self.rollout("a", scope: "schools: [high]") + ", " + Self.rollout("b", scope: "grades: 6-8"), staff: staff)
        #expect(plan.training.programmes.map(\.audience) == ["at High School", "grades 6–8"])
        let trained = Set(plan.training.groups.flatMap(\.members))
        #expect(!trained.contains { $0.hasPrefix("elm-") })
        #expect(trained.count == 6)
        // The training report names none of them (the champions' part lists everyone's school).
        let report = PeopleTextReport.render(plan).components(separatedBy: "\nCHAMPIONS").first ?? ""
        #expect(report.contains("High-1") && !report.contains("Elm-"))
        #expect(!plan.diagnostics.contains { $0.message.contains("comfort rating") })
        // The district's tracks count each person once.
        #expect(plan.training.tracks.first { $0.id == "getting-started" }?.members == 6)
    }

    @Test func addingARolloutRenamesNoGroupOfAnother() throws {
        let staff = Self.staff([("elm", "1", 6, true), ("mid", "2", 2, false), ("mid", "3", 5, true), ("high", "4", 7, true)])
        let before = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12"), staff: staff)
        // The new rollout comes first, so its programme is placed first.
        let after = try Self.plan(milestones: Self.rollout("a", scope: "grades: 6-12") + ", " + Self.rollout("b", notBefore: "2026-10-19"), staff: staff)
        #expect(after.training.programmes.map(\.id) == ["rb", "ra"])
        let first = before.training.groups.map { "\($0.id): \($0.members)" }
        #expect(after.training.groups.filter { $0.programme == "ra" }.map { "\($0.id): \($0.members)" } == first)
        #expect(Set(after.training.groups.map(\.id)).count == after.training.groups.count)
        #expect(Set(after.training.sessions.map(\.id)).count == after.training.sessions.count)
        #expect(Self.doubleBookings(after).isEmpty)
    }

    @Test func aPlanWithoutRolloutsStillTrainsEveryoneInTheFirstCycle() throws {
        let staff = Self.staff([("elm", "1", 3, false), ("high", "3", 3, false)])
        let plan = try Self.plan(milestones: "{ id: t, title: Task, days: 5 }", staff: staff)
        #expect(plan.training.programmes.map { "\($0.id) \($0.window.reasonWords)" } == ["district no rollout is planned, so training goes in the first cycle"])
        #expect(Set(plan.training.groups.flatMap(\.members)).count == 6)
        #expect(!plan.training.sessions.isEmpty)
    }

    @Test func aRolloutAlreadyDoneGetsNoNewSessions() throws {
        let staff = Self.staff([("mid", "1", 3, false)])
        let milestones = Self.rollout("a", notBefore: "2026-09-14", status: "done, done_on: 2026-09-18") + ", " + Self.rollout("b")
        let plan = try Self.plan(milestones: milestones, staff: staff)
        #expect(plan.training.programmes.map(\.id) == ["rb"])
        #expect(plan.training.sessions.allSatisfy { $0.programme == "rb" })
    }

    @Test func aTrainingMilestoneThatPreparesNoRolloutHasItsOwnProgramme() throws {
        let staff = Self.staff([("elm", "1", 3, false), ("high", "1", 3, false)])
        let milestones = Self.rollout("a", scope: "grades: 9-12") + ", { id: t, title: Data literacy, days: 20, kind: training, not_before: 2027-01-11, grades: K-5 }"
        let plan = try Self.plan(milestones: milestones, staff: staff)
        #expect(plan.training.programmes.map { "\($0.id) \($0.window.reasonWords)" } == ["ra after go/no-go 'ga', before rollout 'ra'", "t during 't'"])
        #expect(plan.training.groups.filter { $0.programme == "t" }.flatMap(\.members) == ["elm-1", "elm-2", "elm-3"])
        #expect(plan.training.groups.filter { $0.programme == "ra" }.flatMap(\.members) == ["high-1", "high-2", "high-3"])
    }

    /// A district of 3,000 staff at 60 schools with four rollouts over different grades: every
    /// programme trains exactly the staff its scope reaches, nobody is booked twice, and the
    /// bookings checked stay proportional to the people placed (per-person sets, no all-pairs).
    @Test func manyStaffAndRolloutsPlanWithoutDoubleBooking() throws {
        var schools: [String] = [], staff: [String] = []
        for s in 0..<60 {
            let grades = s < 40 ? "K-5" : s < 52 ? "6-8" : "9-12"
            schools.append("{ id: s\(s), name: School \(s), grades: \(grades) }")
            for n in 0..<50 {
                staff.append("{ id: s\(s)-\(n), name: P\(s) \(n), school: s\(s), comfort: \(1 + (s + n) % 5)\(n % 10 == 0 ? ", champion: yes" : "") }")
            }
        }
        let milestones = [Self.rollout("a"), Self.rollout("b", scope: "grades: 6-12"), Self.rollout("c", scope: "grades: K-5", notBefore: "2027-02-01"),
                          Self.rollout("d", scope: "grades: 9-12", notBefore: "2026-11-30")].joined(separator: ", ")
        let plan = try Self.plan(milestones: milestones, staff: "[" + staff.joined(separator: ", ") + "]", training: "training: { max_group: 12 }",
                                 year: "{ start: 2026-08-24, end: 2027-06-11, early_release: wednesday, pd_days: [2026-10-09, 2027-01-04] }",
                                 schools: "[" + schools.joined(separator: ", ") + "]")
        #expect(plan.training.programmes.map(\.id) == ["ra", "rb", "rd", "rc"])
        let expected = ["ra": 3000, "rb": 1000, "rc": 2000, "rd": 400]
        for programme in plan.training.programmes {
            let members = plan.training.groups.filter { $0.programme == programme.id }.flatMap(\.members)
            #expect(members.count == expected[programme.id] && Set(members).count == members.count, "\(programme.id)")
        }
        #expect(Self.doubleBookings(plan).isEmpty)
        #expect(!plan.training.sessions.isEmpty)
        #expect(Set(plan.training.groups.map(\.id)).count == plan.training.groups.count)
    }
}
