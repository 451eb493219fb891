import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A facilitator is never a member of a group they lead, so nobody is paid both the participant
/// and the facilitator stipend for one session; a group is "pooled" only when it is drawn from
/// several schools.
struct TrainingFacilitatorTests {
    /// Three schools. At Lincoln, Minh Reyes is the only champion and the only one at comfort 5;
    /// Roosevelt High's two comfort-3 teachers are the district's only ones in Building fluency.
    static let yaml = PlanFixture.yaml(
        schools: "[{ id: lincoln, name: Lincoln Elementary }, { id: jefferson, name: Jefferson Middle School }, { id: roosevelt, name: Roosevelt High School }]",
        staff: """
            [{ id: t-101, name: Minh Reyes, school: lincoln, comfort: 5, champion: yes },
             { id: t-102, name: Rosa Diaz, school: lincoln, comfort: 1 }, { id: t-103, name: Ben Yazzie, school: lincoln, comfort: 2 },
             { id: t-104, name: Aisha Rahman, school: lincoln, comfort: 1 }, { id: t-105, name: David Nguyen, school: lincoln, comfort: 2 },
             { id: t-106, name: Priya Patel, school: lincoln, comfort: 1 },
             { id: t-201, name: Mei Chen, school: jefferson, comfort: 2 }, { id: t-202, name: Kwame Mensah, school: jefferson, comfort: 1 },
             { id: t-301, name: Chris Martin, school: roosevelt, comfort: 3 }, { id: t-302, name: Sofia Rossi, school: roosevelt, comfort: 3 }]
            """,
        goals: PlanFixture.goal("{ id: gate, title: Go/no-go, days: 1, kind: gate, status: done, done_on: 2026-09-01 }, { id: lms, title: Canvas goes live, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }"),
        extra: """
            training: { max_group: 10, costs: { participant: 35, facilitator: 50, funding: general-fund } }
            funding: [{ id: general-fund, name: General fund, amount: 50000 }]
            """)

    static func planned() throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    @Test func aChampionAloneInTheirTrackIsNotTheirOwnFacilitator() throws {
        let plan = try Self.planned()
        let leading = try #require(plan.training.groups.first { $0.track == "leading" })
        #expect(leading.members == ["t-101"])
        #expect(leading.facilitator == nil)
        for group in plan.training.groups {
            #expect(!group.members.contains { $0 == group.facilitator }, "\(group.id) is led by one of its members")
        }
        #expect(!PeopleTextReport.render(plan).contains("1 staff · facilitator Minh Reyes"))
    }

    /// A group with nobody to co-facilitate it says so in the district plan, rather than printing
    /// "facilitator" with a blank after it.
    @Test func aGroupWithoutAFacilitatorSaysSoInTheDistrictPlan() throws {
        let outputs = try BudgetOutputTests.outputs(try Self.planned())
        for name in ["plan.md", "plan.html"] {
            let text = try #require(outputs[name])
            #expect(text.contains("no champion to co-facilitate"), "\(name)")
            #expect(!text.contains("facilitator  ·") && !text.contains("<td></td><td>#1"), "\(name)")
        }
    }

    /// The budget pays each person once a session: as a participant or as its facilitator.
    @Test func nobodyIsPaidTwiceForOneSession() throws {
        let plan = try Self.planned()
        let groups = Dictionary(plan.training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var paid = 0, people = 0
        for session in plan.training.sessions {
            let group = try #require(groups[session.group])
            paid += group.members.count + (group.facilitator == nil ? 0 : 1)
            people += Set(group.members + [group.facilitator].compactMap { $0 }).count
        }
        #expect(paid == people)
        let units = plan.budget.costs.filter { $0.origin == .training }.reduce(0) { $0 + ($1.units ?? 0) }
        #expect(units == people, "\(plan.budget.costs.filter { $0.origin == .training }.map { "\($0.item) \($0.units)" })")
        #expect(plan.training.sessions.count > 0)
    }

    @Test func aGroupOfOneSchoolIsNamedByTheSchoolNotPooled() throws {
        let plan = try Self.planned()
        for group in plan.training.groups {
            if group.id.contains("-pooled-") {
                #expect(group.schools.count > 1, "\(group.id) is drawn from \(group.schools)")
            } else {
                #expect(group.schools.count == 1 && group.school == group.schools.first, "\(group.id)")
            }
        }
        // Roosevelt's two comfort-3 teachers are the track's only people: their group is Roosevelt's.
        #expect(plan.training.groups.contains { $0.id == "lms.building-fluency-roosevelt-1" && $0.members == ["t-301", "t-302"] })
        // Lincoln's leader trains alone: it is Lincoln's group too.
        #expect(plan.training.groups.contains { $0.id == "lms.leading-lincoln-1" })
        // Lincoln's five beginners train on their own; Jefferson's two, left over, are Jefferson's group.
        let gettingStarted = plan.training.groups.filter { $0.track == "getting-started" }.map(\.id)
        #expect(gettingStarted == ["lms.getting-started-lincoln-1", "lms.getting-started-jefferson-1"])
        #expect(!PeopleTextReport.render(plan).contains("pooled"))
    }
}
