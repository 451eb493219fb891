import PlanwrightDocument

/// What the next build does first when the previous one was killed: a journal in the output
/// folder means the move phase had begun with every new file staged, so the moves are finished
/// (or, if that fails, undone) before anything else happens. A staging folder without a journal
/// is what a build left that stopped before moving anything; it is only removed.
enum OutputRecovery {
    static func recover(_ root: DirectoryHandle, path: String, faults: OutputFaults) throws -> Message? {
        // Planwright's names hold only what Planwright puts there, checked before anything is
        // removed: a user's folder, link or special file under one of them stops the build.
        let temporary = try root.kind(of: OutputJournal.temporaryName)
        try requireFileOrNothing(temporary, at: OutputJournal.temporaryName)
        try requireFileOrNothing(try root.kind(of: OutputJournal.name), at: OutputJournal.name)
        try checkStaging(root)
        if temporary == .file {
            try faults.perform("remove", OutputJournal.temporaryName) { try root.removeFile(OutputJournal.temporaryName) }
        }
        let read: [UInt8]?
        do {
            read = try root.readFile(OutputJournal.name, atMost: OutputJournal.maxBytes)
        } catch is DirectoryHandle.TooLarge {
            throw OutputDirectory.Failure(reason: Message("output_journal_too_large", ["path": .text(path), "journal": .text(OutputJournal.name),
                                                                                       "staging": .text(OutputDirectory.stagingName),
                                                                                       "limit": .message(FileSize(bytes: OutputJournal.maxBytes).words)]))
        }
        guard let bytes = read else {
            try removeStaging(root, faults: faults)
            return nil
        }
        guard let journal = OutputJournal.parse(String(decoding: bytes, as: UTF8.self)) else {
            throw OutputDirectory.Failure(reason: Message("output_journal_unreadable", ["path": .text(path), "journal": .text(OutputJournal.name),
                                                                                        "staging": .text(OutputDirectory.stagingName)]))
        }
        let staging = OutputTree(root: root)
        let stagedFolder = OutputPath(components: [OutputDirectory.stagingName, "new"])
        let backupFolder = OutputPath(components: [OutputDirectory.stagingName, "old"])
        guard try staging.find(stagedFolder) == .kind(.folder), try staging.find(backupFolder) == .kind(.folder) else {
            // The journal outlived its staging folder: the moves were over when cleaning up began.
            try faults.perform("remove journal", OutputJournal.name) { try root.removeFile(OutputJournal.name) }
            try removeStaging(root, faults: faults)
            return nil
        }
        let moves = OutputMoves(out: OutputTree(root: root), staged: OutputTree(root: try staging.folder(stagedFolder)),
                                backup: try staging.folder(backupFolder), faults: faults)
        var finished = true
        do {
            try moves.forward(journal)
        } catch is OutputFaults.Stopped {
            throw OutputFaults.Stopped()
        } catch {
            finished = false
            do {
                try moves.back(journal)
            } catch is OutputFaults.Stopped {
                throw OutputFaults.Stopped()
            } catch let undo {
                throw OutputDirectory.Failure(reason: Message("output_interrupted_stuck", ["path": .text(path), "error": OutputDirectory.words(error),
                                                                                           "undo": OutputDirectory.words(undo)]))
            }
        }
        try faults.perform("remove journal", OutputJournal.name) { try root.removeFile(OutputJournal.name) }
        try? removeStaging(root, faults: faults)
        return finished ? Message("output_recovered_finished", ["path": .text(path)]) : Message("output_recovered_undone", ["path": .text(path)])
    }

    /// Removes the staging folder, once `checkStaging` agrees it is Planwright's.
    static func removeStaging(_ root: DirectoryHandle, faults: OutputFaults) throws {
        guard try checkStaging(root) else { return }
        try faults.perform("clean up", OutputDirectory.stagingName) { try root.removeTree(OutputDirectory.stagingName) }
    }

    /// Whether there is a staging folder; throws if what is there is not one Planwright made.
    ///
    /// Removing the staging folder removes everything in it, so it must be Planwright's. A build
    /// creates `.planwright-staging`, then `new` (the staged files, at any paths) and `old` (the
    /// files moved aside, each named by its backup number), and nothing else; a build killed part
    /// way leaves a prefix of that. So a real folder (not a link) that holds no more than a real
    /// folder `new` and a real folder `old` with only numbers in it is taken for Planwright's, and
    /// anything else is the user's and refused. A user's own folder of exactly that shape would
    /// be taken too: the name is hidden, Planwright's own and said so in the README, and the shape
    /// is specific enough that no one keeps files that way by chance.
    @discardableResult
    static func checkStaging(_ root: DirectoryHandle) throws -> Bool {
        let name = OutputDirectory.stagingName
        let kind = try root.kind(of: name)
        guard kind != .missing else { return false }
        let what = kind == .folder ? Message("output_is_folder_not_ours") : describe(kind)
        let refusal = OutputDirectory.Failure(reason: Message("output_staging_name_taken", ["name": .text(name), "what": .message(what)]))
        guard kind == .folder else { throw refusal }
        let staging = try root.folder(name)
        for inner in try staging.names() {
            guard inner == "new" || inner == "old", try staging.kind(of: inner) == .folder else { throw refusal }
        }
        if try staging.kind(of: "old") == .folder {
            guard try staging.folder("old").names().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { throw refusal }
        }
        return true
    }

    /// Refuses anything but a regular file at one of the journal's names.
    private static func requireFileOrNothing(_ kind: DirectoryHandle.Kind, at name: String) throws {
        guard kind != .missing, kind != .file else { return }
        throw OutputDirectory.Failure(reason: Message("output_journal_name_taken", ["name": .text(name), "what": .message(describe(kind))]))
    }

    /// "is a folder", "is a symbolic link", … for a refusal: the verb with it, as a language
    /// may say "is not" another way than "is" followed by a noun.
    static func describe(_ kind: DirectoryHandle.Kind) -> Message {
        switch kind {
        case .folder: Message("output_is_folder")
        case .link: Message("output_is_link")
        case .file: Message("output_is_file")
        case .missing, .other: Message("output_is_not_regular")
        }
    }
}
