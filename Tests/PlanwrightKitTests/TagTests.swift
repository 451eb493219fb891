import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Explicit tags (`!!str 10`, `!foo`) read as the YAML 1.2 core schema says, never as the value.
struct TagTests {
    func load(_ text: String) -> YAMLLoader.Result {
        YAMLLoader().load(SourceText(path: "t.yaml", bytes: Array(text.utf8)))
    }

    func check(goal milestone: String = "{ id: m, title: Set up, days: 5 }", year: String? = nil,
               name: String = "Test District") -> PlanLoader.Result {
        var text = PlanFixture.yaml(goals: PlanFixture.goal(milestone))
            .replacingPresent("district: { name: Test District", with: "district: { name: \(name)")
        if let year { text = text.replacingPresent("early_release: wednesday }", with: "early_release: wednesday, \(year) }") }
        return PlanLoader().load(SourceText(path: "test.yaml", bytes: Array(text.utf8)))
    }

    @Test func taggedScalarKeepsItsText() throws {
        let tree = try #require(load("a: !!str 10\nb: !foo Base District\nc: !!int 7\n").tree)
        #expect(CanonicalYAML.write(tree.root) == #"{"a": "10", "b": "Base District", "c": "7"}"#)
    }

    @Test func unknownTagIsAWarningAtTheTagAndTheValueIsKept() throws {
        let result = check(name: "!foo Base District")
        let plan = try #require(result.plan)
        #expect(plan.district.name == "Base District")
        #expect(result.diagnostics.count == 1)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'!foo' is not a tag Planwright knows"))
        #expect(warning.location?.line == 2)
        #expect(warning.location?.column == 19)  // `district: { name: ` is 18 characters
    }

    @Test func textTagWhereAWholeNumberIsExpectedIsAnErrorSayingSo() throws {
        let result = check(goal: "{ id: m, title: Set up, days: !!str 10 }")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message == "'days' of milestone 'm' must be a whole number from 1 to 400, but '!!str' marks '10' as text; remove '!!str'")
        #expect(!error.message.contains("tag:yaml.org"))
    }

    @Test func wholeNumberTagWhereTextIsExpectedReadsAsItsText() throws {
        let result = check(goal: "{ id: m, title: !!int 10, days: !!int 5 }")
        let plan = try #require(result.plan, "\(result.diagnostics)")
        #expect(plan.milestones.first?.title == "10")
        #expect(plan.milestones.first?.days == 5)
    }

    @Test func valueThatDoesNotFitItsTagIsOneErrorAtTheTag() throws {
        let result = check(goal: "{ id: m, title: Set up, days: !!int fifteen }")
        #expect(result.diagnostics.count == 1)
        let error = try #require(result.diagnostics.first)
        #expect(error.message == "'!!int' marks a whole number, but 'fifteen' is not a whole number; write a whole number or remove '!!int'")
        #expect(error.location?.column == result.diagnostics.first?.location?.column)
    }

    @Test func coreSchemaSpellingsAreCheckedForEachTag() {
        let problems = load("""
            a: !!bool yes
            b: !!bool true
            c: !!float 1.5e3
            d: !!float x
            e: !!null ~
            f: !!null nothing
            g: !!int 0x1F
            h: !!seq text
            i: !!str [a]
            """).diagnostics.map { $0.location?.line ?? 0 }
        #expect(problems == [1, 4, 6, 8, 9])
    }

    @Test func nullTagLeavesTheValueOutAndTextTagKeepsATilde() throws {
        let tree = try #require(load("a: !!null\nb: !!str ~\nc: !foo ~\n").tree)
        let values = tree.root.pairs.map(\.value)
        #expect(values.map(\.isNull) == [true, false, true])
        #expect(values[1].scalar == "~")
    }

    @Test func mergeTagMerges() throws {
        let result = load("base: &b { x: 1 }\nm: { !!merge <<: *b, y: 2 }\nn: { !!str <<: 3 }\n")
        #expect(result.diagnostics.isEmpty)
        let tree = try #require(result.tree)
        #expect(CanonicalYAML.write(tree.root) == #"{"base": {"x": "1"}, "m": {"y": "2", "x": "1"}, "n": {"<<": "3"}}"#)
    }
}
