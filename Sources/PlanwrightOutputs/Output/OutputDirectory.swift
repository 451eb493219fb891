import Foundation
import PlanwrightDocument

/// Writes a build's files into the output folder so that it holds the complete previous set or
/// the complete new set, and touches nothing it did not generate.
///
/// 1. `--out` is checked and opened once; from then on every change is made through open
///    folders, never through a symbolic link (`DirectoryHandle`, `OutputTree`). The open folder
///    is locked (`flock`) until the build is done, so a second build into it at once is refused.
/// 2. A journal left by a killed build is finished or undone first (`OutputRecovery`).
/// 3. Every move is decided and checked before anything is written (`OutputPreflight`).
/// 4. The new files are written to a hidden staging folder inside `--out`, so each later step is
///    a rename on the same filesystem and nothing is ever left beside `--out`.
/// 5. A journal of the moves is saved, the moves are made (`OutputMoves`) — old files go to the
///    staging folder's backup area — and any failure puts every moved file back.
/// 6. The journal and the staging folder are removed.
public enum OutputDirectory {
    public static let manifestName = OutputManifest.name
    static let stagingName = ".planwright-staging"

    public struct Summary: Sendable {
        public var written: Int
        public var removed: [String]
        /// Manifest entries that were not obeyed, worded when printed.
        public var warnings: [Message] = []
        /// Set when this build first finished or undid an interrupted one.
        public var recovered: Message?
    }

    /// Why the outputs were not written, worded where the command prints it.
    public struct Failure: Error, Sendable {
        public var reason: Message
        /// In English, as tests and English logs read it.
        public var message: String { Wording.english.say(reason) }
    }

    /// What a failed step says: a system call's own words, or (from a test's fault) as it was thrown.
    static func words(_ error: any Error) -> Message.Value {
        (error as? DirectoryHandle.SystemError).map { .message($0.words) } ?? .text("\(error)")
    }

    public static func write(_ files: [(path: String, contents: String)], to folder: URL) throws -> Summary {
        try write(files, to: folder.path, faults: .none)
    }

    /// Finishes or undoes a build that was killed while moving its files into `path`, and says
    /// which; nil when there was nothing to do. Also refuses an empty or root `--out`.
    public static func recover(_ path: String) throws -> Message? {
        try recover(path, faults: .none)
    }

    static func recover(_ path: String, faults: OutputFaults) throws -> Message? {
        guard let location = try OutputLocation.open(path, create: false) else { return nil }
        defer { withExtendedLifetime(location) {} }
        do {
            return try OutputRecovery.recover(location.handle, path: path, faults: faults)
        } catch let failure as Failure {
            throw failure
        } catch let error as DirectoryHandle.SystemError {
            throw Failure(reason: Message("output_cannot_finish_interrupted", ["path": .text(path), "error": .message(error.words)]))
        }
    }

    static func write(_ files: [(path: String, contents: String)], to path: String, faults: OutputFaults) throws -> Summary {
        var paths: [OutputPath] = [], seen: Set<OutputPath> = []
        for file in files {
            guard let plain = OutputPath(file.path), !OutputPreflight.reserved.contains(plain.components[0]), seen.insert(plain).inserted else {
                throw Failure(reason: Message("output_not_a_plain_path", ["file": .text(file.path)]))
            }
            paths.append(plain)
        }
        guard let location = try OutputLocation.open(path, create: true) else { throw Failure(reason: Message("output_cannot_create_folder", ["path": .text(path)])) }
        let root = location.handle
        // The lock is held until the location goes, so it must last the whole write.
        defer { withExtendedLifetime(location) {} }
        do {
            let recovered = try OutputRecovery.recover(root, path: path, faults: faults)
            let out = OutputTree(root: root)
            let preflight = try OutputPreflight(files: paths, out: out)
            let staging = try stage(files, at: paths, manifest: preflight.manifest, journal: preflight.journal, in: root, faults: faults)
            let moves = OutputMoves(out: out, staged: staging.new, backup: staging.old, faults: faults)
            do {
                try moves.forward(preflight.journal)
            } catch let error as DirectoryHandle.SystemError {
                do {
                    try moves.back(preflight.journal)
                } catch let undo as DirectoryHandle.SystemError {
                    throw Failure(reason: Message("output_cannot_move_nor_undo", ["path": .text(path), "error": .message(error.words), "undo": .message(undo.words)]))
                }
                try finish(root, faults: faults)
                throw Failure(reason: Message("output_cannot_move", ["path": .text(path), "error": .message(error.words)]))
            }
            do { try finish(root, faults: faults) } catch is OutputFaults.Stopped { throw OutputFaults.Stopped() } catch {}
            return Summary(written: files.count, removed: preflight.removed.map(\.description), warnings: preflight.warnings, recovered: recovered)
        } catch let failure as Failure {
            // A failed move (put back) or recovery: anything this build created to make `--out`
            // is empty again, and `removeCreated` only removes empty folders.
            location.removeCreated()
            throw failure
        } catch let refusal as OutputPreflight.Refusal {
            location.removeCreated()
            throw Failure(reason: Message("output_refused_unchanged", ["reason": .message(refusal.reason)]))
        } catch let error as DirectoryHandle.SystemError {
            location.removeCreated()
            throw Failure(reason: Message("output_cannot_write", ["error": .message(error.words)]))
        }
    }

    /// Writes every new file and the new manifest into the staging folder, then saves the journal.
    /// On failure the staging folder is removed and the output folder is as it was.
    private static func stage(_ files: [(path: String, contents: String)], at paths: [OutputPath], manifest: OutputManifest,
                              journal: OutputJournal, in root: DirectoryHandle, faults: OutputFaults) throws -> (new: OutputTree, old: DirectoryHandle) {
        do {
            try faults.perform("create folder", stagingName) { try root.makeFolder(stagingName) }
            let staging = try root.folder(stagingName)
            try faults.perform("create folder", "\(stagingName)/new") { try staging.makeFolder("new") }
            try faults.perform("create folder", "\(stagingName)/old") { try staging.makeFolder("old") }
            let new = OutputTree(root: try staging.folder("new"))
            var folders: Set<OutputPath> = []
            for (file, path) in zip(files, paths) {
                for folder in path.folders where folders.insert(folder).inserted {
                    try faults.perform("stage folder", folder) { try new.folder(folder.parent).makeFolder(folder.name) }
                }
                try faults.perform("stage", path) { try new.folder(path.parent).createFile(path.name, contents: Array(file.contents.utf8)) }
            }
            try faults.perform("stage", manifestName) { try new.root.createFile(manifestName, contents: Array(manifest.text.utf8)) }
            try faults.perform("write journal", OutputJournal.temporaryName) {
                try root.createFile(OutputJournal.temporaryName, contents: Array(journal.text.utf8), durably: true)
            }
            try faults.perform("save journal", OutputJournal.name) { try root.rename(OutputJournal.temporaryName, to: root, as: OutputJournal.name) }
            return (new, try staging.folder("old"))
        } catch let error as DirectoryHandle.SystemError {
            try? faults.perform("clean up", OutputJournal.temporaryName) { try root.removeTree(OutputJournal.temporaryName) }
            try? faults.perform("clean up", stagingName) { try root.removeTree(stagingName) }
            throw error
        }
    }

    /// The journal goes first: once it is gone the staging folder is just leftovers, which the
    /// next build removes if removing it here fails.
    private static func finish(_ root: DirectoryHandle, faults: OutputFaults) throws {
        try faults.perform("remove journal", OutputJournal.name) { try root.removeFile(OutputJournal.name) }
        try OutputRecovery.removeStaging(root, faults: faults)
    }
}
