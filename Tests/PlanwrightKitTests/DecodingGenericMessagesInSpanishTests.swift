import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The decoder's messages (unknown key, wrong value, empty value) read in the reader's language,
/// with the entry they are in named in that language too: "en el objetivo 'g'", not "in goal 'g'".
struct DecodingGenericMessagesInSpanishTests {
    static func messages(goals: String, language: String) throws -> [String] {
        let wording = try #require(Wording.load(language: language).value)
        let result = PlanFixture.run(PlanFixture.yaml(goals: goals))
        return result.diagnostics.filter { $0.severity == .error }.map { wording.say($0.content) }
    }

    @Test func anUnknownKeyIsNamedInTheGoalItIsIn() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], mielstones: [{ id: a, title: A, days: 1 }] }]"
        let english = try Self.messages(goals: goals, language: "en")
        #expect(english.contains("unknown key 'mielstones' in goal 'g'; did you mean 'milestones'?"))
        let spanish = try Self.messages(goals: goals, language: "es")
        #expect(spanish.contains("clave desconocida 'mielstones' en el objetivo 'g'; ¿quiso decir 'milestones'?"), "\(spanish)")
    }

    @Test func aWrongValueSaysWhatItMustBeInSpanish() throws {
        let spanish = try Self.messages(goals: PlanFixture.goal("{ id: a, title: A, days: many }"), language: "es")
        #expect(spanish.contains { $0.hasPrefix("'days' en el hito 'a' debe ser un número entero") && $0.hasSuffix("se encontró el texto 'many'") },
                "\(spanish)")
    }

    @Test func aFeminineEntryTakesItsArticle() throws {
        let wording = try #require(Wording.load(language: "es").value)
        let context = Message("decode_key_of", ["key": .text("name"), "context": .message(PlanShapes.school.namedPhrase("north"))])
        #expect(wording.say(context) == "'name' en la escuela 'north'")
        #expect(wording.say(PlanShapes.heldSession.thisNounPhrase) == "esta sesión realizada")
        #expect(Wording.english.say(PlanShapes.heldSession.thisNounPhrase) == "this held session")
    }
}
