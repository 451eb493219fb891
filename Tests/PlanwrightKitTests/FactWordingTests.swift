import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// The planned result's facts read in any language with a strings file: the same facts that
/// give today's English give Spanish, with the forms agreeing by the language's plural rule.
struct FactWordingTests {
    static let spanish = Wording.load(language: "es").value!

    static func priority(_ reasons: [PriorityReason], gap: Int = 1) -> Priority {
        Priority(indicator: "tool-audit", name: "Auditoría de herramientas", domain: "d", current: "Emergente", target: "Establecido", gap: gap,
                 weight: 1, score: 1, cycle: nil, goal: nil, waitsFor: [], equitySchools: [], discussFirst: false, reasons: reasons)
    }

    @Test func oneAndTwoFlaggedSchoolsAgreeInEachLanguage() {
        let one = Self.priority([.equitySchools(schools: ["Escuela Núñez"])])
        let two = Self.priority([.equitySchools(schools: ["Escuela Núñez", "Ó Briain Middle"])])
        #expect(PriorityReasonWords.why(one, .english).contains("Escuela Núñez, flagged as needing support, rates it lower still"))
        #expect(PriorityReasonWords.why(two, .english).contains("Escuela Núñez and Ó Briain Middle, flagged as needing support, rate it lower still"))
        #expect(PriorityReasonWords.why(one, Self.spanish).contains("señalada como necesitada de apoyo, lo califica aún más bajo"))
        #expect(PriorityReasonWords.why(two, Self.spanish).contains("señaladas como necesitadas de apoyo, lo califican aún más bajo"))
    }

    @Test func aFullFocusAndAGapAreCountedByTheRule() {
        let p = Self.priority([.focusFull(slots: 2)], gap: 3)
        #expect(PriorityReasonWords.why(p, .english) == "Auditoría de herramientas is at Emergente and aims for Establecido, 3 levels up; "
                + "the 2 focus slots of every cycle are taken by goals and higher priorities, so it moves to next year.")
        #expect(PriorityReasonWords.why(p, Self.spanish) == "Auditoría de herramientas está en Emergente y aspira a Establecido, 3 niveles más arriba; "
                + "los 2 espacios de enfoque de cada ciclo están ocupados por metas y prioridades más altas, así que pasa al próximo año.")
    }

    @Test func lateWorkSaysItsSchoolDaysInTheLanguage() {
        let day = SchoolDate(iso: "2026-09-04")!, end = SchoolDate(iso: "2026-09-10")!
        let late = MilestoneProgress(id: "a", title: .written("A"), state: .late, plannedStart: day, plannedEnd: day, start: day, end: end, slip: 4,
                                     reason: .late(schoolDaysBehind: 1, status: .planned, blockedBecause: nil))
        let dates = PeopleDates(year: SchoolDate(iso: "2026-08-24")!...SchoolDate(iso: "2027-06-11")!)
        #expect(ProgressReasonWords.sentence(late, dates: dates, .english)
                == "Was to end on Fri, Sep 4 and is 1 school day late (not started); re-planned to end on Thu, Sep 10.")
        let spanish = ProgressReasonWords.sentence(late, dates: dates, Self.spanish)
        #expect(spanish.contains("lleva 1 día escolar de retraso (sin empezar)"), "\(spanish)")
        // Its days too: the language's names, in the language's order.
        #expect(spanish.hasPrefix("Debía terminar el \(Self.spanish.day(day)) ") && !spanish.contains("Fri"), "\(spanish)")
    }
}
