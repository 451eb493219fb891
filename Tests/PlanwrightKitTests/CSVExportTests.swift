import Testing
@testable import PlanwrightKit

struct CSVExportTests {
    @Test func explore() throws {
        let result = PlanFixture.run(ExportFixture.yaml())
        print(result.diagnostics.map(\.message))
        let plan = try #require(result.improvementPlan)
        print(ICalendarExport.district(plan))
        print(ICalendarExport.school("south", in: plan))
        for file in CSVExport.files(plan) { print(file.name); print(file.contents) }
    }
}

enum ExportFixture {
    static func yaml() -> String {
        #"""
        planwright: 1
        district: { name: 'Test District, "North"', vision: Learn., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, pd_days: [2026-10-09, 2026-11-02], early_release: wednesday }
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
        schools: [{ id: north, name: North Elementary }, { id: south, name: 'South; Middle' }, { id: east, name: East }]
        staff:
          - { id: c1, name: "<script>alert(1)</script>", school: north, comfort: 5, champion: yes }
          - { id: n1, name: 'Tom & "Jerry"', school: north, comfort: 1 }
          - { id: n2, name: '=HYPERLINK("http://x","y")', school: north, comfort: 1 }
          - { id: n3, name: "Zoë Ångström", school: north, comfort: 2 }
          - { id: s1, name: "Sam, Jr.", school: south, comfort: 1 }
          - { id: e1, name: Eve, school: east, comfort: 1 }
        goals:
          - id: g
            title: Goal
            indicators: [shared-vision]
            milestones:
              - { id: p, title: Pilot, days: 10, kind: pilot, schools: [north], owner: 'Tom & "Jerry"' }
              - { id: gate, title: Gate, days: 1, after: p, kind: gate }
              - { id: r, title: "Tom & \"Jerry\", a; b\\c\nnext line", days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }
              - { id: south-visit, title: South visit, days: 2, schools: [south] }
        """#
    }
}
