import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Pitfall 1 asks for in-person support at the schools that would struggle. A district help
/// desk, by phone and ticket, is help, but nobody walks into the classroom whose projector or
/// Wi-Fi has failed: only days on site count, and a flagged school with a help desk alone is
/// warned, told what it has.
struct HelpDeskSupportTests {
    /// A district of three elementary schools, one flagged for bandwidth and support staff, with
    /// a help desk contract for every school and a Chromebook purchase at the two others.
    static func plan(support: String) -> String {
        PlanFixture.yaml(
            schools: """
                [{ id: alder, name: Alder Elementary, grades: K-5, students: 412 },
                 { id: birch, name: Birch Elementary, grades: K-5, students: 388, needs_support: [bandwidth, support_staff] },
                 { id: cedar, name: Cedar Elementary, grades: K-5, students: 455 }]
                """,
            staff: """
                [{ id: t-1, name: Ana Ruiz, school: alder, grades: [3], comfort: 4, champion: yes },
                 { id: t-2, name: Ben Okoro, school: birch, grades: [4], comfort: 4, champion: yes },
                 { id: t-3, name: Cy Park, school: cedar, grades: [5], comfort: 4, champion: yes }]
                """,
            goals: """
                [{ id: devices, title: Every grade 3-5 student has a Chromebook, indicators: [shared-vision],
                   milestones: [{ id: chromebooks, title: Chromebooks for grades 3-5, days: 5, schools: [alder, cedar],
                                  costs: [{ item: Chromebooks, category: devices, amount: 329, per: device, count: 120, funding: general-fund }] }] }]
                """,
            extra: """
                funding: [{ id: general-fund, name: General fund, amount: 250000 }]
                support:
                \(support)
                """)
    }

    static let helpDesk = """
          - what: District help desk
            help_desk: weekdays 7:00-16:30, by phone and ticket
            cost_per_year: 4200
            funding: general-fund
        """

    func warnings(_ yaml: String) -> [String] {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return result.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("Birch Elementary is flagged as needing support (") }.map(\.message)
    }

    @Test func aHelpDeskAloneIsNotInPersonSupport() throws {
        let yaml = Self.plan(support: Self.helpDesk)
        // The help desk names no schools: one service for the whole district, Birch included,
        // planned and paid for once on a district-wide line.
        let budget = try #require(PlanFixture.run(yaml).improvementPlan?.budget)
        #expect(budget.support.contains { $0.school == nil && $0.helpDesk != nil })
        #expect(budget.lines.filter { budget.costs[$0.cost].origin == .support }.allSatisfy { $0.school == nil })
        #expect(warnings(yaml) == [
            "Birch Elementary is flagged as needing support (bandwidth and support staff) and has a help desk but no one on site; help by phone or ticket is not in-person support: plan days on site there ('days_per_week' under 'support:') or a milestone for infrastructure and support",
        ])
    }

    @Test func remoteSupportWithoutAHelpDeskIsNamed() {
        let monitoring = """
              - { what: Remote network monitoring, schools: [birch], cost_per_year: 1800, funding: general-fund }
            """
        #expect(warnings(Self.plan(support: monitoring)) == [
            "Birch Elementary is flagged as needing support (bandwidth and support staff) and has support ('Remote network monitoring') but no one on site; help by phone or ticket is not in-person support: plan days on site there ('days_per_week' under 'support:') or a milestone for infrastructure and support",
        ])
    }

    @Test func daysOnSiteAreInPersonSupport() {
        let technician = Self.helpDesk + """

              - { what: On-site technician, schools: [birch], days_per_week: 1.5, cost_per_day: 310, funding: general-fund }
            """
        #expect(warnings(Self.plan(support: technician)) == [])
    }
}
