import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders whose files a plan may name: the plan's own folder, or the git repository
/// holding it, and any folders the user allowed on the command line (`--allow-path`).
///
/// A plan is often someone else's file (a pull request, a shared drive), so what it names must
/// not reach the rest of the machine: `/proc/self/environ` or `~/.ssh` printed inside a
/// diagnostic would put secrets into a CI log. Paths are compared after following symbolic
/// links, so a link inside the tree that points outside it is outside too.
public struct PlanTree: Sendable, Equatable {
    /// The real path of the tree's own folder, and what messages call it ("the plan's folder").
    let home: String?
    let homeName: Message
    /// What to do about a file outside, a phrase of the message ("move it next to the plan …").
    let advice: Message
    /// Real paths of the folders allowed besides the home.
    let allowed: [String]
    /// Every folder is allowed: a file the user named themselves.
    let anywhere: Bool

    /// Files from any folder (still regular files only): for a path the user typed.
    /// Its name and advice are never said: every folder is inside it.
    public static let anywhere = PlanTree(home: nil, homeName: Message("file_tree_plans_folder"), advice: Message("file_tree_advice_next_to_plan"),
                                          allowed: [], anywhere: true)

    /// The tree of the plan at `planFile` (which need not exist: a plan given as text is
    /// placed by its path), with `folders` allowed besides.
    public init(planFile: String, allowing folders: [String] = []) {
        let folder = URL(fileURLWithPath: planFile).deletingLastPathComponent().path
        let real = Self.realPath(folder)
        let repository = real.flatMap(Self.repositoryRoot)
        self.init(home: repository ?? real,
                  homeName: repository == nil ? Message("file_tree_plans_folder") : Message("file_tree_plans_repository"),
                  advice: repository == nil ? Message("file_tree_advice_next_to_plan") : Message("file_tree_advice_into_repository"),
                  allowed: folders.compactMap(Self.realPath), anywhere: false)
    }

    /// One folder and nothing else, such as a folder of templates: `name` is what messages call
    /// it ("the templates folder"), `advice` what to do about a file outside it.
    public init(folder: String, called name: Message, advice: Message) {
        self.init(home: Self.realPath(folder), homeName: name, advice: advice, allowed: [], anywhere: false)
    }

    private init(home: String?, homeName: Message, advice: Message, allowed: [String], anywhere: Bool) {
        (self.home, self.homeName, self.advice, self.allowed, self.anywhere) = (home, homeName, advice, allowed, anywhere)
    }

    /// The real path to open when `path` lies inside the tree, or why it may not be read.
    public func admit(_ path: String) -> Result<String, SourceFiles.Problem> {
        guard let real = Self.realPath(path) else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .denied)
        }
        // Whoever named it, the kernel's files are never a plan: they hold the process's secrets
        // (a plan file that is a link to /proc/self/environ would print them in a diagnostic).
        if Self.systemFolders.contains(where: { Self.folder($0, holds: real) }) { return .failure(.system) }
        if anywhere { return .success(real) }
        guard ([home].compactMap { $0 } + allowed).contains(where: { Self.folder($0, holds: real) }) else {
            // Where a link leads is not said: a plan must not learn where links on the machine point.
            let written = URL(fileURLWithPath: path).standardizedFileURL.path
            let values: [String: Message.Value] = ["home": .message(homeName), "path": home.map { .text($0) } ?? .message(Message("file_tree_unknown_folder")),
                                                   "advice": .message(advice)]
            return .failure(SourceFiles.Problem(reason: real == written ? Message("file_problem_outside", values) : Message("file_problem_link_outside", values)))
        }
        return .success(real)
    }

    static let systemFolders = ["/proc", "/sys", "/dev"]

    static func folder(_ folder: String, holds path: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// The nearest folder at or above `folder` holding `.git` (a folder, or a file in a worktree).
    static func repositoryRoot(_ folder: String) -> String? {
        var current = folder
        while true {
            if FileManager.default.fileExists(atPath: current + (current.hasSuffix("/") ? "" : "/") + ".git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The path with every link followed, or nil (with errno set) when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
