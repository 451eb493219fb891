import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Decoding reads only the plan file; the loader's import step reads every file it names.
struct ImportStageTests {
    /// The OneRoster example plan in a scratch folder of its own, with a calendar import added.
    static func scratchPlan() throws -> (folder: URL, plan: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-imports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample"),
                                         to: folder.appendingPathComponent("oneroster-sample"))
        try "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261012\nSUMMARY:Fall holiday\nEND:VEVENT\nEND:VCALENDAR\n"
            .write(to: folder.appendingPathComponent("closures.ics"), atomically: true, encoding: .utf8)
        let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
        let yaml = text.replacingPresent("  end: 2027-06-11\n", with: "  end: 2027-06-11\n  import: closures.ics\n")
        #expect(yaml != text)
        let plan = folder.appendingPathComponent("plan.yaml")
        try yaml.write(to: plan, atomically: true, encoding: .utf8)
        return (folder, plan)
    }

    @Test func decodingRecordsTheNamedFilesWithoutReadingThem() throws {
        let (folder, plan) = try Self.scratchPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try #require(try? SourceFiles.read(plan.path, limits: .standard).get())
        let root = try #require(YAMLLoader().load(source).tree?.root)
        let decoder = PlanDecoder(file: plan.path, frameworks: FrameworkLibrary())
        let decoded = try #require(decoder.decode(root))

        #expect(decoded.schools.isEmpty && decoded.staff.isEmpty)
        #expect(!decoded.year.closed.contains { $0.name == "Fall holiday" })
        #expect(!decoder.sources.contains { $0.path.hasSuffix(".csv") })
        #expect(decoder.imports.calendars.map(\.written.value) == ["closures.ics"])
        #expect(decoder.imports.calendars.first?.path == folder.appendingPathComponent("closures.ics").path)
        let roster = try #require(decoder.imports.roster)
        #expect(roster.folder.written.value == "oneroster-sample")
        #expect(roster.survey?.path == folder.appendingPathComponent("oneroster-sample/staff-survey.csv").path)
        #expect(roster.needsSupport.map { $0.key.scalar } == ["sch-river"])
        #expect(roster.principals.map { $0.key.scalar } == ["sch-oak"])
    }

    @Test func theLoaderImportsRosterSurveyAndCalendarIntoThePlan() throws {
        let (folder, plan) = try Self.scratchPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = PlanLoader().load(path: plan.path)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let loaded = try #require(result.plan)
        #expect(loaded.schools.map(\.id) == ["sch-oak", "sch-cedar", "sch-river"])
        #expect(loaded.schools.last?.needsSupport == [.bandwidth])
        #expect(loaded.schools.first?.principal == "Grace Okafor")
        #expect(loaded.staff.first { $0.id == "t-101" }?.comfort?.levelOfUse == .routine)
        #expect(loaded.year.closed.contains { $0.name == "Fall holiday" && $0.from.description == "2026-10-12" })
        // The plan, then the roster's files, then the calendar: the order messages quote them in.
        #expect(result.sources.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
            "plan.yaml", "edtech-systems.yaml", "orgs.csv", "users.csv", "staff-survey.csv", "closures.ics",
        ])
    }

    @Test func anImportedFileOutsideThePlanTreeIsRefused() throws {
        let (folder, plan) = try Self.scratchPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample").path
        let yaml = try String(contentsOf: plan, encoding: .utf8).replacingPresent("oneroster: oneroster-sample", with: "oneroster: \(outside)")
        try yaml.write(to: plan, atomically: true, encoding: .utf8)
        let result = PlanLoader().load(path: plan.path)
        #expect(result.plan == nil)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("cannot read the OneRoster folder '\(outside)'") })
    }

    @Test func theModelHoldsNoLoaderInstructions() throws {
        let plan = try #require(PlanLoader().load(path: GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml").path).plan)
        let yearFields = Mirror(reflecting: plan.year).children.compactMap(\.label)
        #expect(yearFields == ["start", "end", "closed", "testing", "pdDays", "earlyRelease", "cycles", "location", "earlyReleaseTime", "pdDayDetails", "earlyReleaseAdded", "earlyReleaseExcept", "minInstructionalDays", "addedEarlyRelease", "importedEarlyReleaseTimes", "earlyReleaseLocation", "schoolEarlyRelease", "leftOut"])
        #expect(!Mirror(reflecting: plan).children.compactMap(\.label).contains { $0.lowercased().contains("import") })
    }
}
