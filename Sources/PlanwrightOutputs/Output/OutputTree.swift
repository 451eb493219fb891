/// The folders inside one open folder (the output folder, or the staging folder), reached name by
/// name without following links, each opened once and kept open.
final class OutputTree {
    let root: DirectoryHandle
    private var opened: [OutputPath: DirectoryHandle] = [:]

    init(root: DirectoryHandle) { self.root = root }

    /// The open folder `path` (nil: the root itself). Fails if any part of it is missing, a
    /// link or a file.
    func folder(_ path: OutputPath?) throws -> DirectoryHandle {
        guard let path else { return root }
        if let handle = opened[path] { return handle }
        let handle = try folder(path.parent).folder(path.name)
        opened[path] = handle
        return handle
    }

    /// Forgets a folder that was removed, so a later one of the same name is opened afresh.
    func forget(_ path: OutputPath) { opened[path] = nil }

    /// What is at `path`, seen without following links.
    enum Found: Equatable {
        case missing
        case kind(DirectoryHandle.Kind)
        /// A folder on the way is a link, a file or something else: the walk stops there.
        case blocked(at: OutputPath, DirectoryHandle.Kind)
    }

    func find(_ path: OutputPath) throws -> Found {
        for folder in path.folders {
            switch try self.folder(folder.parent).kind(of: folder.name) {
            case .folder: continue
            case .missing: return .missing
            case let other: return .blocked(at: folder, other)
            }
        }
        let kind = try self.folder(path.parent).kind(of: path.name)
        return kind == .missing ? .missing : .kind(kind)
    }
}
