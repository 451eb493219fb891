import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The scheduler must give the dates TaskJuggler gives for the same tasks: `length` in working
/// days, `depends`, closures as `leaves holiday`, a pin as `start`, and `not_before` as a
/// dependency on a milestone at that date. Runs where TaskJuggler (Debian `tj3`) is installed;
/// `.ci/install-deps --test` installs it.
struct TaskJugglerCrossCheckTests {
    static let tj3 = ["/usr/bin/tj3", "/usr/local/bin/tj3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: tj3 != nil, "TaskJuggler (tj3) is not installed"))
    func datesMatchTaskJuggler() throws {
        let result = PlanPipeline().run(path: Fixtures.url("good/schedule.yaml").path)
        let plan = try #require(result.plan), planned = try #require(result.improvementPlan)
        #expect(!result.hasErrors)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-tj-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.project(for: plan).write(to: folder.appendingPathComponent("plan.tjp"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tj3!)
        process.arguments = ["--no-color", "plan.tjp"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let csv = try String(contentsOf: folder.appendingPathComponent("dates.csv"), encoding: .utf8)
        var taskjuggler: [String: (start: String, end: String)] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            taskjuggler[cells[0]] = (cells[1], cells[2])
        }
        let calendar = SchoolCalendar(year: plan.year)
        for milestone in plan.milestones {
            let ours = try #require(planned.milestones.first { $0.id == milestone.id })
            let theirs = try #require(taskjuggler[Self.taskID(milestone.id)], "TaskJuggler did not schedule \(milestone.id)")
            #expect("\(ours.end)" == theirs.end.prefix(10), "end of \(milestone.id)")
            // TaskJuggler starts a dependent task at its predecessor's end time; the work itself
            // begins on the next working day, which is the date Planwright reports.
            let start = try #require(SchoolDate(iso: String(theirs.start.prefix(10))))
            let firstWorkDay = theirs.start.hasSuffix("17:00") ? calendar.date(at: calendar.index(onOrAfter: start.adding(days: 1))) : start
            #expect(ours.start == firstWorkDay, "start of \(milestone.id)")
        }
    }

    static func taskID(_ id: String) -> String { "m_" + id.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_") }

    /// The plan's milestones as a TaskJuggler project.
    static func project(for plan: Plan) -> String {
        var out = """
        project plan "Planwright cross-check" \(plan.year.start) - \(plan.year.end.adding(days: 800)) {
          timezone "UTC"
          timeformat "%Y-%m-%d"
        }

        """
        for span in plan.year.closed {
            var day = span.from
            while day <= span.to { out += "leaves holiday \"closed\" \(day)\n"; day = day.adding(days: 1) }
        }
        for milestone in plan.milestones {
            var body: [String] = []
            var depends = milestone.after.map { taskID($0.id) }
            if let notBefore = milestone.notBefore?.value {
                out += "task \(taskID(milestone.id))_nb \"not before\" { start \(notBefore) milestone }\n"
                depends.append(taskID(milestone.id) + "_nb")
            }
            if let on = milestone.on?.value { body.append("start \(on)") }
            else if depends.isEmpty { body.append("start \(plan.year.start)") }
            if !depends.isEmpty { body.append("depends " + depends.joined(separator: ", ")) }
            body.append("length \(milestone.days)d")
            out += "task \(taskID(milestone.id)) \"\(milestone.id)\" { \(body.joined(separator: " ")) }\n"
        }
        out += """
        taskreport dates "dates" {
          formats csv
          columns id, start, end
          timeformat "%Y-%m-%d %H:%M"
        }

        """
        return out
    }
}
