import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A survey file that is too large, binary, or outside the plan's folder is refused with one
/// clear error at the plan line naming it: never read, never quoted, never a crash.
struct VoicesHostileInputTests {
    static func run(_ scratch: VoicesScratch, file: String, limits: LoaderLimits = .standard) throws -> PlanPipeline.Result {
        try scratch.write("plan.yaml", VoicesScratch.yaml(surveys: VoicesScratch.teachers(file: file)))
        return PlanPipeline(loader: PlanLoader(limits: limits)).run(path: scratch.url("plan.yaml").path)
    }

    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        // The plan file is read under the same limit, so the survey is made far larger than it.
        try scratch.write("google-teachers.csv", Fixtures.text("voices/google-teachers.csv") + String(repeating: "2026/04/06 9:14:03 AM MDT,north,Agree,Agree,\n", count: 4_000))
        var limits = LoaderLimits.standard
        limits.maxFileBytes = 64 * 1024
        let result = try Self.run(scratch, file: "google-teachers.csv", limits: limits)
        let errors = Self.errors(result)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("the survey file 'google-teachers.csv' cannot be read: ") == true)
        #expect(errors.first?.contains("Planwright reads files of this kind up to") == true)
    }

    @Test func aBinaryFileIsRefusedAndNothingOfItIsPrinted() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let secret = "zq-binary-marker-9913"
        try FileManager.default.createDirectory(at: scratch.root, withIntermediateDirectories: true)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] + Array(secret.utf8) + [0x00, 0xFF, 0xFE]).write(to: scratch.url("export.csv"))
        let result = try Self.run(scratch, file: "export.csv")
        #expect(Self.errors(result) == ["the survey file 'export.csv' cannot be read: it is not a CSV text file (it holds binary data); export it as CSV UTF-8"])
        #expect(!NamedFileSafetyTests.printed(result).contains(secret))
    }

    @Test func aFileOutsideThePlansFolderIsRefused() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let outside = try VoicesScratch()
        defer { outside.remove() }
        try outside.copy("google-teachers.csv")
        let result = try Self.run(scratch, file: "../\(outside.root.lastPathComponent)/google-teachers.csv")
        let errors = Self.errors(result)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("outside the plan's folder") == true)
        #expect(result.plan?.voices.surveys.isEmpty ?? true)
    }

    @Test func aFileThatIsNotCSVByNameIsRefused() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.write("answers.xlsx", "not really")
        let result = try Self.run(scratch, file: "answers.xlsx")
        #expect(Self.errors(result) == ["the survey file 'answers.xlsx' cannot be read: it is not a CSV file; export it as CSV, in a file whose name ends in .csv"])
    }
}
