import Foundation

/// Writes a build's files into the output folder without ever leaving it half-written, and
/// without touching anything it did not generate.
///
/// Everything is written to a temporary folder first; only when all files are there are they
/// moved into place. A manifest of what Planwright wrote lets the next build remove its own
/// stale files (a school that left the plan) and nothing else.
public enum OutputDirectory {
    public static let manifestName = ".planwright-manifest"

    public struct Summary: Sendable {
        public var written: Int
        public var removed: [String]
    }

    public struct Failure: Error, Sendable {
        public var reason: String
    }

    public static func write(_ files: [(path: String, contents: String)], to folder: URL) throws -> Summary {
        let manager = FileManager.default
        let folder = folder.standardizedFileURL
        for file in files where file.path.hasPrefix("/") || file.path.split(separator: "/").contains("..") {
            throw Failure(reason: "refusing to write '\(file.path)' outside the output folder")
        }
        let staging = folder.deletingLastPathComponent()
            .appendingPathComponent(".\(folder.lastPathComponent).planwright-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        defer { try? manager.removeItem(at: staging) }
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
        } catch {
            throw Failure(reason: "could not write the outputs: \(error.localizedDescription); the output folder was not changed")
        }

        let previous = (try? String(contentsOf: folder.appendingPathComponent(manifestName), encoding: .utf8))
            .map { $0.split(separator: "\n").map(String.init) } ?? []
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                let target = folder.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.moveItem(at: staging.appendingPathComponent(file.path), to: target)
            }
            let current = Set(files.map(\.path))
            var removed: [String] = []
            for stale in previous where !current.contains(stale) && !stale.hasPrefix("/") && !stale.contains("..") {
                let url = folder.appendingPathComponent(stale)
                if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url); removed.append(stale) }
            }
            try (files.map(\.path).sorted().joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(manifestName), atomically: true, encoding: .utf8)
            return Summary(written: files.count, removed: removed)
        } catch {
            throw Failure(reason: "could not move the outputs into '\(folder.path)': \(error.localizedDescription)")
        }
    }
}
