import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The planner's own messages (its checks, the schedule, people and budget) are worded from the
/// strings files: the same diagnostic reads in Spanish through the printer, with the plan's ids
/// as the plan writes them and every part of the sentence, nested phrases too, in Spanish.
struct PlanMessagesInSpanishTests {
    func schedule(_ milestones: String) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones)))
    }

    @Test func theAddedPilotAndGateNoteReadsInSpanish() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let result = schedule("{ id: prep, title: Prep, days: 3 }, { id: launch, title: Launch, days: 5, after: prep, kind: rollout }")
        let note = try #require(result.diagnostics.first { $0.content.key == "plan_added_pilot_and_gate" })
        #expect(note.message == "the planner added a 10-day pilot and a go/no-go gate before rollout 'launch'")
        #expect(DiagnosticPrinter(wording: spanish).render(note).contains(
            "el planificador agregó un piloto de 10 días y una decisión de continuar o no antes de la implementación 'launch'"))
    }

    /// A missed due names its chain link by link, each link's day count agreeing, and what holds
    /// the first back: phrases nested three deep, all in the reader's language.
    @Test func aMissedDueNamesItsChainInSpanish() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let result = schedule("""
            { id: survey, title: S, days: 10, not_before: 2026-09-14 }, { id: pilot, title: P, days: 20, after: survey },
            { id: gate, title: G, days: 1, after: pilot, due: 2026-10-23 }
            """)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.content.key == "plan_due_missed_because")
        let text = spanish.say(error.content)
        #expect(text.hasPrefix("el hito 'gate' vence el 2026-10-23 pero no puede terminar antes del 2026-10-26; la cadena que lo retrasa: "))
        #expect(text.contains("survey (2026-09-14 a 2026-09-25, 10 días de clase) → pilot"))
        #expect(text.contains("gate (2026-10-26 a 2026-10-26, 1 día de clase)"))
        #expect(text.hasSuffix("'survey' no empieza antes de su not_before del 2026-09-14"))
        #expect(!text.contains("school days") && !text.contains("starts no earlier"))
    }
}
