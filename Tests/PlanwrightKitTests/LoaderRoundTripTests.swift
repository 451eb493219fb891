import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The loader reads tricky YAML as YAML 1.1/1.2 tools agree it means; writing the tree
/// back (canonical flow style) and loading that again gives the same tree.
struct LoaderRoundTripTests {
    static let cases: [(name: String, yaml: String, canonical: String)] = [
        ("block mapping and sequence", "a: 1\nb:\n  - x\n  - y\n", #"{"a": "1", "b": ["x", "y"]}"#),
        ("flow styles", "a: {b: [1, 2], c: {d: e}}\n", #"{"a": {"b": ["1", "2"], "c": {"d": "e"}}}"#),
        ("quoting keeps text as written", "a: 'it''s'\nb: \"tab\\there\"\nc: \"NO\"\nd: NO\ne: 1.10\n",
         #"{"a": "it's", "b": "tab\there", "c": "NO", "d": "NO", "e": "1.10"}"#),
        ("literal block keeps line breaks", "v: |\n  line one\n  line two\n", #"{"v": "line one\nline two\n"}"#),
        ("folded block joins lines", "v: >\n  one\n  two\n\n  three\n", #"{"v": "one two\nthree\n"}"#),
        ("strip and keep chomping", "a: |-\n  x\nb: |+\n  y\n\nc: z\n", #"{"a": "x", "b": "y\n\n", "c": "z"}"#),
        ("plain multi-line scalar", "v: one\n  two\n", #"{"v": "one two"}"#),
        ("nulls", "a:\nb: ~\nc: null\nd: 'null'\n", #"{"a": ~, "b": ~, "c": ~, "d": "null"}"#),
        ("anchors and aliases share values", "x: &v [1, 2]\ny: *v\n", #"{"x": ["1", "2"], "y": ["1", "2"]}"#),
        ("merge key: own keys win", "base: &b {a: 1, b: 2}\nthis:\n  <<: *b\n  b: 3\n",
         #"{"base": {"a": "1", "b": "2"}, "this": {"b": "3", "a": "1"}}"#),
        ("merge list: first listed wins", "p: &p {a: 1}\nq: &q {a: 2, c: 3}\nr:\n  <<: [*p, *q]\n",
         #"{"p": {"a": "1"}, "q": {"a": "2", "c": "3"}, "r": {"a": "1", "c": "3"}}"#),
        ("quoted '<<' is an ordinary key", "m: {'<<': 1}\n", #"{"m": {"<<": "1"}}"#),
        ("unicode text", "name: Tomás Herrera — ✓\n", #"{"name": "Tomás Herrera — ✓"}"#),
        ("comments are not values", "# a comment\na: 1 # trailing\n", #"{"a": "1"}"#),
        ("explicit document markers", "---\na: 1\n...\n", #"{"a": "1"}"#),
        ("flow mapping in a sequence", "- {id: a, n: 1}\n- {id: b}\n", #"[{"id": "a", "n": "1"}, {"id": "b"}]"#),
        ("colon without space stays text", "t: 10:30\nu: http://x.example/a\n", #"{"t": "10:30", "u": "http://x.example/a"}"#),
    ]

    @Test("reads tricky YAML as intended", arguments: cases.indices)
    func readsAsIntended(_ index: Int) throws {
        let (name, yaml, expected) = Self.cases[index]
        let tree = try #require(load(yaml).tree, "\(name) did not load")
        #expect(CanonicalYAML.write(tree.root) == expected, "\(name)")
    }

    @Test("writing and loading again gives the same tree", arguments: cases.indices)
    func roundTrips(_ index: Int) throws {
        let first = try #require(load(Self.cases[index].yaml).tree)
        let written = CanonicalYAML.write(first.root)
        let second = try #require(load(written).tree, "canonical text did not load: \(written)")
        #expect(CanonicalYAML.write(second.root) == written)
    }

    func load(_ text: String, limits: LoaderLimits = .standard) -> YAMLLoader.Result {
        YAMLLoader(limits: limits).load(SourceText(path: "test.yaml", bytes: Array(text.utf8)))
    }
}
