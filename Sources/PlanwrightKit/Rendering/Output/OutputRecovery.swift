/// What the next build does first when the previous one was killed: a journal in the output
/// folder means the move phase had begun with every new file staged, so the moves are finished
/// (or, if that fails, undone) before anything else happens. A staging folder without a journal
/// is what a build left that stopped before moving anything; it is only removed.
enum OutputRecovery {
    static func recover(_ root: DirectoryHandle, path: String, faults: OutputFaults) throws -> String? {
        if try root.kind(of: OutputJournal.temporaryName) != .missing {
            try faults.perform("remove", OutputJournal.temporaryName) { try root.removeTree(OutputJournal.temporaryName) }
        }
        let read: [UInt8]?
        do {
            read = try root.readFile(OutputJournal.name, atMost: OutputJournal.maxBytes)
        } catch is DirectoryHandle.TooLarge {
            throw OutputDirectory.Failure(reason: "'\(path)' holds the record of an unfinished build ('\(OutputJournal.name)') that is larger than Planwright ever writes (over \(OutputJournal.maxBytes >> 20) MB); remove '\(OutputJournal.name)' and '\(OutputDirectory.stagingName)' from it and build again")
        }
        guard let bytes = read else {
            try removeStaging(root, faults: faults)
            return nil
        }
        guard let journal = OutputJournal.parse(String(decoding: bytes, as: UTF8.self)) else {
            throw OutputDirectory.Failure(reason: "'\(path)' holds the record of an unfinished build ('\(OutputJournal.name)') that Planwright cannot read; remove '\(OutputJournal.name)' and '\(OutputDirectory.stagingName)' from it and build again")
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
                throw OutputDirectory.Failure(reason: "the previous build into '\(path)' was interrupted, and Planwright could neither finish it (\(error)) nor undo it (\(undo)); fix that and build again")
            }
        }
        try faults.perform("remove journal", OutputJournal.name) { try root.removeFile(OutputJournal.name) }
        try? removeStaging(root, faults: faults)
        return finished
            ? "the previous build into '\(path)' was interrupted while moving its files in; Planwright finished it, so the folder holds that build's outputs"
            : "the previous build into '\(path)' was interrupted while moving its files in; Planwright put the earlier outputs back"
    }

    static func removeStaging(_ root: DirectoryHandle, faults: OutputFaults) throws {
        guard try root.kind(of: OutputDirectory.stagingName) != .missing else { return }
        try faults.perform("clean up", OutputDirectory.stagingName) { try root.removeTree(OutputDirectory.stagingName) }
    }
}
