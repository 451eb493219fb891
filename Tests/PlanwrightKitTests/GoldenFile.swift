import Foundation
import Testing

/// Committed golden files, compared byte for byte: the one place that knows how they are
/// regenerated. A change to them must be deliberate, as in XcodeGen's fixture tests:
/// `PLANWRIGHT_REGENERATE_GOLDEN=1 swift test`, then review the diff.
enum GoldenFile {
    static var isRegenerating: Bool { ProcessInfo.processInfo.environment["PLANWRIGHT_REGENERATE_GOLDEN"] != nil }

    /// When regenerating, writes `actual` as the golden file (its folder made if need be);
    /// otherwise expects it to be the committed file's text exactly.
    static func compare(_ actual: String, to url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if isRegenerating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(url.lastPathComponent) differs from the committed golden file; if the change is intended, regenerate and review it",
                sourceLocation: sourceLocation)
    }
}
