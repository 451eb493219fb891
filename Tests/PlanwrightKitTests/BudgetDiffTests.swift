import Foundation
import Testing

/// `planwright diff`'s Budget section and `status`'s spent vs planned, on the example plan and
/// versions of it changed one thing at a time.
struct BudgetDiffTests {
    let cli = CommandLineTests()
    static let example = GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml")

    /// The example with `edit` applied, beside the calendar file it imports; the diff's Markdown.
    func diff(_ edit: (String) -> String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Self.example, encoding: .utf8)
        try edit(original).write(to: folder.appendingPathComponent("after.yaml"), atomically: true, encoding: .utf8)
        try ExamplePlanFiles.copy(to: folder)
        let result = try cli.run(["diff", Self.example.path, folder.appendingPathComponent("after.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func aNewCostAtASchoolShowsInItsYearsTotalWithItsCause() throws {
        let out = try diff { $0.replacingPresent("""
                      - item: 1 Gbps circuit
            """, with: """
                      - item: Classroom projectors
                        category: devices
                        amount: 1,000
                        per: device
                        count: 5
                        funding: general-fund
                      - item: 1 Gbps circuit
            """) }
        #expect(out.contains("**1 cost added**"))
        #expect(out.contains("- **FY2027** total +$5,000 ($370,297, was $365,297): Classroom projectors at Riverside Elementary (new, +$5,000)\n"))
        #expect(out.contains("#### Costs added\n\n- Classroom projectors at Riverside Elementary (milestone `riv-wifi`): $5,000 from FY2027, 5 devices at $1,000 per device, devices, paid by General fund (technology)\n"))
        #expect(out.contains("- **General fund (technology)**: pays FY2027 +$5,000 (now $93,416.15)\n"))
    }

    @Test func aFundingChangeMovesWhatEachSourcePays() throws {
        let moved = "            funding: capital-fund\n            spent: 15120"
        let out = try diff { $0.replacingPresent(moved, with: "            funding: general-fund\n            spent: 15120") }
        #expect(out.contains("- Charging carts at Riverside Elementary (milestone `device-refresh`): paid by General fund (technology) (was Capital projects fund (devices))\n")
                || out.contains("- Charging carts (milestone `device-refresh`): paid by General fund (technology) (was Capital projects fund (devices))\n"), "\(out)")
        #expect(out.contains("- **Capital projects fund (devices)**: pays FY2027 -$22,680"))
        #expect(out.contains("- **General fund (technology)**: pays FY2027 +$22,680"))
        // The year's total is the same; no year line.
        #expect(!out.contains("**FY2027** total"))
    }

    @Test func newSharesOfASplitAreAChangeOfWhoPays() throws {
        let split = "funding: { general-fund: 60%, capital-fund: 40% }"
        let out = try diff { $0.replacingPresent(split, with: "funding: { general-fund: 50%, capital-fund: 50% }") }
        #expect(out.contains("- Student Chromebooks (milestone `device-refresh`): paid by General fund (technology) 50% and Capital projects fund (devices) 50% (was General fund (technology) 60% and Capital projects fund (devices) 40%)\n"))
        #expect(out.contains("- **General fund (technology)**: pays FY2027 -$5,922 (now $82,494.15), FY2031 -$5,922 (now $86,299.15)\n"))
    }

    @Test func aRemovedCostIsListedAndLowersItsYear() throws {
        let out = try diff { $0.replacingPresent("""
                      - item: Rostering service
                        category: software
                        amount: 2,400
                        every: year
                        funding: general-fund

            """, with: "") }
        #expect(out.contains("**1 cost removed**"))
        #expect(out.contains("- **FY2027** total -$2,400 ($362,897, was $365,297): Rostering service (removed, -$2,400)\n"))
        #expect(out.contains("#### Costs removed\n\n- Rostering service (milestone `roster-sync`): was $12,000 from FY2027, software, paid by General fund (technology)\n"))
    }

    @Test func noBudgetSectionWhenNothingInTheBudgetChanged() throws {
        let out = try diff { $0.replacingPresent("title: Turn off retired apps once Canvas covers their use", with: "title: Turn off retired apps") }
        #expect(!out.contains("### Budget"))
        #expect(!out.contains("cost"))
    }

    @Test func statusReportsSpentVsPlannedOnTheExample() throws {
        let result = try cli.run(["status", "Plans/maple-valley.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""

            SPENT VS PLANNED
              Student Chromebooks (device-refresh)
                  $46,060 spent of $59,220 planned to date ($118,440 in all): $13,160 under
              Charging carts (device-refresh)
                  $15,120 spent of $22,680 planned to date ($22,680 in all): $7,560 under
              In all
                  $61,180 spent of $81,900 planned to date ($141,120 in all): $20,720 under

            """))
        let json = try cli.run(["status", "Plans/maple-valley.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let spending = try #require(object["spentVsPlanned"] as? [String: Any])
        #expect(spending["spent"] as? String == "61180.00")
        #expect(spending["plannedToDate"] as? String == "81900.00")
        #expect(spending["difference"] as? String == "-20720.00")
    }

    @Test func statusSaysOverUnderAndAsPlanned() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-spent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = try String(contentsOf: Self.example, encoding: .utf8)
            .replacingPresent("spent: 46060", with: "spent: 60,000.50").replacingPresent("spent: 15120", with: "spent: 22680")
        try edited.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        try ExamplePlanFiles.copy(to: folder)
        let result = try cli.run(["status", folder.appendingPathComponent("plan.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("      $60,000.50 spent of $59,220 planned to date ($118,440 in all): $780.50 over\n"))
        #expect(result.stdout.contains("      $22,680 spent of $22,680 planned to date ($22,680 in all): as planned\n"))
        #expect(result.stdout.contains("  In all\n      $82,680.50 spent of $81,900 planned to date ($141,120 in all): $780.50 over\n"))
    }
}
