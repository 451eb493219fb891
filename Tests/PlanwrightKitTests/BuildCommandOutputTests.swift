import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `planwright build` as a user runs it, against unlucky and hostile output folders.
struct BuildCommandOutputTests {
    let cli = CommandLineTests()
    let plan = GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml").path

    @Test func anEmptyOutIsAUsageErrorAndWritesNothing() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        let result = try cli.run(["build", plan, "--out", ""], in: scratch.out)
        #expect(result.status == 2)
        #expect(result.stderr == "planwright: error: the output folder name is empty; give a folder with --out, for example --out handouts\n")
        #expect(result.stdout.isEmpty)
        #expect(try scratch.snapshot().isEmpty)
    }

    @Test func aLinkedSchoolsFolderIsRefusedInPlainWords() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("schools", to: scratch.outside.appendingPathComponent("dir"))
        let outside = try scratch.outsideSnapshot()
        let result = try cli.run(["build", plan, "--out", scratch.out.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("planwright: error: 'schools' in the output folder is a symbolic link; Planwright does not write through links."))
        #expect(result.stderr.hasSuffix("the output folder was not changed\n"))
        #expect(try scratch.outsideSnapshot() == outside)
        #expect(try scratch.snapshot().keys.sorted() == ["schools"])
    }

    @Test func aDamagedManifestIsAWarningAndTheBuildSucceeds() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write(".\n", to: OutputDirectory.manifestName)
        let result = try cli.run(["build", plan, "--out", scratch.out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("planwright: warning: line 1 of '.planwright-manifest' names '.', which is not a plain path inside the output folder; Planwright left it alone\n"))
        // Built again, the manifest is sound: nothing about it (the plan's own warnings remain).
        #expect(try !cli.run(["build", plan, "--out", scratch.out.path]).stderr.contains("planwright: warning"))
    }

    @Test func aBuildWhileAnotherWritesTheSameFolderIsRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        let held = try OutputLocation.open(scratch.out.path, create: false)
        let result = try withExtendedLifetime(held) { try cli.run(["build", plan, "--out", scratch.out.path]) }
        #expect(result.status == 2)
        #expect(result.stderr == "planwright: error: another build is writing to '\(scratch.out.path)' right now; wait for it to finish\n")
        #expect(try scratch.snapshot().isEmpty)
    }

    /// A build killed while moving is finished by the next `build`, first thing, even one whose
    /// plan has errors, and it says so.
    @Test func theNextBuildFinishesAKilledOneFirstAndSaysSo() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        let outputs = try BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files
        _ = try OutputDirectory.write(outputs, to: scratch.out)
        let changed = outputs.map { ($0.path, $0.contents + "changed\n") }
        var moves = 0
        #expect(throws: OutputFaults.Stopped.self) {
            try OutputDirectory.write(changed, to: scratch.out.path, faults: OutputFaults { step in
                if step.action == "move into place" { moves += 1 }
                return moves == 10 ? .stop : .proceed
            })
        }
        let bad = Fixtures.url("bad/unknown-school.yaml").path
        let result = try cli.run(["build", bad, "--out", scratch.out.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("planwright: note: the previous build into '\(scratch.out.path)' was interrupted while moving its files in; Planwright finished it, so the folder holds that build's outputs\n"))
        let after = try scratch.snapshot()
        #expect(changed.allSatisfy { after[$0.0] == "file: \($0.1)" })
        #expect(after.keys.allSatisfy { !$0.hasPrefix(".planwright-staging") && $0 != ".planwright-journal" })
        #expect(try scratch.besideOut() == ["out", "outside"])
    }
}
