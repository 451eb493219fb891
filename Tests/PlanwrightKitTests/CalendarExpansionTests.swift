import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Planwright's expansion of repeating events, checked day by day against an independent one:
/// Python's `recurring-ical-events` (`.ci/install-deps --test` installs it), on the calendars
/// under Fixtures/calendars, written to cover what district, Google and Outlook exports use.
struct CalendarExpansionTests {
    static let calendars = Fixtures.directory.appendingPathComponent("calendars")
    static let script = Fixtures.directory.appendingPathComponent("scripts/expand_calendars.py")

    /// python3 with `recurring_ical_events` importable, or nil.
    static let python: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] + (ProcessInfo.processInfo.environment["PATH"] ?? "")
            .split(separator: ":").map({ "\($0)/python3" }) where FileManager.default.isExecutableFile(atPath: candidate) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import recurring_ical_events, icalendar"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    static var files: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: calendars, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "ics" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The days each occurrence covers in the window, as the script prints them.
    static func planwrightDays(_ file: URL, _ window: ClosedRange<SchoolDate>) throws -> (days: [String], occurrences: Int, diagnostics: [Diagnostic]) {
        let source = SourceText(path: file.lastPathComponent, bytes: Array(try Data(contentsOf: file)))
        let read = ICSOccurrenceReader().read(source, within: window)
        var days: [String] = []
        for occurrence in read.value {
            for number in max(occurrence.first, window.lowerBound).dayNumber...min(occurrence.last, window.upperBound).dayNumber {
                days.append("\(file.lastPathComponent)\t\(SchoolDate(dayNumber: number))\t\(occurrence.summary ?? "")")
            }
        }
        return (days.sorted(), read.value.count, read.diagnostics)
    }

    static func pythonDays(_ files: [URL], _ window: ClosedRange<SchoolDate>) throws -> (days: [String], occurrences: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [script.path, "\(window.lowerBound)", "\(window.upperBound)"] + files.map(\.path)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "expand_calendars.py failed: \(String(decoding: problem, as: UTF8.self))")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let counts = lines.filter { $0.hasPrefix("#occurrences\t") }.compactMap { Int($0.split(separator: "\t").last ?? "") }
        return (lines.filter { !$0.hasPrefix("#") }.sorted(), counts.reduce(0, +))
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    static let schoolYear = SchoolDate(iso: "2026-08-01")!...SchoolDate(iso: "2027-07-31")!
    static let threeYears = SchoolDate(iso: "2025-07-01")!...SchoolDate(iso: "2028-06-30")!

    @Test(.enabled(if: python != nil, "python3 with the recurring-ical-events package is not installed (.ci/install-deps --test installs it)"),
          arguments: [schoolYear, threeYears])
    func expansionAgreesDayByDayWithRecurringIcalEvents(window: ClosedRange<SchoolDate>) throws {
        let files = Self.files
        #expect(files.count >= 4)
        var ours: [String] = [], occurrences = 0
        for file in files {
            let read = try Self.planwrightDays(file, window)
            #expect(!read.diagnostics.contains { $0.severity != .note }, "\(file.lastPathComponent): \(read.diagnostics.map(\.message))")
            ours += read.days
            occurrences += read.occurrences
        }
        let theirs = try Self.pythonDays(files, window)
        let missing = Set(theirs.days).subtracting(ours), extra = Set(ours).subtracting(theirs.days)
        print("calendar expansion \(window.lowerBound)…\(window.upperBound): \(files.count) files, \(occurrences) occurrences (recurring-ical-events: \(theirs.occurrences)), \(theirs.days.count) event-days compared, \(missing.count + extra.count) mismatches")
        #expect(missing.sorted() == [], "days recurring-ical-events gives that Planwright does not")
        #expect(extra.sorted() == [], "days Planwright gives that recurring-ical-events does not")
        #expect(occurrences == theirs.occurrences)
        #expect(theirs.days.count > 100)
    }
}
