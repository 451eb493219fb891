import PlanwrightDocument

/// Decides, before anything is written, every move a build will make in the output folder, and
/// refuses the build if one of them would write through a link or over something that is the
/// user's: a folder, a link or a special file where a handout goes. The previous manifest is
/// checked entry by entry; an entry that is not a plain file Planwright wrote is reported and
/// left alone.
struct OutputPreflight {
    var journal: OutputJournal
    var manifest: OutputManifest
    var removed: [OutputPath]
    var warnings: [Message]

    /// Names inside the output folder that belong to Planwright's own bookkeeping.
    static let reserved: Set<String> = [OutputManifest.name, OutputJournal.name, OutputJournal.temporaryName, OutputDirectory.stagingName]

    struct Refusal: Error { var reason: Message }

    /// How many manifest warnings are given one by one; the rest are counted in one more line.
    static let quotedLines = 20

    /// Warnings about manifest lines, however many there are: only so many quoted, each path
    /// cleaned and cut short (`Excerpt`), since the manifest may hold anything.
    private struct ManifestWarnings {
        var quoted: [Message] = []
        var more = 0

        /// Line numbers and the count are written as digits alone, as the manifest numbers its lines.
        mutating func add(line: Int, _ path: String, _ why: Message) {
            guard quoted.count < OutputPreflight.quotedLines else { more += 1; return }
            quoted.append(Message("output_manifest_line_left_alone", ["line": .text(String(line)), "manifest": .text(OutputManifest.name),
                                                                      "path": .text(TerminalText.clean(Excerpt.of(path))), "why": .message(why)]))
        }

        var all: [Message] { quoted + (more > 0 ? [Message("output_manifest_more_left_alone", count: more, ["lines": .text(String(more))])] : []) }
    }

    init(files: [OutputPath], out: OutputTree) throws {
        // The old manifest is moved aside with the other replaced files and removed with the
        // staging folder, so it must be a plain file: a user's folder there would be deleted.
        let manifestKind = try out.root.kind(of: OutputManifest.name)
        guard manifestKind == .missing || manifestKind == .file else {
            throw Refusal(reason: Message("output_manifest_name_taken", ["name": .text(OutputManifest.name), "what": .message(OutputRecovery.describe(manifestKind))]))
        }
        let (previous, damaged, unread) = try Self.previousManifest(in: out)
        var notes = ManifestWarnings()
        for line in damaged { notes.add(line: line.line, line.text, Message("output_manifest_why_not_plain")) }
        var made: [OutputPath] = [], needed: Set<OutputPath> = []
        var puts: [OutputJournal.Entry] = [], next = 0
        for file in files {
            for folder in file.folders where needed.insert(folder).inserted {
                switch try out.find(folder) {
                case .kind(.folder): continue
                case .missing: made.append(folder)
                case .kind(.link): throw Self.throughLink(folder)
                case let .blocked(at, .link): throw Self.throughLink(at)
                default: throw Refusal(reason: Message("output_not_a_folder", ["path": .text(folder.description)]))
                }
            }
            switch try out.find(file) {
            case .missing: puts.append(.put(file, backup: nil))
            case .kind(.file): puts.append(.put(file, backup: next)); next += 1
            case .kind(.folder): throw Refusal(reason: Message("output_folder_where_file", ["path": .text(file.description)]))
            case .kind(.link): throw Refusal(reason: Message("output_link_where_file", ["path": .text(file.description)]))
            case .kind, .blocked: throw Refusal(reason: Message("output_not_regular_where_file", ["path": .text(file.description)]))
            }
        }

        let current = Set(files)
        var drops: [OutputJournal.Entry] = [], dropped: Set<OutputPath> = []
        for stale in previous.files where !current.contains(stale) && dropped.insert(stale).inserted {
            let line = previous.lines[stale] ?? 0
            switch try out.find(stale) {
            case .missing, .blocked(_, .file), .blocked(_, .other): continue
            case .kind(.file): drops.append(.drop(stale, backup: next)); next += 1
            case .kind(.folder): notes.add(line: line, stale.description, Message("output_manifest_why_folder"))
            case let .blocked(at, _): notes.add(line: line, stale.description, Message("output_manifest_why_through_link", ["link": .text(TerminalText.clean(Excerpt.of(at.description)))]))
            case .kind: notes.add(line: line, stale.description, Message("output_manifest_why_not_regular"))
            }
        }
        warnings = (unread.map { [$0] } ?? []) + notes.all
        removed = drops.compactMap { if case let .drop(path, _) = $0 { path } else { nil } }

        // A folder an earlier build created goes once nothing is left in it but stale files and
        // folders that go too; a folder with anything of the user's in it stays, listed, for later.
        var kept: [OutputPath] = [], emptied: [OutputPath] = [], goes = Set(removed)
        for folder in Set(previous.folders).sorted(by: { $0.components.count > $1.components.count || ($0.components.count == $1.components.count && $0 < $1) })
        where try out.find(folder) == .kind(.folder) {
            let inside = try out.folder(folder).names().map { OutputPath(components: folder.components + [$0]) }
            if !needed.contains(folder), inside.allSatisfy(goes.contains) {
                emptied.append(folder); goes.insert(folder)
            } else {
                kept.append(folder)
            }
        }
        let changed = files.map(\.parent) + made.map(\.parent) + removed.map(\.parent) + emptied.map(\.parent)
        for folder in Set(changed) where folder.map({ !made.contains($0) }) ?? true {
            guard try out.folder(folder).isWritable() else {
                throw Refusal(reason: folder.map { Message("output_may_not_change_inside", ["path": .text($0.description)]) } ?? Message("output_may_not_change"))
            }
        }

        manifest = OutputManifest(files: files, folders: kept + made)
        let manifestPath = OutputPath(components: [OutputManifest.name])
        let manifestPut = OutputJournal.Entry.put(manifestPath, backup: try out.root.kind(of: OutputManifest.name) == .missing ? nil : next)
        journal = OutputJournal(entries: made.map { .makeFolder($0) } + puts + drops + emptied.map { .removeFolder($0) } + [manifestPut])
    }

    private static func throughLink(_ path: OutputPath) -> Refusal {
        Refusal(reason: Message("output_through_link", ["path": .text(path.description)]))
    }

    /// The previous manifest, its damaged lines, and a warning when it is too large to be one
    /// Planwright wrote: then it is not read at all, nothing it names is removed, and the build
    /// writes a fresh one.
    private static func previousManifest(in out: OutputTree) throws -> (OutputManifest, [OutputManifest.DamagedLine], Message?) {
        let read: [UInt8]?
        do {
            read = try out.root.readFile(OutputManifest.name, atMost: OutputManifest.maxBytes)
        } catch is DirectoryHandle.TooLarge {
            return (OutputManifest(), [], Message("output_manifest_too_large", ["name": .text(OutputManifest.name), "limit": .message(FileSize(bytes: OutputManifest.maxBytes).words)]))
        }
        guard let bytes = read else { return (OutputManifest(), [], nil) }
        var (manifest, damaged) = OutputManifest.parse(String(decoding: bytes, as: UTF8.self))
        // Planwright's own bookkeeping is never a build output.
        for path in manifest.files + manifest.folders where reserved.contains(path.components[0]) {
            damaged.append(OutputManifest.DamagedLine(line: manifest.lines[path] ?? 0, text: path.description))
        }
        manifest.files.removeAll { reserved.contains($0.components[0]) }
        manifest.folders.removeAll { reserved.contains($0.components[0]) }
        return (manifest, damaged.sorted { $0.line < $1.line }, nil)
    }
}
