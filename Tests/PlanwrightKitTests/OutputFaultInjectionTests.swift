import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A build stopped (as by a kill) or failed (as by a full disk or a read-only folder) at every
/// single step leaves the output folder holding the complete previous set or the complete new
/// set, with the user's own files untouched and nothing beside it.
struct OutputFaultInjectionTests {
    /// The previous build: a few files in the top folder and two subfolders.
    static let previous: [(path: String, contents: String)] = [
        ("plan.md", "old plan"), ("plan.html", "old html"), ("schools/a.md", "old a"), ("schools/b.md", "old b"), ("gone/x.md", "old x"),
    ]
    /// The new build replaces two files, adds two (one in a new folder) and drops three, so
    /// `gone/` is emptied and removed.
    static let next: [(path: String, contents: String)] = [
        ("plan.md", "new plan"), ("schools/a.md", "new a"), ("schools/c.md", "new c"), ("fresh/d.md", "new d"),
    ]

    /// The output folder after the previous build, with the user's own files in it.
    func scenario() throws -> OutputScratch {
        let scratch = try OutputScratch()
        _ = try OutputDirectory.write(Self.previous, to: scratch.out)
        try scratch.write("mine", to: "notes.txt")
        try scratch.write("mine too", to: "schools/mine.txt")
        return scratch
    }

    /// Every step an uninterrupted build takes, in order, and the two outcomes.
    func reference() throws -> (steps: [OutputStep], old: [String: String], new: [String: String]) {
        let scratch = try scenario()
        defer { scratch.remove() }
        let old = try scratch.snapshot()
        var steps: [OutputStep] = []
        _ = try OutputDirectory.write(Self.next, to: scratch.out.path, faults: OutputFaults { steps.append($0); return .proceed })
        return (steps, old, try scratch.snapshot())
    }

    @Test func theReferenceBuildReplacesAddsAndRemoves() throws {
        let (steps, old, new) = try reference()
        #expect(old["plan.html"] != nil && new["plan.html"] == nil && new["gone"] == nil && new["fresh/d.md"] == "file: new d")
        #expect(new["notes.txt"] == "file: mine" && new["schools/mine.txt"] == "file: mine too")
        // Every kind of step is there to be interrupted.
        let actions = Set(steps.map(\.action))
        #expect(actions.isSuperset(of: ["stage", "save journal", "back up", "move into place", "remove stale", "remove folder", "create folder", "remove journal", "clean up"]))
    }

    @Test func aBuildKilledAtAnyStepIsFinishedOrUndoneByTheNext() throws {
        let (steps, old, new) = try reference()
        let saved = try #require(steps.firstIndex { $0.action == "save journal" })
        for index in steps.indices {
            let scratch = try scenario()
            defer { scratch.remove() }
            #expect(throws: OutputFaults.Stopped.self) {
                try OutputDirectory.write(Self.next, to: scratch.out.path, faults: FaultAtStep(index, .stop).faults)
            }
            let message = try OutputDirectory.recover(scratch.out.path)
            let expected = index > saved ? new : old
            #expect(try scratch.snapshot() == expected, "killed before step \(index) (\(steps[index]))")
            #expect(try scratch.besideOut() == ["out", "outside"])
            // Only a kill during the moves needs the next build to say what it did.
            #expect((message != nil) == (index > saved && steps[index].action != "clean up"), "step \(index): \(message.map(Wording.english.say) ?? "no message")")
            // And the next build after that is an ordinary one.
            _ = try OutputDirectory.write(Self.next, to: scratch.out)
            #expect(try scratch.snapshot() == new)
        }
        #expect(steps.count >= 25)
    }

    /// Killed again while finishing the killed build, at each of its steps: the run after that
    /// still ends with one complete set.
    @Test func aRecoveryKilledAtAnyStepIsFinishedByTheNext() throws {
        let (steps, old, new) = try reference()
        let saved = try #require(steps.firstIndex { $0.action == "save journal" })
        var recoverySteps = 0
        for index in steps.indices where index > saved {
            for stop in 0..<steps.count {
                let scratch = try scenario()
                defer { scratch.remove() }
                #expect(throws: OutputFaults.Stopped.self) {
                    try OutputDirectory.write(Self.next, to: scratch.out.path, faults: FaultAtStep(index, .stop).faults)
                }
                let recovery = FaultAtStep(stop, .stop)
                do {
                    _ = try OutputDirectory.recover(scratch.out.path, faults: recovery.faults)
                } catch is OutputFaults.Stopped {
                    recoverySteps += 1
                }
                _ = try OutputDirectory.recover(scratch.out.path)
                #expect([old, new].contains(try scratch.snapshot()), "killed before step \(index), then recovery before its step \(stop)")
                #expect(try scratch.besideOut() == ["out", "outside"])
                if recovery.taken <= stop { break }
            }
        }
        #expect(recoverySteps > steps.count - saved)
    }

    @Test func aBuildThatFailsAtAnyStepLeavesThePreviousSet() throws {
        let (steps, old, new) = try reference()
        let done = try #require(steps.firstIndex { $0.action == "remove journal" })
        for index in steps.indices {
            let scratch = try scenario()
            defer { scratch.remove() }
            let faults = FaultAtStep(index, .fail(index % 2 == 0 ? EACCES : ENOSPC)).faults
            if index < done {
                let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write(Self.next, to: scratch.out.path, faults: faults) }
                #expect(failure?.message.hasSuffix("the output folder was not changed") == true, "\(failure?.message ?? "")")
                #expect(try scratch.snapshot() == old, "failed at step \(index) (\(steps[index]))")
            } else {
                // Every file is in place once the journal goes; a leftover is tidied by the next build.
                _ = try OutputDirectory.write(Self.next, to: scratch.out.path, faults: faults)
                _ = try OutputDirectory.recover(scratch.out.path)
                #expect(try scratch.snapshot() == new, "failed at step \(index) (\(steps[index]))")
            }
            #expect(try scratch.besideOut() == ["out", "outside"])
        }
    }

    @Test func anUnreadableJournalStopsTheBuildAndSaysWhatToRemove() throws {
        let scratch = try scenario()
        defer { scratch.remove() }
        try scratch.write("planwright journal 1\nput\t0\t../escape\nend\n", to: OutputJournal.name)
        let before = try scratch.snapshot()
        let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write(Self.next, to: scratch.out) }
        #expect(failure?.message == "'\(scratch.out.path)' holds the record of an unfinished build ('.planwright-journal') that Planwright cannot read; remove '.planwright-journal' and '.planwright-staging' from it and build again")
        #expect(try scratch.snapshot() == before)
    }

    @Test func aHugeJournalStopsTheBuildAndSaysWhatToRemove() throws {
        let scratch = try scenario()
        defer { scratch.remove() }
        try scratch.write("planwright journal 1\n", to: OutputJournal.name)
        let handle = try FileHandle(forWritingTo: scratch.out.appendingPathComponent(OutputJournal.name))
        try handle.truncate(atOffset: UInt64(OutputJournal.maxBytes + 1))
        try handle.close()
        let before = try scratch.snapshot().mapValues { $0.count }
        let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write(Self.next, to: scratch.out) }
        #expect(failure?.message == "'\(scratch.out.path)' holds the record of an unfinished build ('.planwright-journal') that is larger than Planwright ever writes (over 16 MB); remove '.planwright-journal' and '.planwright-staging' from it and build again")
        #expect(try scratch.snapshot().mapValues { $0.count } == before)
    }

    /// A move that fails in an `--out` this build created takes the created folders away too.
    @Test func aFailedMoveIntoANewOutputFolderLeavesNothingBehind() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        let fresh = scratch.parent.appendingPathComponent("fresh/deeper")
        let failure = #expect(throws: OutputDirectory.Failure.self) {
            try OutputDirectory.write(Self.next, to: fresh.path, faults: OutputFaults { $0.action == "move into place" ? .fail(ENOSPC) : .proceed })
        }
        #expect(failure?.message.hasSuffix("the output folder was not changed") == true, "\(failure?.message ?? "")")
        #expect(try scratch.besideOut() == ["out", "outside"])
    }

    @Test func aJournalWhoseStagingIsGoneIsOnlyRemoved() throws {
        let (_, _, new) = try reference()
        let scratch = try scenario()
        defer { scratch.remove() }
        _ = try OutputDirectory.write(Self.next, to: scratch.out)
        try scratch.write(OutputJournal(entries: [.drop(OutputPath("plan.md")!, backup: 0)]).text, to: OutputJournal.name)
        #expect(try OutputDirectory.recover(scratch.out.path) == nil)
        #expect(try scratch.snapshot() == new)
    }

    @Test func aFailedBuildNamesTheCauseInPlainWords() throws {
        let scratch = try scenario()
        defer { scratch.remove() }
        let failure = #expect(throws: OutputDirectory.Failure.self) {
            try OutputDirectory.write(Self.next, to: scratch.out.path, faults: OutputFaults { $0.action == "move into place" && $0.path == "schools/c.md" ? .fail(ENOSPC) : .proceed })
        }
        #expect(failure?.message.contains("No space left on device") == true, "\(failure?.message ?? "")")
        #expect(failure?.message.hasSuffix("; the output folder was not changed") == true)
    }

    /// A real read-only subfolder; as root (CI) permissions do not stop writes, so the hook-based
    /// test above covers this case there.
    @Test(.enabled(if: getuid() != 0, "root may write into read-only folders"))
    func aReadOnlySubfolderLeavesThePreviousSet() throws {
        let scratch = try scenario()
        defer {
            chmod(scratch.out.appendingPathComponent("schools").path, 0o755)
            scratch.remove()
        }
        let old = try scratch.snapshot()
        chmod(scratch.out.appendingPathComponent("schools").path, 0o555)
        #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write(Self.next, to: scratch.out) }
        #expect(try scratch.snapshot() == old)
        #expect(try scratch.besideOut() == ["out", "outside"])
    }
}
