import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The YAML loader's, the framework files', the staff survey's grades, `init`'s and the
/// templates' messages are worded from the strings files: English as before, byte for byte,
/// and the same problem in plain Spanish with the file's own ids kept as written.
struct LoaderAndFrameworkMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// The first error of a fixture plan under `bad/`.
    static func firstError(_ fixture: String) throws -> Diagnostic {
        let result = PlanPipeline().run(path: Fixtures.url("bad/\(fixture).yaml").path)
        return try #require(result.diagnostics.first { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
    }

    static func load(_ yaml: String) -> YAMLLoader.Result {
        YAMLLoader().load(SourceText(path: "t.yaml", bytes: Array(yaml.utf8)))
    }

    // MARK: Framework files

    @Test func anIndicatorWithTooFewLevelsInSpanish() throws {
        let error = try Self.firstError("framework-level-count")
        #expect(error.message == "indicator 'shared-vision' describes 2 levels, but the scale has 3; describe each level once, lowest first")
        #expect(try Self.spanish().say(error.content)
                == "el indicador 'shared-vision' describe 2 niveles, pero la escala tiene 3; describa cada nivel una vez, del más bajo al más alto")
    }

    @Test func aCircleOfRequirementsKeepsItsIdsInSpanish() throws {
        let error = try Self.firstError("framework-requires-cycle")
        #expect(error.message.hasPrefix("indicators require each other in a circle: shared-vision → equity-of-access → shared-vision; none could be worked on first"))
        #expect(try Self.spanish().say(error.content).hasPrefix("los indicadores se requieren unos a otros en círculo: shared-vision → equity-of-access → shared-vision;"))
    }

    @Test func anUnknownBuiltInFrameworkSuggestsOneInSpanish() throws {
        let error = try Self.firstError("unknown-framework")
        #expect(error.message == "there is no built-in framework named 'edtech-sytems'; did you mean 'edtech-systems'?")
        #expect(try Self.spanish().say(error.content) == "no hay un marco incorporado llamado 'edtech-sytems'; ¿quiso decir 'edtech-systems'?")
    }

    @Test func aFrameworkFileThatIsNotYAMLInSpanish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frame-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.yaml")
        try "name: [unclosed\n".write(to: file, atomically: true, encoding: .utf8)
        let loaded = FrameworkLibrary(access: .commandLine).load(file.path, relativeTo: "./plan.yaml", at: SourceLocation(file: "p.yaml", line: 1, column: 1))
        let error = try #require(loaded.diagnostics.first)
        #expect(error.message.hasPrefix("cannot read the framework file '\(file.path)': it is not YAML text (line "))
        #expect(error.message.hasSuffix("cannot be read as YAML); a framework file is a YAML file like the built-in ones"))
        let spanish = try Self.spanish().say(error.content)
        #expect(spanish.hasPrefix("no se puede leer el archivo de marco '\(file.path)': no es texto YAML (la línea "), "\(spanish)")
        #expect(spanish.hasSuffix("un archivo de marco es un archivo YAML como los incorporados"))
    }

    // MARK: The YAML loader

    @Test func aTabInTheIndentationInSpanish() throws {
        let error = try Self.firstError("tab-indentation")
        #expect(error.message == "a tab is used for indentation here; YAML indents with spaces only")
        #expect(try Self.spanish().say(error.content) == "aquí se usa un tabulador para la sangría; YAML usa solo espacios para la sangría")
    }

    @Test func aKeyGivenTwiceAndItsNoteInSpanish() throws {
        let error = try #require(Self.load("a: 1\nb: 2\na: 3\n").diagnostics.first)
        #expect(error.message == "the key 'a' appears twice here; it was first given at line 1, column 1")
        #expect(try Self.spanish().say(error.content) == "la clave 'a' aparece dos veces aquí; se dio por primera vez en la línea 1, columna 1")
        #expect(try Self.spanish().say(try #require(error.notes.first).content) == "'a' se dio por primera vez aquí")
    }

    @Test func aMergeOfTextNamesWhatItFoundInSpanish() throws {
        let error = try #require(Self.load("a: { <<: x }\n").diagnostics.first)
        #expect(error.message == "'<<' merges keys from a mapping (such as '<<: *defaults'), but this is the text 'x'")
        #expect(try Self.spanish().say(error.content) == "'<<' combina las claves de un mapeo (como '<<: *defaults'), pero esto es el texto 'x'")
    }

    @Test func aTagThatDoesNotFitItsValueInSpanish() throws {
        let error = try #require(Self.load("a: !!int abc\n").diagnostics.first)
        #expect(error.message == "'!!int' marks a whole number, but 'abc' is not a whole number; write a whole number or remove '!!int'")
        #expect(try Self.spanish().say(error.content) == "'!!int' indica un número entero, pero 'abc' no es un número entero; escriba un número entero o quite '!!int'")
        let list = try #require(Self.load("a: !!str [1]\n").diagnostics.first)
        #expect(list.message == "'!!str' marks text, but this is a list; remove '!!str'")
        #expect(try Self.spanish().say(list.content) == "'!!str' indica texto, pero esto es una lista; quite '!!str'")
    }

    @Test func syntaxErrorsInSpanish() throws {
        let empty = try #require(Self.load("").diagnostics.first)
        #expect(empty.message == "the file is empty; a plan starts with 'planwright: 1'")
        #expect(try Self.spanish().say(empty.content) == "el archivo está vacío; un plan empieza con 'planwright: 1'")
        let bracket = try #require(Self.load("a: [1, 2\nb: 3\n").diagnostics.first)
        #expect(bracket.message == "a list in brackets '[...]' is not closed; add ']' or a ',' between items")
        #expect(try Self.spanish().say(bracket.content) == "una lista entre corchetes '[...]' no está cerrada; agregue ']' o una ',' entre los elementos")
        let alias = try #require(Self.load("a: *nowhere\n").diagnostics.first)
        #expect(alias.message == "'*nowhere' refers to an anchor '&nowhere' that is not defined above it")
        #expect(try Self.spanish().say(alias.content) == "'*nowhere' se refiere a un ancla '&nowhere' que no está definida más arriba")
    }

    // MARK: The staff survey's grades

    @Test func aSurveyCellThatIsNotAGradeInSpanish() throws {
        let result = OneRosterReaderTests.read("bad-survey", survey: "staff-survey.csv")
        let error = try #require(result.diagnostics.first { $0.message.contains("'grades' has") })
        #expect(error.message == "staff-survey.csv row 4: 'grades' has 'grade 4', which is not a grade; write PK, K, 1 to 12, or a range such as K-2 or 9-12")
        let spanish = try Self.spanish().say(error.content)
        #expect(spanish.hasSuffix("'grades' tiene 'grade 4', que no es un grado; escriba PK, K, de 1 a 12, o un rango como K-2 o 9-12"), "\(spanish)")
    }

    // MARK: init

    @Test func initRefusesAnExistingFileInSpanish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frame-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml").path
        try "x\n".write(toFile: plan, atomically: true, encoding: .utf8)
        let error = try #require(NewPlan().write(to: plan, framework: "edtech-systems", district: nil).diagnostics.first)
        #expect(error.message == "'\(plan)' already exists; init never overwrites a plan: choose another name, or move the file away first")
        #expect(try Self.spanish().say(error.content) == "'\(plan)' ya existe; init nunca sobrescribe un plan: elija otro nombre, o mueva primero el archivo a otro lugar")
        let rolled = try #require(NewPlan().rollOver(from: folder.appendingPathComponent("none.yaml").path, to: folder.appendingPathComponent("next.yaml").path).diagnostics.first)
        #expect(rolled.message.hasSuffix("none.yaml': no such file"))
        #expect(try Self.spanish().say(rolled.content).hasPrefix("no se puede leer '"))
    }

    // MARK: Templates and plan.json

    @Test func templateMessagesInSpanish() throws {
        let missing = try #require(TemplateSet.load(overrides: URL(fileURLWithPath: "/no/such/folder")).diagnostics.first)
        #expect(missing.message == "the templates folder '/no/such/folder' does not exist")
        #expect(try Self.spanish().say(missing.content) == "la carpeta de plantillas '/no/such/folder' no existe")
        let set = try #require(TemplateSet.load().templates)
        let none = try #require(set.render("nope.md", [:], about: Message("template_view_board_page")).diagnostics.first)
        #expect(none.message == "there is no template named 'nope.md'")
        #expect(try Self.spanish().say(none.content) == "no hay ninguna plantilla llamada 'nope.md'")
        let lacking = Diagnostic(.error, at: nil, Message("template_view_lacks", ["template": .text("board.md"), "name": .text("vison"),
                                                                                  "view": .message(Message("template_view_board_page")), "hint": Suggestion.hint("vison", in: ["vision"])]))
        #expect(lacking.message == "template 'board.md' uses 'vison', which the board page does not have; did you mean 'vision'?")
        #expect(try Self.spanish().say(lacking.content) == "la plantilla 'board.md' usa 'vison', que la página de la junta no tiene; ¿quiso decir 'vision'?")
    }

    @Test func aPlanThatCannotBeJSONSaysSoInSpanish() throws {
        let failure = PlanJSON.Failure(message: Message("json_not_a_number", ["value": .text("inf"), "path": .text("goals[0].weight")]))
        #expect(failure.description == "the plan could not be written as JSON: the value inf at 'goals[0].weight' is not a number JSON can hold; nothing was written. Please report this as a Planwright bug, with the plan file")
        #expect(try Self.spanish().say(failure.message).hasPrefix("no se pudo escribir el plan como JSON: el valor inf en 'goals[0].weight' no es un número"))
    }
}
