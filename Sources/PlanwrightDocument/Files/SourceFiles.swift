import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files for the loader, with the reasons a leader can act on when that fails.
///
/// Only regular files are read, and at most `LoaderLimits.maxFileBytes` of them: a FIFO would
/// block for ever, a device such as `/dev/zero` never ends, and `/proc` files hold the
/// process's secrets. The file is checked before it is opened (so a device is never opened),
/// opened without blocking, and checked again on the open descriptor (so a file swapped in
/// between is caught).
public enum SourceFiles {
    public struct Problem: Error, Sendable, Equatable {
        /// Why, as a phrase worded in the reader's language ("no such file"), put into a sentence
        /// that names the file ("cannot read 'x.csv': …").
        public var reason: Message
        /// The file does not exist, so a hint about where paths start from helps.
        public var isMissing = false

        public init(reason: Message, isMissing: Bool = false) {
            self.reason = reason
            self.isMissing = isMissing
        }

        static let missing = Problem(reason: Message("file_problem_missing"), isMissing: true)
        static let folder = Problem(reason: Message("file_problem_folder"))
        static let notRegular = Problem(reason: Message("file_problem_not_regular"))
        static let system = Problem(reason: Message("file_problem_system"))
        static let denied = Problem(reason: Message("file_problem_denied"))
    }

    /// A path written in a plan, which is relative to the plan file's folder unless absolute.
    ///
    /// Joined as text, so messages show it as the user would type it from where they ran the
    /// command: `../samples/users.csv` beside `plan.yaml`, `Plans/../samples/users.csv` for
    /// `Plans/plan.yaml`, never `./../samples/…`. `..` is kept, not folded: the plan's folder may be a link.
    public static func path(_ path: String, relativeTo planFile: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var written = Substring(path)
        while written.hasPrefix("./") { written = written.dropFirst(2).drop { $0 == "/" } }
        if written.isEmpty || written == "." { written = "." }
        guard let slash = planFile.lastIndex(of: "/") else { return String(written) }
        var folder = planFile[..<slash]
        while folder.hasSuffix("/.") { folder = folder.dropLast(2) }
        if folder == "." { return String(written) }
        if folder.isEmpty { return "/" + written }  // a plan at the root: `/plan.yaml`
        return folder + "/" + written
    }

    /// A file the user named (on the command line): any folder, but only a regular file, and
    /// never one of the kernel's (the plan file may be a link someone else committed).
    public static func read(_ path: String, limits: LoaderLimits = .standard) -> Result<SourceText, Problem> {
        read(path, inside: .anywhere, limits: limits)
    }

    /// A file a plan named: read only when, once its links are followed, it lies inside `tree`.
    /// The text keeps the path as the plan wrote it (resolved against the plan's folder).
    public static func read(_ path: String, inside tree: PlanTree, limits: LoaderLimits = .standard) -> Result<SourceText, Problem> {
        switch tree.admit(path) {
        case let .failure(problem): return .failure(problem)
        case let .success(real): return readRegular(path, opening: real, limits: limits, confirmingInside: tree)
        }
    }

    /// A file a plan named as a file of `kind`: inside `tree`, and refused (naming only its path)
    /// when its name or first bytes show it is another kind of file.
    package static func read(_ path: String, as kind: NamedFileKind, inside tree: PlanTree, limits: LoaderLimits) -> Result<SourceText, Problem> {
        switch tree.admit(path) {
        case let .failure(problem): return .failure(problem)
        case let .success(real):
            if let problem = kind.refusalByName(path) { return .failure(problem) }
            return readRegular(path, opening: real, limits: limits, confirmingInside: tree).flatMap { text in
                kind.refusal(text).map { .failure($0) } ?? .success(text.counting(kind.lineBreaks))
            }
        }
    }

    /// `opening` is the path actually opened (the real path once admitted); `path` names the text.
    /// `tree`, when given, is asked again about the file actually opened: a folder on the way
    /// swapped for a link after `admit` looked (a race) would otherwise lead outside unseen.
    static func readRegular(_ path: String, opening: String, limits: LoaderLimits,
                                    confirmingInside tree: PlanTree? = nil) -> Result<SourceText, Problem> {
        var info = stat()
        guard stat(opening, &info) == 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .denied) }
        if let problem = notRegular(info) { return .failure(problem) }
        // O_NONBLOCK: should a FIFO be swapped in after the check above, opening it cannot hang.
        let descriptor = open(opening, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOENT ? .missing : .denied) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(.denied) }
        if let problem = notRegular(info) { return .failure(problem) }
        if let tree, let opened = openedPath(descriptor), case let .failure(problem) = tree.admit(opened) { return .failure(problem) }
        switch BoundedRead.read(descriptor, expected: Int(info.st_size), atMost: limits.maxFileBytes) {
        case let .bytes(bytes): return .success(SourceText(path: path, bytes: bytes))
        case let .tooLarge(size): return .failure(tooLarge(size, limits))
        case .failed: return .failure(.denied)
        }
    }

    /// The path of the file an open descriptor reads, from the kernel; nil where it cannot say.
    private static func openedPath(_ descriptor: Int32) -> String? {
        #if canImport(Glibc)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
        return String(cString: buffer)
        #endif
    }

    private static func notRegular(_ info: stat) -> Problem? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        default: return .notRegular
        }
    }

    private static func tooLarge(_ size: Int, _ limits: LoaderLimits) -> Problem {
        Problem(reason: Message("file_problem_too_large", ["size": .message(FileSize(bytes: size).words), "limit": .message(limits.maxFileSize.words)]))
    }
}
