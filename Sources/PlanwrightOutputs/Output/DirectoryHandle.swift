#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlanwrightDocument

/// An open folder, and every change to the output folder made relative to one.
///
/// Working through folder descriptors (`openat`, `renameat`, `unlinkat` with `O_NOFOLLOW` and
/// `AT_SYMLINK_NOFOLLOW`) instead of paths means a symbolic link swapped in for a folder can
/// never redirect a write or a delete to somewhere outside the output folder: each step opens
/// one name inside an already open folder and refuses links.
final class DirectoryHandle {
    let descriptor: Int32

    /// What a name inside a folder is, seen without following links.
    enum Kind: Equatable { case missing, file, folder, link, other }

    /// A failed system call, with the errno that says why.
    struct SystemError: Error, CustomStringConvertible {
        var code: Int32
        /// What was being done, as a phrase ("create folder 'schools'").
        var operation: Message
        /// The operating system's own words for `code` stay as it gives them.
        var words: Message { Message("output_system_error", ["operation": .message(operation), "error": .text(String(cString: strerror(code)))]) }
        var description: String { Wording.english.say(words) }
    }

    private init(descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }

    /// Opens a folder by path, following links in the path once (the user may have made
    /// `--out` itself a link).
    static func openFolder(atPath path: String) throws -> DirectoryHandle {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(code: errno, operation: Message("output_operation_open", ["name": .text(Excerpt.of(path))])) }
        return DirectoryHandle(descriptor: fd)
    }

    /// Opens the folder `name` inside this one; a link there is refused (`ELOOP`/`ENOTDIR`).
    func folder(_ name: String) throws -> DirectoryHandle {
        let fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(code: errno, operation: Message("output_operation_open_folder", ["name": .text(Excerpt.of(name))])) }
        return DirectoryHandle(descriptor: fd)
    }

    func kind(of name: String) throws -> Kind {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return .missing }
            throw SystemError(code: errno, operation: Message("output_operation_look_at", ["name": .text(Excerpt.of(name))]))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    func makeFolder(_ name: String) throws {
        guard mkdirat(descriptor, name, 0o755) == 0 else { throw SystemError(code: errno, operation: Message("output_operation_create_folder", ["name": .text(Excerpt.of(name))])) }
    }

    /// Writes a new file; fails if anything is already there, so it never writes through a link.
    func createFile(_ name: String, contents: [UInt8], durably: Bool = false) throws {
        let fd = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError(code: errno, operation: Message("output_operation_create", ["name": .text(Excerpt.of(name))])) }
        defer { close(fd) }
        var offset = 0
        while offset < contents.count {
            let written = contents.withUnsafeBytes { write(fd, $0.baseAddress! + offset, contents.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno, operation: Message("output_operation_write", ["name": .text(Excerpt.of(name))]))
            }
            offset += written
        }
        if durably, fsync(fd) != 0 { throw SystemError(code: errno, operation: Message("output_operation_save", ["name": .text(Excerpt.of(name))])) }
    }

    /// Thrown by `readFile` for a file longer than the most the caller reads.
    struct TooLarge: Error {}

    /// The bytes of a regular file, or nil when there is none; never follows a link. Reads at
    /// most `limit` bytes: a longer file throws `TooLarge` instead of being read into memory.
    func readFile(_ name: String, atMost limit: Int) throws -> [UInt8]? {
        guard try kind(of: name) == .file else { return nil }
        // O_NONBLOCK: if a FIFO was swapped in since, opening it must not hang the build.
        let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(code: errno, operation: Message("output_operation_read", ["name": .text(Excerpt.of(name))])) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemError(code: errno, operation: Message("output_operation_read", ["name": .text(Excerpt.of(name))])) }
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        switch BoundedRead.read(fd, expected: Int(info.st_size), atMost: limit) {
        case let .bytes(bytes): return bytes
        case .tooLarge: throw TooLarge()
        case let .failed(code): throw SystemError(code: code, operation: Message("output_operation_read", ["name": .text(Excerpt.of(name))]))
        }
    }

    /// Moves `name` here to `newName` in `target` (both inside the output folder, one filesystem).
    /// A link is moved as the link itself, never followed.
    func rename(_ name: String, to target: DirectoryHandle, as newName: String) throws {
        guard renameat(descriptor, name, target.descriptor, newName) == 0 else {
            throw SystemError(code: errno, operation: Message("output_operation_move", ["name": .text(Excerpt.of(name))]))
        }
    }

    func removeFile(_ name: String) throws {
        guard unlinkat(descriptor, name, 0) == 0 else { throw SystemError(code: errno, operation: Message("output_operation_remove", ["name": .text(Excerpt.of(name))])) }
    }

    /// Removes an empty folder; a folder with anything in it stays (`ENOTEMPTY`).
    func removeEmptyFolder(_ name: String) throws {
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { throw SystemError(code: errno, operation: Message("output_operation_remove_folder", ["name": .text(Excerpt.of(name))])) }
    }

    /// Whether this process's real user may create and remove names here, by the permission
    /// bits alone: a preflight that turns the common "permission denied" into a plain refusal
    /// before anything moves. It is not a guarantee. For root it always passes, and root's
    /// writes are stopped only by a read-only mount or an immutable file; those fail the move
    /// itself, and the moves' rollback then puts every file back.
    func isWritable() -> Bool { faccessat(descriptor, ".", W_OK, 0) == 0 }

    /// Takes an exclusive `flock` on this open folder, waiting a second at most; false when another open
    /// of it (in this process or another) holds one. The lock goes when the folder is closed.
    func lockExclusively() throws -> Bool {
        // A second's grace before giving up: a program being started elsewhere in this process
        // shares the open folder (and its lock) for the instant between fork and exec, and a
        // build that is just finishing lets go within that time too.
        var tries = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK:
                tries += 1
                if tries > 100 { return false }
                usleep(10_000)
            case let code: throw SystemError(code: code, operation: Message("output_operation_lock_folder"))
            }
        }
        return true
    }

    /// The names in this folder, without `.` and `..`.
    func names() throws -> [String] {
        // F_DUPFD_CLOEXEC, not dup: a copy without close-on-exec would pass to any program started meanwhile
        // (another thread running git, a test running the CLI) and hold this folder's lock for as long as it runs.
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw SystemError(code: code, operation: Message("output_operation_list_folder"))
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes `name` and, if it is a real folder, everything in it. Links are removed as links,
    /// never followed, so this cannot reach outside the folder. Only used for Planwright's own
    /// staging folder.
    func removeTree(_ name: String) throws {
        switch try kind(of: name) {
        case .missing: return
        case .folder:
            let inner = try folder(name)
            for child in try inner.names() { try inner.removeTree(child) }
            try removeEmptyFolder(name)
        default: try removeFile(name)
        }
    }
}
