import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// What the planner adds to a plan (a pilot and a go/no-go before a rollout that lacks them, a
/// review ending each cycle, a cycle's name, champions' stipends and training pay) is a fact in
/// the planned result, worded by the outputs: English as it always read, Spanish from es.po.
struct PlannerFactsTests {
    static let spanish = Wording.load(language: "es").value!

    /// A rollout with nothing before it: the planner adds its pilot and its go/no-go.
    static func bareRollout(_ title: String) -> String {
        PlanDiffTests().plan("{ id: roll, title: \(title), days: 5, kind: rollout }")
    }

    static func planned(_ yaml: String) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(DiagnosticPrinter(sources: result.sources).render(result.diagnostics))")
        return try #require(result.improvementPlan)
    }

    @Test func anAddedPilotAndGateAreFactsNamingTheirRollout() throws {
        let plan = try Self.planned(Self.bareRollout("Launch the LMS"))
        let pilot = try #require(plan.milestones.first { $0.id == "roll-pilot" })
        let gate = try #require(plan.milestones.first { $0.id == "roll-gate" })
        #expect(pilot.title == .addedPilot(rollout: "Launch the LMS") && gate.title == .addedGate(rollout: "Launch the LMS"))
        #expect(Wording.english.title(pilot.title) == "Pilot before rollout: Launch the LMS, with a small group of thoughtful users")
        #expect(Wording.english.title(gate.title) == "Go/no-go: is it working well enough for everyone? (Launch the LMS)")
        #expect(Self.spanish.title(pilot.title) == "Piloto antes de la implementación: Launch the LMS, con un grupo pequeño de usuarios reflexivos")
        #expect(Self.spanish.title(gate.title) == "Decisión de continuar o no: ¿funciona lo bastante bien para todos? (Launch the LMS)")
        // plan.json keeps the English its readers have always had.
        let json = try PlanJSON.encode(plan)
        #expect(json.contains(#""title" : "Pilot before rollout: Launch the LMS, with a small group of thoughtful users""#))
        #expect(json.contains(#""title" : "Go/no-go: is it working well enough for everyone? (Launch the LMS)""#))
    }

    @Test func aCycleWithNoNameIsNumberedAndItsReviewNamesIt() throws {
        let plan = try GoldenOutputTests.examplePlan()
        #expect(plan.cycles.map(\.name) == [.numbered(1), .numbered(2), .numbered(3)])
        #expect(plan.cycles.map { Wording.english.name($0.name) } == ["Cycle 1", "Cycle 2", "Cycle 3"])
        #expect(plan.cycles.map { Self.spanish.name($0.name) } == ["Ciclo 1", "Ciclo 2", "Ciclo 3"])
        let review = try #require(plan.milestones.first { $0.id == "cycle-2-review" })
        #expect(review.title == .cycleReview(cycle: .numbered(2)))
        #expect(Wording.english.title(review.title) == "Study and adjust: what Cycle 2's measures and milestones show; keep, change or stop")
        #expect(Self.spanish.title(review.title) == "Estudiar y ajustar: lo que muestran las medidas y los hitos de Ciclo 2; mantener, cambiar o detener")
        // A cycle the plan names keeps its name in every language.
        #expect(Self.spanish.name(.written("Otoño")) == "Otoño")
        let json = try PlanJSON.encode(plan)
        #expect(json.contains(#""name" : "Cycle 2""#) && json.contains("Study and adjust: what Cycle 2's measures"))
    }

    @Test func costsThePlannerAddsAreFacts() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let stipends = try #require(plan.budget.costs.first { $0.origin == .champions })
        #expect(stipends.item == .championStipends)
        #expect(Wording.english.item(stipends.item) == "Champion stipends")
        #expect(Self.spanish.item(stipends.item) == "Estipendios de líderes de tecnología")
        let english: [CostItem: String] = [
            .training(.participants, .stipend): "Training participants (stipend per session)",
            .training(.participants, .cover): "Training participants (cover per session)",
            .training(.facilitators, .stipend): "Training facilitators (stipend per session)",
            .training(.facilitators, .cover): "Training facilitators (cover per session)",
        ]
        for (item, words) in english { #expect(Wording.english.item(item) == words) }
        #expect(Self.spanish.item(.training(.participants, .cover)) == "Participantes de la capacitación (suplentes por sesión)")
        #expect(Self.spanish.item(.written("Canvas licences")) == "Canvas licences")
        #expect(try PlanJSON.encode(plan).contains(#""item" : "Champion stipends""#))
        #expect(CSVExport.budget(plan, people: PlannedPeople(plan)).contains(",Champion stipends,"))
        // Where a page names it (the board's unfunded costs), in the page's language.
        let board = BoardWords(w: Self.spanish, dates: PeopleDates(plan))
        #expect(board.unfundedCost(stipends, in: plan.budget).contains("Estipendios de líderes de tecnología"))
    }

    /// A check's message says the planner's item in the reader's language too.
    @Test func aChecksMessageWordsTheItem() {
        let message = Message("budget_check_cost_unfunded", ["item": CostItem.championStipends.excerpt])
        #expect(Wording.english.say(message).hasPrefix("Champion stipends"))
        #expect(Self.spanish.say(message).hasPrefix("Estipendios de líderes de tecnología"))
        #expect(Wording.english.say(CostItem.championStipends.excerpt) == "Champion stipends")
    }

    /// The staff pages in Spanish: the cycles and their reviews in Spanish, none of the
    /// planner's English left.
    @Test func aSpanishBuildWordsWhatThePlannerAdded() throws {
        let pages = try BudgetWordingTests.spanishPages()
        let plan = try #require(pages["plan.md"])
        #expect(plan.contains("Ciclo 2"))
        #expect(plan.contains("Estudiar y ajustar: lo que muestran las medidas y los hitos de Ciclo 2; mantener, cambiar o detener"))
        let html = try #require(pages["plan.html"])
        #expect(html.contains("aria-label=\"Hitos de Ciclo 2 por fecha\""))
        for (path, contents) in pages where path.hasSuffix(".md") || path.hasSuffix(".html") {
            for english in ["Cycle 1", "Cycle 2", "Cycle 3", "Study and adjust", "Champion stipends", "Pilot before rollout", "Go/no-go: is it",
                            "Training participants (", "Milestones of "] {
                #expect(!contents.contains(english), "\(path) says '\(english)'")
            }
        }
    }

    @Test func aSpanishPageNamesAnAddedPilotAndGateInSpanish() throws {
        let plan = try Self.planned(Self.bareRollout("Launch the LMS"))
        let templates = try #require(TemplateSet.load().templates)
        let output = HandoutRenderer(templates: templates, wording: Self.spanish).render(plan)
        let page = try #require(output.files.first { $0.path == "plan.md" }?.contents)
        #expect(page.contains("Piloto antes de la implementación: Launch the LMS, con un grupo pequeño de usuarios reflexivos"))
        #expect(page.contains("Decisión de continuar o no: ¿funciona lo bastante bien para todos? (Launch the LMS)"))
        #expect(!page.contains("Pilot before rollout") && !page.contains("Go/no-go: is it"))
    }

    /// The diff compares facts: an added pilot's title is the same while its rollout's is, and
    /// when the rollout is retitled the diff words the pilot's old title in its own language.
    @Test func theDiffComparesTitlesAsFacts() throws {
        let differ = PlanDiffTests()
        let same = try differ.diff(Self.bareRollout("Launch the LMS"), Self.bareRollout("Launch the LMS"))
        #expect(same.milestones.changed.isEmpty)
        let retitled = try differ.diff(Self.bareRollout("Launch the LMS"), Self.bareRollout("Go live"))
        let pilot = try #require(retitled.milestones.changed.first { $0.id == "roll-pilot" })
        #expect(pilot.title == .addedPilot(rollout: "Go live"))
        #expect(pilot.changes.first?.oldTitle == .addedPilot(rollout: "Launch the LMS"))
        let english = PlanDiffMarkdown.render(retitled)
        #expect(english.contains("Pilot before rollout: Go live, with a small group of thoughtful users"))
        #expect(english.contains("Pilot before rollout: Launch the LMS"))
        let spanish = PlanDiffMarkdown.render(retitled, Self.spanish)
        #expect(spanish.contains("Piloto antes de la implementación: Go live"))
        #expect(spanish.contains("Piloto antes de la implementación: Launch the LMS"))
        #expect(!spanish.contains("Pilot before rollout"))
        // The diff's JSON keeps the English text of both.
        let json = try retitled.json()
        #expect(json.contains("Pilot before rollout: Launch the LMS, with a small group of thoughtful users"))
    }

    /// Support's days on site, in the page's language; the budget keeps the tenths.
    @Test func supportsDaysAreWordedInTheLanguage() {
        let support = { (tenths: Int) in PlannedSupport(school: nil, what: "Technician", tenthsOfDaysPerWeek: tenths, daysPerYear: 0) }
        #expect([10, 20, 5, 25, 0].map { support($0).daysWords(.english) } == ["1 day a week", "2 days a week", "half a day a week", "2.5 days a week", nil])
        #expect([10, 20, 5, 25].map { support($0).daysWords(Self.spanish) }
                == ["1 día a la semana", "2 días a la semana", "medio día a la semana", "2.5 días a la semana"])
    }

    /// A testing window the plan does not name is no English word in the planned result: the
    /// message that says a rollout waits it out words it.
    @Test func anUnnamedTestingWindowIsWordedInTheMessagesLanguage() throws {
        let year = "{ start: 2026-08-24, end: 2027-06-11, testing: [{ from: 2027-04-19, to: 2027-05-07 }], early_release: wednesday }"
        let result = PlanFixture.run(PlanFixture.yaml(year: year, goals: PlanFixture.goal("""
            { id: p, title: P, days: 5, not_before: 2027-04-12, kind: pilot }, { id: g, title: G, days: 1, after: p, kind: gate },
            { id: r, title: R, days: 3, after: g, kind: rollout, due: 2027-05-10 }
            """)))
        let plan = try #require(result.improvementPlan)
        #expect(plan.milestones.first { $0.id == "r" }?.startConstraint == .testingWindow(nil, after: .predecessor("g")))
        let missed = try #require(result.diagnostics.first { Wording.english.say($0.content).contains("'r' waits until") })
        #expect(Wording.english.say(missed.content).contains("'r' waits until testing is over"))
        #expect(Self.spanish.say(missed.content).contains("'r' espera a que termine el período de evaluaciones"))
    }
}
