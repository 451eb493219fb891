import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 21, item 2: a champion is trained before they lead colleagues' training, or the plan
/// says how they are trained instead. Cedar Bluff (`Fixtures/cedar-bluff-training/cedar-bluff.yaml`)
/// as it is, with only its January PD day's hours, and with no day that has hours at all.
struct ChampionsTrainedFirstTests {
    typealias District = SmallDistrictTrainingTests

    /// No early release on Fridays: the fall and February PD days (no hours) and the January one, 8:00-3:00.
    static let fewerDays = District.plan.replacingPresent("  early_release: { day: friday, time: \"13:30-15:00\" }\n", with: "")

    /// And the January PD day with no hours either: each PD day holds one session per group.
    static let noHours = fewerDays.replacingPresent(
        "    - { name: January PD day, on: 2027-01-04, time: \"08:00-15:00\", place: Campus library }",
        with: "    - { name: January PD day, on: 2027-01-04, place: Campus library }")

    /// A session as a span of its day; one with no hours takes the whole day.
    static func span(_ session: TrainingSession) -> (SchoolDate, Int, Int) {
        (session.date, session.time?.start ?? 0, session.time?.end ?? 24 * 60)
    }

    /// Each champion's own group meets, in full, before the first session they lead in the same
    /// programme, unless the plan records them as trained another way. Returns who leads first untrained.
    static func leadBeforeTrained(_ plan: ImprovementPlan) -> [String] {
        let sessions = Dictionary(grouping: plan.training.sessions, by: \.group)
        let instead = Set(plan.training.championsTrainedInstead.map { "\($0.staff) \($0.group)" })
        var problems: [String] = []
        for programme in plan.training.programmes {
            let groups = plan.training.groups.filter { $0.programme == programme.id }
            for own in groups {
                for member in own.members {
                    let led = groups.filter { $0.facilitator == member || $0.coLeaders.contains(member) }.flatMap { sessions[$0.id] ?? [] }
                    guard let first = led.map(span).min(by: { ($0.0, $0.1) < ($1.0, $1.1) }) else { continue }
                    let mine = (sessions[own.id] ?? []).map(span)
                    let trained = !mine.isEmpty && mine.allSatisfy { $0.0 < first.0 || ($0.0 == first.0 && $0.2 <= first.1) }
                    if !trained && !instead.contains("\(member) \(own.id)") { problems.append("\(member) leads at \(first) before \(own.id) \(mine)") }
                }
            }
        }
        return problems
    }

    /// Rosa Medina's Leading session was at 11:00 on the January PD day, after the 8:00-11:00 she
    /// facilitated: now it is at 8:00, and the groups she leads follow it.
    @Test func theChampionsOwnSessionOpensTheJanuaryPDDay() throws {
        let plan = try District.planned()
        #expect(Self.leadBeforeTrained(plan) == [])
        #expect(plan.training.championsTrainedInstead.isEmpty)
        let leading = plan.training.sessions.filter { $0.group == "math-rollout.leading-cbe-1" }
        #expect(leading.map { "\($0.date) \($0.time?.description ?? "-")" } == ["2027-01-04 08:00-08:45"], "\(leading)")
        let led = plan.training.groups.filter { $0.programme == "math-rollout" && $0.facilitator == "e-07" }
        #expect(led.count == 2)
        let ledSessions = plan.training.sessions.filter { session in led.contains { $0.id == session.group } }
        #expect(ledSessions.allSatisfy { $0.date > SchoolDate(iso: "2027-01-04")! || ($0.time?.start ?? 0) >= 8 * 60 + 45 }, "\(ledSessions)")
        // Every group the champions do not train in keeps its champion.
        let leaders = Set(plan.training.groups.compactMap(\.facilitator))
        let others = plan.training.groups.filter { !$0.members.contains(where: leaders.contains) }
        #expect(others.allSatisfy { $0.facilitator != nil }, "\(others.filter { $0.facilitator == nil }.map(\.id))")
    }

    /// With one PD day with hours and no early releases, the math champions' session still opens it.
    @Test func withFewerDaysTheChampionsSessionStillComesFirst() throws {
        let plan = try District.planned(Self.fewerDays)
        #expect(Self.leadBeforeTrained(plan) == [])
        #expect(plan.training.championsTrainedInstead.isEmpty)
        let leading = plan.training.sessions.filter { $0.group == "math-rollout.leading-cbe-1" }
        #expect(leading.map { "\($0.date) \($0.time?.description ?? "-")" } == ["2027-01-04 08:00-08:45"], "\(leading)")
        #expect(plan.training.groups.first { $0.id == "math-rollout.starting-cbe-1" }?.facilitator == "e-07")
    }

    /// PD days without hours hold one session per group: the champions lead on both, so their
    /// own group has no day before it. The plan says they are briefed by the rollout's owner,
    /// the report and people page say it, and `check` warns once per programme at the track.
    @Test func withNoEarlierRoomTheChampionsAreBriefedAndTheCheckSaysSo() throws {
        let result = District.run(Self.noHours)
        let plan = try District.planned(Self.noHours)
        #expect(Self.leadBeforeTrained(plan) == [])
        #expect(plan.training.championsTrainedInstead.map { "\($0.staff) \($0.group) \($0.how.rawValue)" }
                == ["e-07 math-rollout.leading-cbe-1 briefed_by_owner", "j-01 platform-rollout.leading-pooled-1 briefed_by_owner",
                    "h-01 platform-rollout.leading-pooled-1 briefed_by_owner"])
        let report = PeopleTextReport.render(plan)
        #expect(report.contains("      Rosa Medina: briefed one to one by Cody Brandt before they lead, as no earlier day has room"), "\(report)")
        let page = try #require(try BudgetOutputTests.outputs(plan)["schools/cbe-people.md"])
        #expect(page.contains("Leading (briefed one to one by Cody Brandt before they lead, as no earlier day has room for their own session) (math-rollout.leading-cbe-1): no session placed yet"), "\(page)")
        let line = District.line(of: "id: leading", in: Self.noHours)
        let warnings = District.diagnostics(result).filter { $0.contains("briefed one to one") }
        #expect(warnings == [
            "\(line):7 warning: 1 champion (Rosa Medina) leads 'Every grade 3-6 class practises weekly, grades 3–6, at Cedar Bluff Elementary' training before their own: their 'Leading' group has no session, as no earlier training day has room, so they are briefed one to one by Cody Brandt instead; to train them first, leave an earlier PD or early-release day in the training window, or set a later 'not_before' on 'math-rollout'",
            "\(line):7 warning: 2 champions (Derek Moen and Jon Eklund) lead 'Every class posts its work in the platform' training before their own: their 'Leading' group has no session, as no earlier training day has room, so they are briefed one to one by Cody Brandt instead; to train them first, leave an earlier PD or early-release day in the training window, or set a later 'not_before' on 'platform-rollout'",
        ], "\(District.diagnostics(result))")
    }

    /// However few the days, nobody sits in two sessions, or leads two, at once.
    @Test(arguments: ["fewer days", "no hours"])
    func nobodyIsInTwoSessionsAtOnceWithFewerDays(_ variant: String) throws {
        let plan = try District.planned(variant == "no hours" ? Self.noHours : Self.fewerDays)
        let groups = Dictionary(plan.training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var booked: [String: [(span: (SchoolDate, Int, Int), session: String)]] = [:]
        for session in plan.training.sessions {
            let group = try #require(groups[session.group])
            let span = Self.span(session)
            for person in group.members + [group.facilitator].compactMap({ $0 }) + group.coLeaders {
                for other in booked[person, default: []] where other.span.0 == span.0 {
                    #expect(!(span.1 < other.span.2 && other.span.1 < span.2), "\(person) is in \(session.id) and \(other.session) at once")
                }
                booked[person, default: []].append((span, session.id))
            }
        }
    }
}
