/// Carries out a journal's entries in the output folder, forward (the new build) or back (the
/// previous one). Each entry looks at what is where before it acts, so either direction can
/// start from any point a killed build left behind, and running it twice does no harm.
struct OutputMoves {
    let out: OutputTree
    /// `staging/new`: the staged new files, at the same relative paths as in the output folder.
    let staged: OutputTree
    /// `staging/old`: files moved out of the way, each under its backup number.
    let backup: DirectoryHandle
    let faults: OutputFaults

    func forward(_ journal: OutputJournal) throws {
        for entry in journal.entries { try forward(entry) }
    }

    func back(_ journal: OutputJournal) throws {
        for entry in journal.entries.reversed() { try back(entry) }
    }

    private func forward(_ entry: OutputJournal.Entry) throws {
        switch entry {
        case let .makeFolder(path):
            if try out.find(path) == .missing {
                try faults.perform("create folder", path) { try out.folder(path.parent).makeFolder(path.name) }
            }
        case let .put(path, number):
            guard try staged.find(path) == .kind(.file) else { return }
            let folder = try out.folder(path.parent)
            if let number, try backup.kind(of: String(number)) == .missing, try folder.kind(of: path.name) != .missing {
                try faults.perform("back up", path) { try folder.rename(path.name, to: backup, as: String(number)) }
            }
            try faults.perform("move into place", path) { try staged.folder(path.parent).rename(path.name, to: folder, as: path.name) }
        case let .drop(path, number):
            if try backup.kind(of: String(number)) == .missing, try out.find(path) == .kind(.file) {
                try faults.perform("remove stale", path) { try out.folder(path.parent).rename(path.name, to: backup, as: String(number)) }
            }
        case let .removeFolder(path):
            if try out.find(path) == .kind(.folder) {
                try faults.perform("remove folder", path) { try out.folder(path.parent).removeEmptyFolder(path.name) }
                out.forget(path)
            }
        }
    }

    private func back(_ entry: OutputJournal.Entry) throws {
        switch entry {
        case let .makeFolder(path):
            if try out.find(path) == .kind(.folder) {
                try faults.perform("remove folder", path) { try out.folder(path.parent).removeEmptyFolder(path.name) }
                out.forget(path)
            }
        case let .put(path, number):
            if try staged.find(path) == .missing, try out.find(path) == .kind(.file) {
                try faults.perform("move back", path) { try out.folder(path.parent).rename(path.name, to: staged.folder(path.parent), as: path.name) }
            }
            if let number, try backup.kind(of: String(number)) == .file {
                try faults.perform("restore", path) { try backup.rename(String(number), to: out.folder(path.parent), as: path.name) }
            }
        case let .drop(path, number):
            if try backup.kind(of: String(number)) == .file {
                try faults.perform("restore", path) { try backup.rename(String(number), to: out.folder(path.parent), as: path.name) }
            }
        case let .removeFolder(path):
            if try out.find(path) == .missing {
                try faults.perform("create folder", path) { try out.folder(path.parent).makeFolder(path.name) }
            }
        }
    }
}
