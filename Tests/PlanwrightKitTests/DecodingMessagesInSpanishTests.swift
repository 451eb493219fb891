import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The decoder's calendar, year, budget and cross-reference messages are worded from the strings
/// files: the same problem reads in plain Spanish, with the plan's own ids and keys kept as written.
struct DecodingMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// The one diagnostic whose English starts with `prefix`.
    static func diagnostic(_ yaml: String, startingWith prefix: String) throws -> Diagnostic {
        let found = PlanFixture.run(yaml).diagnostics.filter { $0.message.hasPrefix(prefix) }
        #expect(found.count == 1, "\(PlanFixture.run(yaml).diagnostics.map(\.message))")
        return try #require(found.first)
    }

    @Test func aClosedDayOnAWeekendNamesTheDaysInSpanish() throws {
        let year = "{ start: 2026-08-24, end: 2027-06-11, closed: [{ name: Fall day, from: 2026-10-10, to: 2026-10-11 }] }"
        let warning = try Self.diagnostic(PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "the closed day 'Fall day'")
        #expect(warning.message == "the closed day 'Fall day' falls on Saturday 2026-10-10 and Sunday 2026-10-11, a weekend, so it closes no school day; "
                + "check its date (a holiday on a weekend is usually kept on the Friday or Monday)")
        let printed = DiagnosticPrinter(wording: try Self.spanish()).render(warning)
        #expect(printed.contains("el día sin clases 'Fall day' cae el sábado 2026-10-10 y domingo 2026-10-11, en fin de semana"), "\(printed)")
    }

    @Test func anUnknownMilestoneIsNamedWithItsSuggestionInSpanish() throws {
        let goal = PlanFixture.goal("{ id: pilot, title: Pilot, days: 5 }, { id: rollout, title: Rollout, days: 5, after: [pilott] }")
        let error = try Self.diagnostic(PlanFixture.yaml(goals: goal), startingWith: "milestone 'rollout' comes after")
        #expect(error.message == "milestone 'rollout' comes after 'pilott', but there is no such milestone; did you mean 'pilot'?")
        #expect(try Self.spanish().say(error.content) == "el hito 'rollout' va después de 'pilott', pero no existe tal hito; ¿quiso decir 'pilot'?")
    }

    @Test func twoGoalsWithOneIdUseThePluralNoun() throws {
        let goals = "[{ id: g, title: A, indicators: [shared-vision], milestones: [] }, { id: g, title: B, indicators: [shared-vision], milestones: [] }]"
        let error = try Self.diagnostic(PlanFixture.yaml(goals: goals), startingWith: "two goals have the id 'g'")
        #expect(try Self.spanish().say(error.content).hasPrefix("dos metas tienen el identificador 'g'"))
        #expect(try Self.spanish().say(try #require(error.notes.first).content) == "primera aparición: meta 'g'")
    }

    @Test func aCostsCategoryIsWordedInSpanish() throws {
        let goal = "[{ id: g, title: Goal, indicators: [shared-vision], milestones: [{ id: a, title: A, days: 5 }], "
            + "costs: [{ item: Canvas, category: software, amount: 100, refresh: 4 }] }]"
        let error = try Self.diagnostic(PlanFixture.yaml(goals: goal), startingWith: "cost 'Canvas' is software")
        #expect(error.message == "cost 'Canvas' is software, which is not refreshed; 'refresh' is for devices and infrastructure that wear out")
        #expect(try Self.spanish().say(error.content).hasPrefix("el costo 'Canvas' es de software, que no se renueva"))
    }

    @Test func aSpanWithoutItsLastDayIsNamedInSpanish() throws {
        let year = "{ start: 2026-08-24, end: 2027-06-11, testing: [{ from: 2027-04-19 }] }"
        let error = try Self.diagnostic(PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "a testing window needs")
        #expect(error.message == "a testing window needs 'to', its last day")
        #expect(try Self.spanish().say(error.content) == "un período de evaluaciones necesita 'to', su último día")
    }
}
