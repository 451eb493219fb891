import Testing
@testable import PlanwrightDocument

/// Lists are joined by the language's words, and Spanish writes "e" before the sound /i/:
/// a family page reads "español e inglés", never "español y inglés".
struct ListJoiningTests {
    static let spanish = Wording.load(language: "es").value!

    @Test func spanishWritesEBeforeTheSoundI() {
        #expect(Self.spanish.list(["español", "inglés"]) == "español e inglés")
        #expect(Self.spanish.list(["Matemáticas", "Ciencias", "Historia"]) == "Matemáticas, Ciencias e Historia")
        #expect(Self.spanish.list(["Arte", "Ídem"]) == "Arte e Ídem")
        #expect(Self.spanish.list(["agua", "hielo"]) == "agua y hielo")
        #expect(Self.spanish.list(["docentes", "estudiantes", "familias"]) == "docentes, estudiantes y familias")
        #expect(Self.spanish.list(["árabe", "yoruba"]) == "árabe y yoruba")
    }

    @Test func englishKeepsAndWithoutASerialComma() {
        #expect(Wording.english.list(["Spanish", "Italian"]) == "Spanish and Italian")
        #expect(Wording.english.list(["a", "b", "in"]) == "a, b and in")
        #expect(Wording.english.list(["only"]) == "only")
        #expect(Wording.english.list([]) == "")
    }

    @Test func aMessageListIsJoinedTheSameWay() {
        let message = Message("list_and", ["rest": .text("español"), "last": .text("inglés")])
        #expect(Self.spanish.say(message) == "español y inglés", "the key itself is the plain form")
        #expect(Self.spanish.say(.list([.text("español"), .text("inglés")])) == "español e inglés")
    }
}
