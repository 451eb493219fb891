import Foundation
import PlanwrightDocument

/// The `--out` folder: checked, resolved once (the user may have made it a link) and opened.
/// Everything after works inside the open folder and never follows a link again. While it is
/// open, no other build may write there (an exclusive `flock` on the folder).
struct OutputLocation {
    let handle: DirectoryHandle
    /// The folders this build created to make `--out` exist, innermost first; removed again if the
    /// build fails, so a failed build leaves nothing behind.
    let created: [String]

    /// Refuses an `--out` that is empty, the root of the disk, or something other than a folder.
    static func check(_ path: String) throws {
        guard !path.isEmpty else {
            throw OutputDirectory.Failure(reason: Message("output_folder_name_empty"))
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            throw OutputDirectory.Failure(reason: Message("output_folder_is_file", ["path": .text(path)]))
        }
        if exists, resolved(path) == "/" {
            throw OutputDirectory.Failure(reason: Message("output_folder_is_disk_top", ["path": .text(path)]))
        }
    }

    /// Opens `--out`; with `create`, makes it (and missing folders above it) first.
    static func open(_ path: String, create: Bool) throws -> OutputLocation? {
        try check(path)
        var created: [String] = []
        if create {
            var missing = URL(fileURLWithPath: path).standardizedFileURL
            while !FileManager.default.fileExists(atPath: missing.path), missing.path != "/" {
                created.append(missing.path)
                missing = missing.deletingLastPathComponent()
            }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                // Foundation's own words for why, as it gives them.
                throw OutputDirectory.Failure(reason: Message("output_cannot_create_folder_because", ["path": .text(path), "error": .text(error.localizedDescription)]))
            }
            do { try check(path) } catch { OutputLocation.removeCreated(created); throw error }
        } else if !FileManager.default.fileExists(atPath: path) {
            return nil
        }
        let handle: DirectoryHandle
        do {
            handle = try DirectoryHandle.openFolder(atPath: resolved(path))
        } catch {
            throw OutputDirectory.Failure(reason: Message("output_cannot_open_folder", ["path": .text(path), "error": OutputDirectory.words(error)]))
        }
        // One build at a time: two at once could remove each other's staging folder or run one
        // journal twice. The lock is on the open `--out` itself and is held as long as the
        // returned location lives, for the whole recovery or write. A filesystem without locks
        // (some network mounts refuse them) is written unlocked, as before there was a lock.
        guard (try? handle.lockExclusively()) ?? true else {
            throw OutputDirectory.Failure(reason: Message("output_folder_busy", ["path": .text(path)]))
        }
        return OutputLocation(handle: handle, created: created)
    }

    /// Takes away what `open` created, when the build failed before anything was moved in.
    func removeCreated() { Self.removeCreated(created) }

    private static func removeCreated(_ created: [String]) {
        for path in created { _ = rmdir(path) }
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
