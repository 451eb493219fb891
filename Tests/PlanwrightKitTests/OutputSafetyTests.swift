import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Nothing outside `--out` is ever written or deleted: links inside it are not followed, a
/// damaged manifest is reported and not obeyed, and only folders Planwright created are removed.
struct OutputSafetyTests {
    @Test func aSchoolsFolderLinkedOutsideIsRefusedAndNothingIsWrittenThere() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("schools", to: scratch.outside.appendingPathComponent("dir"))
        let outside = try scratch.outsideSnapshot(), before = try scratch.snapshot()
        let failure = #expect(throws: OutputDirectory.Failure.self) {
            try OutputDirectory.write([("plan.md", "new"), ("schools/theirs.md", "overwritten"), ("schools/a.md", "new")], to: scratch.out)
        }
        #expect(failure?.message.hasPrefix("'schools' in the output folder is a symbolic link; Planwright does not write through links") == true, "\(failure?.message ?? "")")
        #expect(try scratch.outsideSnapshot() == outside)
        #expect(try scratch.snapshot() == before)
        #expect(try scratch.besideOut() == ["out", "outside"])
    }

    @Test func aLinkOrAFolderWhereAHandoutGoesIsTheUsersAndRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("plan.md", to: scratch.outside.appendingPathComponent("dir/theirs.md"))
        let outside = try scratch.outsideSnapshot()
        let link = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.html", "x"), ("plan.md", "x")], to: scratch.out) }
        #expect(link?.message.hasPrefix("'plan.md' in the output folder is a symbolic link") == true)
        try FileManager.default.removeItem(at: scratch.out.appendingPathComponent("plan.md"))
        try scratch.write("kept", to: "plan.md/inside.txt")
        let folder = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.html", "x"), ("plan.md", "x")], to: scratch.out) }
        #expect(folder?.message.hasPrefix("'plan.md' in the output folder is a folder, where Planwright writes a file") == true)
        #expect(try scratch.snapshot() == ["plan.md": "folder", "plan.md/inside.txt": "file: kept"])
        #expect(try scratch.outsideSnapshot() == outside)
    }

    @Test func aManifestEntryThroughALinkDeletesNothingOutside() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("link", to: scratch.outside)
        try scratch.write("plan.md\nlink/dir\nlink/dir/theirs.md\n", to: OutputDirectory.manifestName)
        let outside = try scratch.outsideSnapshot()
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(try scratch.outsideSnapshot() == outside)
        #expect(summary.removed.isEmpty)
        #expect(summary.englishWarnings == [
            "line 2 of '.planwright-manifest' names 'link/dir', which goes through 'link', a symbolic link; Planwright left it alone",
            "line 3 of '.planwright-manifest' names 'link/dir/theirs.md', which goes through 'link', a symbolic link; Planwright left it alone",
        ])
        #expect(try scratch.snapshot()["link"] == "link → \(scratch.outside.path)")
    }

    @Test func aManifestEntryNamingAFolderIsWarnedAndKeepsItsFiles() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("schools\nplan.md\n", to: OutputDirectory.manifestName)
        try scratch.write("mine", to: "schools/mine.txt")
        let summary = try OutputDirectory.write([("plan.md", "new"), ("schools/a.md", "handout")], to: scratch.out)
        #expect(summary.englishWarnings == ["line 1 of '.planwright-manifest' names 'schools', which is a folder, not a file Planwright wrote; Planwright left it alone"])
        let after = try scratch.snapshot()
        #expect(after["schools/a.md"] == "file: handout" && after["schools/mine.txt"] == "file: mine")
        // Also when the same manifest lists 'schools/' as a folder Planwright created.
        try scratch.write(try String(contentsOf: scratch.out.appendingPathComponent(OutputDirectory.manifestName), encoding: .utf8) + "schools\n", to: OutputDirectory.manifestName)
        let again = try OutputDirectory.write([("plan.md", "new"), ("schools/a.md", "handout")], to: scratch.out)
        #expect(again.englishWarnings == ["line 3 of '.planwright-manifest' names 'schools', which is a folder, not a file Planwright wrote; Planwright left it alone"])
        #expect(try scratch.snapshot()["schools/a.md"] == "file: handout")
    }

    @Test func damagedManifestLinesAreWarnedAndEveryLaterBuildSucceeds() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try "beside".write(to: scratch.parent.appendingPathComponent("x"), atomically: false, encoding: .utf8)
        try scratch.write(".\n../x\n/etc/passwd\nschools/./a.md\n\(OutputDirectory.manifestName)\nplan.md\n", to: OutputDirectory.manifestName)
        let first = try OutputDirectory.write([("plan.md", "one")], to: scratch.out)
        #expect(first.englishWarnings.map { $0.prefix(while: { $0 != "," }) } == [
            "line 1 of '.planwright-manifest' names '.'", "line 2 of '.planwright-manifest' names '../x'",
            "line 3 of '.planwright-manifest' names '/etc/passwd'", "line 4 of '.planwright-manifest' names 'schools/./a.md'",
            "line 5 of '.planwright-manifest' names '.planwright-manifest'",
        ])
        #expect(first.englishWarnings.allSatisfy { $0.hasSuffix("which is not a plain path inside the output folder; Planwright left it alone") })
        #expect(try String(contentsOf: scratch.parent.appendingPathComponent("x"), encoding: .utf8) == "beside")
        // The manifest Planwright writes is its own again: the next build has nothing to warn about.
        let second = try OutputDirectory.write([("plan.md", "two")], to: scratch.out)
        #expect(second.englishWarnings.isEmpty)
        #expect(try scratch.snapshot() == ["plan.md": "file: two", OutputDirectory.manifestName: "file: plan.md\n"])
    }

    @Test func aManifestFullOfDamageGivesFewCleanWarnings() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write(String(repeating: "../\u{1B}[2J\u{07}\n", count: 5_000), to: OutputDirectory.manifestName)
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(summary.englishWarnings.count == OutputPreflight.quotedLines + 1)
        #expect(summary.englishWarnings.last == "… and 4980 more lines of the manifest were left alone")
        #expect(!summary.englishWarnings.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// Every kind of manifest warning counts towards one cap, and every quoted path is cut.
    @Test func manyManifestLinesThroughALinkGiveFewShortWarnings() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("lnk", to: scratch.outside)
        let long = "lnk/" + String(repeating: "a", count: 5_000_000)
        let lines = ["../" + String(repeating: "x", count: 300)] + (0..<100_000).map { "lnk/f\($0)" } + [long]
        try scratch.write(lines.joined(separator: "\n") + "\n", to: OutputDirectory.manifestName)
        let outside = try scratch.outsideSnapshot()
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(summary.englishWarnings.count == OutputPreflight.quotedLines + 1)
        #expect(summary.englishWarnings.last == "… and 99982 more lines of the manifest were left alone")
        #expect(summary.englishWarnings.allSatisfy { $0.count < 300 }, "\(summary.englishWarnings.map(\.count))")
        #expect(summary.englishWarnings.first == "line 1 of '.planwright-manifest' names '\(Excerpt.of(lines[0]))', which is not a plain path inside the output folder; Planwright left it alone")
        #expect(summary.englishWarnings.first?.contains("…'") == true)
        #expect(summary.englishWarnings[1] == "line 2 of '.planwright-manifest' names 'lnk/f0', which goes through 'lnk', a symbolic link; Planwright left it alone")
        #expect(try scratch.outsideSnapshot() == outside)
    }

    /// A manifest far larger than any Planwright writes is damaged: not read, not obeyed, replaced.
    @Test func aHugeManifestIsReportedAndNotObeyed() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("kept", to: "plan.html")
        try scratch.write("plan.html\n", to: OutputDirectory.manifestName)
        let handle = try FileHandle(forWritingTo: scratch.out.appendingPathComponent(OutputDirectory.manifestName))
        try handle.truncate(atOffset: UInt64(OutputManifest.maxBytes + 1))
        try handle.close()
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(summary.removed.isEmpty)
        #expect(summary.englishWarnings == ["'.planwright-manifest' is larger than Planwright ever writes (over 16 MB), so it is damaged; Planwright removed nothing it names and wrote a fresh one"])
        #expect(try scratch.snapshot() == ["plan.html": "file: kept", "plan.md": "file: new", OutputDirectory.manifestName: "file: plan.md\n"])
    }

    /// Planwright's own names inside `--out` hold only what Planwright put there: anything else
    /// under one of them is the user's, and the build stops before changing a thing.
    @Test func aFolderOfTheUsersAtAReservedNameIsRefusedAndKept() throws {
        for name in [OutputDirectory.manifestName, OutputJournal.name, OutputJournal.temporaryName, OutputDirectory.stagingName] {
            let scratch = try OutputScratch()
            defer { scratch.remove() }
            _ = try OutputDirectory.write([("plan.md", "old")], to: scratch.out)
            try? FileManager.default.removeItem(at: scratch.out.appendingPathComponent(name))
            try scratch.write("mine", to: "\(name)/mine.txt")
            let before = try scratch.snapshot()
            let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.md", "new")], to: scratch.out) }
            let reason = failure?.message ?? ""
            #expect(reason.hasPrefix("'\(name)' in the output folder is ") && reason.contains("Planwright keeps its own"), "\(name): \(reason)")
            #expect(try scratch.snapshot() == before, "\(name)")
            if name != OutputDirectory.manifestName {
                let recovery = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.recover(scratch.out.path) }
                #expect(recovery?.message == reason)
                #expect(try scratch.snapshot() == before, "\(name)")
            }
        }
    }

    /// A link at one of Planwright's names is the user's too: refused, not removed or followed.
    @Test func aLinkAtAReservedNameIsRefusedAndKept() throws {
        for name in [OutputDirectory.manifestName, OutputJournal.name, OutputJournal.temporaryName, OutputDirectory.stagingName] {
            let scratch = try OutputScratch()
            defer { scratch.remove() }
            try scratch.link(name, to: scratch.outside.appendingPathComponent(name == OutputDirectory.stagingName ? "dir" : "dir/theirs.md"))
            let before = try scratch.snapshot(), outside = try scratch.outsideSnapshot()
            let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.md", "new")], to: scratch.out) }
            #expect(failure?.message.hasPrefix("'\(name)' in the output folder is a symbolic link, but Planwright keeps its own") == true, "\(name): \(failure?.message ?? "")")
            #expect(try scratch.snapshot() == before, "\(name)")
            #expect(try scratch.outsideSnapshot() == outside, "\(name)")
        }
    }

    /// A staging folder as a killed build leaves it (only `new/` and `old/`) is still cleaned up.
    @Test func aLeftoverStagingFolderOfPlanwrightsIsRemoved() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("staged", to: "\(OutputDirectory.stagingName)/new/schools/a.md")
        try FileManager.default.createDirectory(at: scratch.out.appendingPathComponent("\(OutputDirectory.stagingName)/old"), withIntermediateDirectories: true)
        _ = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(try scratch.snapshot() == ["plan.md": "file: new", OutputDirectory.manifestName: "file: plan.md\n"])
    }

    /// Two builds into one folder at once: the second is refused while the first holds the lock
    /// (flock locks belong to one open of the folder, so a second open conflicts even here).
    @Test func aSecondBuildIntoTheSameFolderAtOnceIsRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        _ = try OutputDirectory.write([("plan.md", "old")], to: scratch.out)
        let before = try scratch.snapshot()
        var held = try OutputLocation.open(scratch.out.path, create: false)
        let expected = "another build is writing to '\(scratch.out.path)' right now; wait for it to finish"
        withExtendedLifetime(held) {
            let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.md", "new")], to: scratch.out) }
            #expect(failure?.message == expected)
            let recovery = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.recover(scratch.out.path) }
            #expect(recovery?.message == expected)
        }
        #expect(try scratch.snapshot() == before)
        held = nil
        _ = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(try scratch.snapshot()["plan.md"] == "file: new")
    }

    @Test func aFolderGoesOnlyWhenEmptyAndCreatedByPlanwright() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.out.appendingPathComponent("theirs"), withIntermediateDirectories: true)
        _ = try OutputDirectory.write([("plan.md", "one"), ("gone/x.md", "x"), ("kept/y.md", "y"), ("theirs/z.md", "z")], to: scratch.out)
        try scratch.write("mine", to: "kept/mine.txt")
        let summary = try OutputDirectory.write([("plan.md", "two")], to: scratch.out)
        #expect(summary.removed.sorted() == ["gone/x.md", "kept/y.md", "theirs/z.md"])
        let after = try scratch.snapshot()
        #expect(after["gone"] == nil, "an emptied folder Planwright created stays")
        #expect(after["kept/mine.txt"] == "file: mine" && after["theirs"] == "folder")
        // 'kept' is still Planwright's, to remove once the user empties it.
        #expect(after[OutputDirectory.manifestName] == "file: /kept/\nplan.md\n")
        try FileManager.default.removeItem(at: scratch.out.appendingPathComponent("kept/mine.txt"))
        _ = try OutputDirectory.write([("plan.md", "three")], to: scratch.out)
        #expect(try scratch.snapshot()["kept"] == nil)
    }

    @Test func aManifestOfEarlierVersionsStillRemovesItsStaleFiles() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("old", to: "schools/old.md")
        try scratch.write("old", to: "plan.md")
        try scratch.write("plan.md\nschools/old.md\n", to: OutputDirectory.manifestName)
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        #expect(summary.removed == ["schools/old.md"] && summary.englishWarnings.isEmpty)
        // Which folders it created that manifest does not say, so 'schools' stays.
        #expect(try scratch.snapshot() == ["plan.md": "file: new", "schools": "folder", OutputDirectory.manifestName: "file: plan.md\n"])
    }

    /// Earlier versions delete, recursively, whatever their manifest names unless the line starts
    /// with `/` or holds `..`: every line they would obey in a manifest of this version is a file.
    @Test func earlierVersionsReadingThisManifestWouldDeleteOnlyFiles() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        _ = try OutputDirectory.write([("plan.md", "x"), ("schools/a.md", "a"), ("schools/deep/b.md", "b")], to: scratch.out)
        let after = try scratch.snapshot()
        let lines = try #require(after[OutputDirectory.manifestName]).dropFirst("file: ".count).split(separator: "\n").map(String.init)
        #expect(lines.contains("/schools/") && lines.contains("/schools/deep/"))
        for line in lines where !line.hasPrefix("/") && !line.contains("..") {
            #expect(after[line]?.hasPrefix("file: ") == true, "an earlier version would delete '\(line)'")
        }
    }

    @Test func theOutputFolderMayItselfBeALink() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        let linked = scratch.parent.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: scratch.out)
        _ = try OutputDirectory.write([("schools/a.md", "a")], to: linked)
        #expect(try scratch.snapshot()["schools/a.md"] == "file: a")
    }

    @Test func anEmptyRootOrFileOutputFolderIsRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("a file", to: "file.txt")
        for (path, reason) in [("", "the output folder name is empty"), ("/", "'/' is the top folder of the whole disk"),
                               ("\(scratch.parent.path)/../../../../../../..", "is the top folder of the whole disk"),
                               (scratch.out.appendingPathComponent("file.txt").path, "is a file, not a folder")] {
            let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputLocation.check(path) }
            #expect(failure?.message.contains(reason) == true, "\(path): \(failure?.message ?? "")")
        }
        #expect(try scratch.snapshot() == ["file.txt": "file: a file"])
    }
}

extension OutputDirectory.Summary {
    /// The notes about the previous manifest, in English.
    var englishWarnings: [String] { warnings.map(Wording.english.say) }
}
