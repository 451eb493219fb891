import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The tool findings read in plain Spanish, with the tools' names and the plan's keys as written.
struct EcosystemMessagesInSpanishTests {
    typealias F = ToolFixture
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    static func warning(_ planned: ImprovementPlan, line: Int) throws -> Diagnostic {
        try #require(planned.diagnostics.first { $0.location?.line == line && $0.location?.file == "test.yaml" })
    }

    @Test func aRenewalBeforeItsDecisionNamesTheDaysInSpanish() throws {
        let planned = F.planned([F.tool("seesaw", line: 10, renewal: "2027-03-01", decision: .keep, by: "2027-04-16")])
        #expect(try Self.spanish().say(Self.warning(planned, line: 10).content)
                == "Seesaw se renueva el lun 1 mar, pero la decisión de conservarla o retirarla vence el vie 16 abr: "
                + "adelante la revisión a antes de la renovación, o el distrito pagará otro año primero")
    }

    @Test func overlappingToolsNameTheirPurposeInSpanish() throws {
        let planned = F.planned([F.tool("canvas", line: 10), F.tool("seesaw", schools: ["north"], line: 11)])
        #expect(try Self.spanish().say(Self.warning(planned, line: 11).content)
                == "Canvas y Seesaw se usan para la gestión del aprendizaje (LMS) en North Elementary: conserve una y retire o reemplace las demás, "
                + "o deje por escrito por qué se queda cada una")
    }

    @Test func lowUtilizationAndAPendingAgreementInSpanish() throws {
        let planned = F.planned([F.tool("kami", purpose: .productivity, line: 10, licences: 200, active: [("2027-01-15", 60)], privacy: .pending)])
        let said = try planned.diagnostics.filter { $0.location?.line == 10 }.map { try Self.spanish().say($0.content) }
        #expect(said.contains("solo el 30% de las licencias de Kami estaban en uso el vie 15 ene, por debajo del 50%: "
                              + "averigüe por qué antes de pagar más, y luego capacite, reduzca licencias o retírela"))
        #expect(said.contains("el acuerdo de privacidad de datos de Kami sigue pendiente: consiga la firma antes de ingresar datos de estudiantes, o deje de usarla"))
    }

    @Test func anAdoptionOnlyGoalInSpanish() throws {
        let goals = "[{ id: lms, title: LMS, indicators: [shared-vision], measures: [{ name: Accounts created, baseline: 0, target: 100 }], "
            + "milestones: [{ id: live, title: Live, kind: rollout, days: 5 }] }]"
        let planned = F.planned([], goals: goals) { $0.goals[0].measures[0].kind = Located(.adoption, at: F.at(50)) }
        let warning = try #require(planned.diagnostics.first { $0.message.hasPrefix("goal 'lms' rolls out") })
        #expect(warning.message == "goal 'lms' rolls out a tool but its measure 'Accounts created' counts adoption only: accounts created tells you the tool was adopted, "
                + "not used; add a measure of use (kind: utilization)")
        #expect(try Self.spanish().say(warning.content).hasPrefix("la meta 'lms' implementa una herramienta, pero su medida 'Accounts created' solo cuenta la adopción"))
    }
}

extension EcosystemMessagesInSpanishTests {
    @Test func aRolloutNotReadyAndItsGateInSpanish() throws {
        let planned = F.planned([F.tool("seesaw", line: 10, sso: .no)], goals: EcosystemRolloutTests.rollout,
                                change: EcosystemRolloutTests.use("seesaw", on: "seesaw-live"))
        let phrases = try #require(planned.ecosystemPhrases), spanish = try Self.spanish()
        let gate = try #require(planned.milestone("seesaw-live-gate"))
        #expect(gate.mustBeTrue.map { spanish.say(phrases.condition($0)) } == ["se entra a Seesaw con inicio de sesión único y sus listas de clase vienen del SIS"])
        let finding = try #require(planned.ecosystem?.findings.first { if case .rolloutNotReady = $0.kind { true } else { false } })
        #expect(spanish.say(phrases.sentence(finding)) == "la implementación 'seesaw-live' pone en marcha Seesaw antes de que esté lista: la decisión de continuar o no "
                + "debe confirmar que se entra a Seesaw con inicio de sesión único y sus listas de clase vienen del SIS; si no, la implementación espera")
        #expect(spanish.say(finding.kind.label) == "Implementación no lista")
    }

    @Test func aLongOverlapNamesSixToolsAndCountsTheRest() throws {
        let tools = (0..<9).map { F.tool("t\($0)", line: 10 + $0) }
        let planned = F.planned(tools)
        let finding = try #require(planned.ecosystem?.findings.first)
        let phrases = try #require(planned.ecosystemPhrases)
        #expect(Wording.english.say(phrases.sentence(finding)).hasPrefix("T0, T1, T2, T3, T4, T5 and 3 more are each used for learning management (LMS) at North Elementary, South Elementary and West Middle:"))
        #expect(try Self.spanish().say(phrases.sentence(finding)).hasPrefix("T0, T1, T2, T3, T4, T5 y 3 más se usan para la gestión del aprendizaje (LMS) en North Elementary, South Elementary y West Middle:"))
    }
}
