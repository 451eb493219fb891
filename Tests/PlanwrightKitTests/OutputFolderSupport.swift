import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A scratch folder holding an output folder `out` and, beside it, `outside`: a folder of someone
/// else's that no build may touch. Snapshots record every name, without following links.
struct OutputScratch {
    let parent: URL
    var out: URL { parent.appendingPathComponent("out") }
    var outside: URL { parent.appendingPathComponent("outside") }

    init() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("outside/dir"), withIntermediateDirectories: true)
        try "someone else's".write(to: parent.appendingPathComponent("outside/dir/theirs.md"), atomically: false, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: parent) }

    func write(_ text: String, to path: String, in folder: URL? = nil) throws {
        let url = (folder ?? out).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func link(_ path: String, to destination: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(path).path, withDestinationPath: destination.path)
    }

    /// Path → "file: contents", "folder" or "link → destination", for everything under `folder`.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        func walk(_ url: URL, _ prefix: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let child = url.appendingPathComponent(name), path = prefix + name
                let type = try FileManager.default.attributesOfItem(atPath: child.path)[.type] as? FileAttributeType
                switch type {
                case .typeSymbolicLink?: result[path] = "link → \(try FileManager.default.destinationOfSymbolicLink(atPath: child.path))"
                case .typeDirectory?: result[path] = "folder"; try walk(child, path + "/")
                default: result[path] = "file: " + (try String(contentsOf: child, encoding: .utf8))
                }
            }
        }
        try walk(folder, "")
        return result
    }

    func snapshot() throws -> [String: String] { try Self.snapshot(out) }
    func outsideSnapshot() throws -> [String: String] { try Self.snapshot(outside) }
    /// What lies beside `out`: only `out` and `outside`, never a staging folder.
    func besideOut() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() }
}

/// A fault hook that lets every step through but the `index`th (from 0), where it does
/// `action`; `taken` counts the steps asked about, so a test can tell how far the write got.
final class FaultAtStep {
    let index: Int
    let action: OutputFaults.Action
    private(set) var taken = 0

    init(_ index: Int, _ action: OutputFaults.Action) {
        self.index = index
        self.action = action
    }

    var faults: OutputFaults {
        OutputFaults { [self] _ in
            defer { taken += 1 }
            return taken == index ? action : .proceed
        }
    }
}
