import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct LoaderTests {
    func load(_ text: String, limits: LoaderLimits = .standard) -> YAMLLoader.Result {
        YAMLLoader(limits: limits).load(SourceText(path: "t.yaml", bytes: Array(text.utf8)))
    }

    @Test func everyNodeKnowsItsLineAndColumn() throws {
        let tree = try #require(load("a:\n  b: [x, 'y']\n").tree)
        let b = tree.root.pairs[0].value.pairs[0]
        #expect((b.key.location.line, b.key.location.column) == (2, 3))
        let items = b.value.items
        #expect((items[1].location.line, items[1].location.column, items[1].location.length) == (2, 10, 3))
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: two\r\n".utf8)
        let result = YAMLLoader().load(SourceText(path: "t.yaml", bytes: bytes))
        let tree = try #require(result.tree)
        #expect(CanonicalYAML.write(tree.root) == #"{"a": "1", "b": "two"}"#)
        #expect(tree.root.pairs[1].value.location.line == 2)
        #expect(tree.root.pairs[0].key.location.column == 1)
        #expect(SourceText(path: "t", bytes: bytes).line(1) == "a: 1")
    }

    @Test func duplicateKeyPointsAtTheSecondAndNamesTheFirst() throws {
        let result = load("name: A\nid: x\nname: B\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("first given at line 1, column 1"))
        #expect(diagnostic.notes.first?.location?.line == 1)
        // The document still loads, keeping the first value, so later checks can go on.
        #expect(result.tree.map { CanonicalYAML.write($0.root) } == #"{"name": "A", "id": "x"}"#)
    }

    @Test func billionLaughsIsRefused() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let result = load(text)
        #expect(result.tree == nil)
        #expect(result.diagnostics.first?.message.contains("billion laughs") == true)
    }

    @Test func aliasBudgetCountsExpandedNodes() {
        var limits = LoaderLimits()
        limits.maxAliasExpansion = 10
        #expect(load("a: &a [1, 2, 3]\nb: [*a, *a]\n", limits: limits).tree != nil)  // 2 × 4 nodes
        #expect(load("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", limits: limits).tree == nil)  // 12 > 10
    }

    @Test func nestingDepthIsBounded() {
        var limits = LoaderLimits()
        limits.maxDepth = 3
        #expect(load("a: {b: {c: 1}}\n", limits: limits).tree != nil)
        let deep = load("a: {b: {c: [1]}}\n", limits: limits)
        #expect(deep.tree == nil)
        #expect(deep.diagnostics.first?.message == "the lists and mappings here nest more than 3 levels deep")
        #expect(deep.diagnostics.first?.location?.column == 12)
    }

    @Test func fileSizeIsBounded() {
        var limits = LoaderLimits()
        limits.maxFileBytes = 1024 * 1024
        let big = String(repeating: "a: 1\n", count: 300_000)
        let result = load(big, limits: limits)
        #expect(result.tree == nil)
        #expect(result.diagnostics.first?.message.contains("reads files up to 1 MB") == true)
    }

    @Test func emptyAndCommentOnlyFilesAreReported() {
        #expect(load("").diagnostics.first?.message.contains("empty") == true)
        #expect(load("# just a comment\n").diagnostics.first?.message.contains("empty") == true)
    }

    @Test func aliasToAnUndefinedAnchorIsAnError() {
        let result = load("a: *nowhere\n")
        #expect(result.diagnostics.first?.message == "'*nowhere' refers to an anchor '&nowhere' that is not defined above it")
    }
}
