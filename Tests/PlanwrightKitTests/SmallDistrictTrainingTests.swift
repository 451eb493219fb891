import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 21, item 2: training that works at 3 schools and 45 staff as at 2,000. Cedar Bluff
/// (`Fixtures/cedar-bluff-training/cedar-bluff.yaml`: K-6, 7-8 and 9-12 on one campus, one
/// champion per school, a campus-wide platform piloted and rolled out with training), each test
/// with one edit.
struct SmallDistrictTrainingTests {
    static let plan = Fixtures.text("cedar-bluff-training/cedar-bluff.yaml")

    /// Planned on the first day of school.
    static func run(_ yaml: String) -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(asOf: SchoolDate(iso: "2026-08-19"))).run(SourceText(path: "cedar-bluff.yaml", bytes: Array(yaml.utf8)))
    }

    static func planned(_ yaml: String = plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ImprovementPlan {
        let result = run(yaml)
        #expect(!result.hasErrors, "\(diagnostics(result))", sourceLocation: sourceLocation)
        return try #require(result.improvementPlan, sourceLocation: sourceLocation)
    }

    /// The 1-based line of the first line holding `text`.
    static func line(of text: String, in yaml: String) -> Int {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }

    static func diagnostics(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity.rawValue): \($0.message)" }
    }

    @Test func theDistrictPlansCleanly() throws {
        let plan = try Self.planned()
        #expect(plan.staff.count == 45)
        #expect(plan.training.programmes.map { $0.id }.contains("platform-rollout"))
    }

    // MARK: Tracks honour their comfort ranges

    /// `comfort: [3, 4]` holds nobody at comfort 5: Kim Larsen (5) is in no group, and a warning
    /// at the track's line names her and says what to change.
    static let twoTracks = plan.replacingPresent("""
            - { id: fluent, name: Building fluency, comfort: 3, sessions: 2, minutes: 60 }
            - { id: leading, name: Leading, comfort: [4, 5], sessions: 1, minutes: 45 }
        """, with: """
            - { id: fluent, name: Building fluency, comfort: [3, 4], sessions: 2, minutes: 60 }
        """)

    @Test func nobodyOutsideATracksRangeIsPutInIt() throws {
        let plan = try Self.planned(Self.twoTracks)
        let comfort: [String: Int?] = Dictionary(plan.staff.map { ($0.id, $0.comfort) }, uniquingKeysWith: { a, _ in a })
        for group in plan.training.groups where group.track == "fluent" {
            for member in group.members { #expect((3...4).contains(comfort[member].flatMap { $0 } ?? 0), "\(member) in \(group.id)") }
        }
        #expect(!plan.training.groups.contains { $0.members.contains("e-24") })
        #expect(plan.training.outsideTracks == ["e-24"])
    }

    @Test func staffOutsideEveryRangeAreWarnedAtTheTrack() throws {
        let result = Self.run(Self.twoTracks)
        let line = Self.line(of: "id: fluent", in: Self.twoTracks)
        let warnings = Self.diagnostics(result).filter { $0.contains("outside every training track") }
        #expect(warnings == ["\(line):7 warning: 1 member of staff is outside every training track's comfort range and in no training group: Kim Larsen (comfort 5); widen track 'fluent' to comfort [3, 5], or add a track for comfort 5"],
                "\(Self.diagnostics(result))")
    }

    // MARK: A PD day holds as many sessions as its hours allow

    /// The January PD day runs 8:00-3:00: the same group's next session follows its first, and
    /// other groups meet in parallel rooms, rather than one session for the whole day.
    @Test func aSevenHourPDDayHoldsSessionsOneAfterAnother() throws {
        let plan = try Self.planned()
        let pdDay = SchoolDate(iso: "2027-01-04")
        let onTheDay = plan.training.sessions.filter { $0.date == pdDay }
        let starts = Set(onTheDay.compactMap { $0.time?.start })
        #expect(starts.count > 1, "\(onTheDay.map { "\($0.id) \($0.time?.description ?? "-")" })")
        let byGroup = Dictionary(grouping: onTheDay, by: \.group)
        let twice = try #require(byGroup.values.first { $0.count > 1 }, "no group takes two sessions on the PD day")
        let times = twice.sorted { $0.number < $1.number }.compactMap(\.time)
        #expect(times.count == 2 && times[0].end <= times[1].start, "\(times)")
        #expect(onTheDay.allSatisfy { ($0.time?.start ?? 0) >= 8 * 60 && ($0.time?.end ?? .max) <= 15 * 60 })
    }

    /// Whatever a day holds, nobody is in two sessions, or facilitating two, at the same time.
    @Test func nobodyIsInTwoSessionsAtOnce() throws {
        let plan = try Self.planned()
        let groups = Dictionary(plan.training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var booked: [String: [(date: SchoolDate, start: Int, end: Int, session: String)]] = [:]
        for session in plan.training.sessions {
            let group = try #require(groups[session.group])
            let start = session.time?.start ?? 0, end = session.time?.end ?? 24 * 60
            for person in group.members + [group.facilitator].compactMap({ $0 }) {
                for other in booked[person, default: []] where other.date == session.date {
                    #expect(!(start < other.end && other.start < end), "\(person) is in \(session.id) and \(other.session) at once")
                }
                booked[person, default: []].append((session.date, start, end, session.id))
            }
        }
    }

    // MARK: Named pilot participants co-lead instead of attending

    /// Lisa Ferreira (elementary) and Cal Bearpaw (high school) piloted the platform: each
    /// co-leads a group of their school and attends none; the plan says they were trained in the pilot.
    @Test func pilotParticipantsCoLeadTheRolloutTrainingInsteadOfAttendingIt() throws {
        let plan = try Self.planned()
        let groups = plan.training.groups.filter { $0.programme == "platform-rollout" }
        for leader in ["e-09", "h-07"] {
            #expect(!groups.contains { $0.members.contains(leader) }, "\(leader) attends training they co-lead")
            let led = groups.filter { $0.coLeaders.contains(leader) }
            #expect(led.count == 1, "\(leader) co-leads \(led.map(\.id))")
        }
        #expect(groups.first { $0.coLeaders.contains("e-09") }?.schools == ["cbe"])
        #expect(groups.first { $0.coLeaders.contains("h-07") }?.schools == ["cbhs"])
        #expect(plan.training.pilotLeaders.map { "\($0.staff) \($0.programme) \($0.pilot)" }
                == ["e-09 platform-rollout platform-pilot", "h-07 platform-rollout platform-pilot"])
        // The math rollout is another goal's: its pilot named nobody, so Lisa still attends it.
        #expect(plan.training.groups.contains { $0.programme == "math-rollout" && $0.members.contains("e-09") })

        let report = PeopleTextReport.render(plan)
        #expect(report.contains("co-led by Lisa Ferreira (from the pilot)"), "\(report)")
        #expect(report.contains("Co-leading instead of attending, trained in pilot 'platform-pilot': Lisa Ferreira and Cal Bearpaw"))
        // Their sessions are theirs to lead: never at the same time as another session of theirs.
        let sessions = plan.training.sessions.filter { session in groups.contains { $0.id == session.group && $0.coLeaders.contains("e-09") } }
        #expect(!sessions.isEmpty)
    }

    /// A participant the plan does not have is an error at the id, with the likely one.
    @Test func anUnknownPilotParticipantIsNamedWithTheLikelyOne() throws {
        let yaml = Self.plan.replacingPresent("participants: [e-09, h-07]", with: "participants: [e-09, h-7]")
        let line = Self.line(of: "participants: [e-09, h-7]", in: yaml)
        let errors = Self.diagnostics(Self.run(yaml)).filter { $0.contains("error") }
        #expect(errors == ["\(line):30 error: pilot 'platform-pilot' lists participant 'h-7', but there is no such staff member; did you mean 'h-07'?"], "\(errors)")
    }

    // MARK: No group of one without a reason

    /// The math pilot's two teachers (Lisa Ferreira, Kim Larsen) co-lead its rollout training,
    /// which leaves Rosa Medina the only one at comfort 4-5 it trains: her group of one says why,
    /// in the plan report and on the elementary school's people page.
    @Test func aGroupOfOneSaysWhy() throws {
        let yaml = Self.plan.replacingPresent("""
                    kind: pilot
                    schools: [cbe]
            """, with: """
                    kind: pilot
                    schools: [cbe]
                    participants: [e-09, e-24]
            """)
        let plan = try Self.planned(yaml)
        let ones = plan.training.groups.filter { $0.members.count == 1 }
        #expect(ones.map(\.id) == ["math-rollout.leading-cbe-1"])
        #expect(ones.allSatisfy { $0.alone == .onlyOneInTrack })
        #expect(plan.training.groups.filter { $0.members.count > 1 }.allSatisfy { $0.alone == nil })
        let report = PeopleTextReport.render(plan)
        #expect(report.contains("math-rollout.leading-cbe-1 · Cedar Bluff Elementary · 1 member of staff (on their own: the only one at comfort 4-5 this training reaches)"), "\(report)")
        let page = try #require(try BudgetOutputTests.outputs(plan)["schools/cbe-people.md"])
        #expect(page.contains("Leading (on their own: the only one at comfort 4-5 this training reaches) (math-rollout.leading-cbe-1)"), "\(page)")
    }
}
