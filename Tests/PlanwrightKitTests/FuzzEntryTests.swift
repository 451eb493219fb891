import Foundation
import Testing

/// The fuzz target (`planwright-fuzz`, built by `swift test` like every executable target)
/// replays the bad-plan corpus and mutations of it: each input must end with a plan or a
/// diagnostic, never a trap.
struct FuzzEntryTests {
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("planwright-fuzz")

    /// Small, fixed mutations of a plan: cut short, a byte dropped, brackets opened, keys glued
    /// to their values, the text twice, indentation lost.
    static func mutations(of bytes: [UInt8]) -> [[UInt8]] {
        let middle = bytes.count / 2
        var dropped = bytes
        if !dropped.isEmpty { dropped.remove(at: middle) }
        let text = String(decoding: bytes, as: UTF8.self)
        return [
            Array(bytes.prefix(middle)),
            dropped,
            Array(bytes.prefix(middle)) + Array("{[&a *a !!str ".utf8) + Array(bytes.dropFirst(middle)),
            Array(text.replacingOccurrences(of: ": ", with: ":").utf8),
            bytes + bytes,
            Array(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }.joined(separator: "\n").utf8),
        ]
    }

    @Test func everyBadPlanAndItsMutationsEndWithAPlanOrADiagnostic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs = Fixtures.badPlans.map { Fixtures.url("bad/\($0)").path }
        for name in Fixtures.badPlans {
            let bytes = [UInt8](try Data(contentsOf: Fixtures.url("bad/\(name)")))
            for (index, mutated) in Self.mutations(of: bytes).enumerated() {
                let file = folder.appendingPathComponent("\(name.dropLast(5))-\(index).yaml")
                try Data(mutated).write(to: file)
                inputs.append(file.path)
            }
        }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = inputs
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "the fuzz entry trapped or found a result with neither plan nor diagnostic")
        #expect(lines.count == inputs.count)
        // The corpus itself: one problem each, so none plans.
        #expect(lines.prefix(Fixtures.badPlans.count).allSatisfy { $0.contains(": not planned, ") && !$0.hasSuffix(" 0 diagnostics") })
    }
}
