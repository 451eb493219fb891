import Foundation

/// Reads files for the loader, with the reasons a leader can act on when that fails.
public enum SourceFiles {
    public struct Problem: Error, Sendable {
        public var reason: String
    }

    /// A path written in a plan, which is relative to the plan file's folder unless absolute.
    public static func path(_ path: String, relativeTo planFile: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: planFile).deletingLastPathComponent().appendingPathComponent(path).relativePath
    }

    public static func read(_ path: String, limits: LoaderLimits = .standard) -> Result<SourceText, Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Problem(reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(Problem(reason: "it is a folder, not a file")) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limits.maxFileBytes {
            return .failure(Problem(reason: "it is \(size / 1_048_576) MB; Planwright reads files up to \(limits.maxFileBytes / 1_048_576) MB"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Problem(reason: "permission denied"))
        }
        defer { try? handle.close() }
        // Read one byte past the limit so an oversized file is recognised without reading all of it.
        let data = (try? handle.read(upToCount: limits.maxFileBytes + 1)) ?? Data()
        return .success(SourceText(path: path, bytes: [UInt8](data)))
    }
}
