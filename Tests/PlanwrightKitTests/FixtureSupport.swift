import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Test inputs shipped under `Fixtures/`.
enum Fixtures {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { directory.appendingPathComponent(relative) }

    /// A fixture's text; a missing or unreadable fixture stops the run naming it, rather than
    /// leaving an empty plan that every test would fail on for another reason.
    static func text(_ relative: String) -> String {
        do { return try String(contentsOf: url(relative), encoding: .utf8) } catch { fatalError("fixture \(relative): \(error)") }
    }

    /// A file's text by its path, for files the tests read beside the fixtures (the shipped
    /// templates and strings files, the sources); a missing one stops the run naming it.
    static func textAt(_ path: String) -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch { fatalError("\(path): \(error)") }
    }

    /// The bad plans: one problem each, the expected diagnostics marked inside.
    static var badPlans: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url("bad").path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".framework.yaml") }.sorted()
    }
}

/// An expected diagnostic written in a fixture as `#! error@LINE:COLUMN: message`.
struct ExpectedDiagnostic: Hashable, CustomStringConvertible {
    var file: String
    var severity: String
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(file):\(line):\(column): \(severity): \(message)" }

    static func markers(in url: URL) -> [ExpectedDiagnostic] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: /#! (error|warning)@(\d+):(\d+): (.*)/) else { return nil }
            return ExpectedDiagnostic(file: url.lastPathComponent, severity: String(match.1), line: Int(match.2)!,
                                      column: Int(match.3)!, message: String(match.4))
        }
    }

    init(file: String, severity: String, line: Int, column: Int, message: String) {
        (self.file, self.severity, self.line, self.column, self.message) = (file, severity, line, column, message)
    }

    init(_ diagnostic: Diagnostic) {
        let location = diagnostic.location
        self.init(file: location.map { URL(fileURLWithPath: $0.file).lastPathComponent } ?? "",
                  severity: diagnostic.severity.rawValue, line: location?.line ?? 0, column: location?.column ?? 0,
                  message: diagnostic.message)
    }
}
