/// `.planwright-journal`: the write-ahead record of one build's move phase, saved (temporary file,
/// then rename) once every new file is staged and before anything in the output folder changes.
/// If the build is killed while moving, the next build reads it and finishes or undoes the
/// moves; each entry can be redone or undone by looking at what is where, so it does not matter
/// at which step the build stopped.
struct OutputJournal: Equatable {
    static let name = ".planwright-journal"
    static let temporaryName = ".planwright-journal.new"
    private static let header = "planwright journal 1"
    /// The most of it that is read; like the manifest, a real one is a few hundred KB at most.
    static let maxBytes = OutputManifest.maxBytes

    enum Entry: Equatable {
        /// A folder this build creates.
        case makeFolder(OutputPath)
        /// `staging/new/<path>` moves to `<path>`; the file there before, if any, first moves to `staging/old/<backup>`.
        case put(OutputPath, backup: Int?)
        /// A stale file of the previous build moves to `staging/old/<backup>`.
        case drop(OutputPath, backup: Int)
        /// An emptied folder that a previous build created.
        case removeFolder(OutputPath)
    }

    var entries: [Entry]

    var text: String {
        var lines = [Self.header]
        for entry in entries {
            switch entry {
            case let .makeFolder(path): lines.append("mkdir\t\(path)")
            case let .put(path, backup): lines.append("put\t\(backup.map(String.init) ?? "-")\t\(path)")
            case let .drop(path, backup): lines.append("drop\t\(backup)\t\(path)")
            case let .removeFolder(path): lines.append("rmdir\t\(path)")
            }
        }
        return (lines + ["end"]).map { $0 + "\n" }.joined()
    }

    /// Nil unless the text is a whole journal, header to `end`, every path plain.
    static func parse(_ text: String) -> OutputJournal? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == header, lines.last == "", lines.dropLast().last == "end" else { return nil }
        lines = Array(lines.dropFirst().dropLast(2))
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let last = fields.last, let path = OutputPath(last) else { return nil }
            switch (fields[0], fields.count) {
            case ("mkdir", 2): entries.append(.makeFolder(path))
            case ("rmdir", 2): entries.append(.removeFolder(path))
            case ("put", 3) where fields[1] == "-": entries.append(.put(path, backup: nil))
            case ("put", 3): guard let backup = Int(fields[1]) else { return nil }; entries.append(.put(path, backup: backup))
            case ("drop", 3): guard let backup = Int(fields[1]) else { return nil }; entries.append(.drop(path, backup: backup))
            default: return nil
            }
        }
        return OutputJournal(entries: entries)
    }
}
