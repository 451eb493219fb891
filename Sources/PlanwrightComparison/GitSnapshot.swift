import Foundation

/// The files of a git repository as they were at a revision, written to a temporary folder, so a
/// plan and every file it names (framework, `.ics`, OneRoster folder) are read as they were then.
///
/// Only git's plumbing is used, with a private index file: the repository, its index and its
/// working tree are never touched.
public struct GitSnapshot: Sendable {
    /// Why a revision could not be read, as facts: the outputs word it (`GitSnapshotWords`).
    public struct Failure: Error, Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            /// The plan's folder does not exist.
            case noFolder
            /// `git` is not installed.
            case gitMissing
            /// The plan's folder is not in a git repository.
            case notARepository
            /// The repository has no such revision.
            case unknownRevision
            /// The plan file is not in the revision.
            case missingAtRevision
            /// No temporary folder could be made (`detail`: the system's reason).
            case temporaryFolder
            /// git failed to copy the revision's files (`detail`: what git said).
            case gitFailed
        }

        public var kind: Kind
        /// The plan file, as the reader gave it.
        public var path: String
        public var revision: String
        /// What the system or git said, for the two kinds that carry it.
        public var detail: String? = nil
    }

    public let revision: String
    /// The temporary copy of the plan file.
    public let planPath: String
    /// The temporary folder that stands for the plan's own folder, with a trailing slash.
    private let planFolder: String
    /// The plan's folder as the user wrote it ("Plans/", or "" for the current folder).
    private let writtenFolder: String
    private let root: URL

    /// Copies the repository holding `path` at `revision`. Call `remove()` when done.
    public static func take(_ path: String, at revision: String) -> Result<GitSnapshot, Failure> {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            return .failure(Failure(kind: .noFolder, path: path, revision: revision))
        }
        let git = Git(folder: folder)
        guard let prefix = git.run(["rev-parse", "--show-prefix"]) else {
            return .failure(Failure(kind: git.missing ? .gitMissing : .notARepository, path: path, revision: revision))
        }
        guard git.run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]) != nil else {
            return .failure(Failure(kind: .unknownRevision, path: path, revision: revision))
        }
        let inRepository = prefix.trimmingCharacters(in: .newlines) + url.lastPathComponent
        guard git.run(["cat-file", "-e", "\(revision):\(inRepository)"]) != nil else {
            return .failure(Failure(kind: .missingAtRevision, path: path, revision: revision))
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-\(UUID().uuidString)")
        let tree = root.appendingPathComponent("tree").path + "/"
        do { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) } catch {
            return .failure(Failure(kind: .temporaryFolder, path: path, revision: revision, detail: error.localizedDescription))
        }
        let index = ["GIT_INDEX_FILE": root.appendingPathComponent("index").path]
        // checkout-index copies only the files below the folder it runs in: run it at the top, so
        // files the plan names elsewhere in the repository (`../shared/framework.yaml`) are copied too.
        let top = git.run(["rev-parse", "--show-toplevel"]).map { Git(folder: $0.trimmingCharacters(in: .newlines)) } ?? git
        guard git.run(["read-tree", revision], environment: index) != nil,
              top.run(["checkout-index", "--all", "--prefix=\(tree)"], environment: index) != nil else {
            try? FileManager.default.removeItem(at: root)
            return .failure(Failure(kind: .gitFailed, path: path, revision: revision, detail: git.lastError))
        }
        let planFolder = tree + prefix.trimmingCharacters(in: .newlines)
        let written = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : ""
        return .success(GitSnapshot(revision: revision, planPath: planFolder + url.lastPathComponent,
                                    planFolder: planFolder, writtenFolder: written, root: root))
    }

    /// How a file of the snapshot is named to the reader: `Plans/x.yaml (at HEAD~1)`.
    /// Files from outside the repository were read as they are now and keep their names.
    public func label(_ path: String) -> String {
        guard path.hasPrefix(planFolder) else { return path }
        return writtenFolder + path.dropFirst(planFolder.count) + " (at \(revision))"
    }

    /// The copy of the repository's files: the plan's git repository, at the revision.
    public var repositoryCopy: String { root.appendingPathComponent("tree").path }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Runs git in a folder and keeps what it said when it failed.
private final class Git {
    let folder: String
    private(set) var lastError = ""
    private(set) var missing = false

    init(folder: String) { self.folder = folder }

    /// Standard output, or nil when git failed.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            missing = true
            return nil
        }
        // Both pipes are drained at once: read one after the other, git blocks writing more than a
        // pipe holds (64 KB) to the second while the first is still being read, and never exits.
        let errors = StandardError()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        // env exits 127 when it cannot find the program.
        missing = process.terminationStatus == 127
        lastError = String(decoding: errors.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 ? String(decoding: output, as: UTF8.self) : nil
    }
}

/// What git wrote to standard error, filled on another thread before the semaphore is signalled.
private final class StandardError: @unchecked Sendable {
    var data = Data()
}
