import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The plan decoder's section messages (goals, milestones, measures, scope, staff, schools,
/// families, languages, surveys, funding purposes) are worded from the strings files: the
/// English is what the decoder always wrote, and the same problem reads in Spanish with the
/// plan's own ids, keys and values kept as written.
struct DecoderMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// The one diagnostic whose English starts with `prefix`, and its Spanish.
    static func said(_ yaml: String, startingWith prefix: String) throws -> (english: String, spanish: String) {
        let diagnostics = PlanFixture.run(yaml).diagnostics
        let found = diagnostics.filter { $0.message.hasPrefix(prefix) }
        #expect(found.count == 1, "\(diagnostics.map(\.message))")
        let diagnostic = try #require(found.first)
        return (diagnostic.message, try spanish().say(diagnostic.content))
    }

    // PlanDecoder+Year.swift and +Budget.swift: what a value is ("each early-release date",
    // "the share of 'title-iv'") is a phrase of the strings files, not English inside Spanish.
    @Test func whatAValueIsIsSaidInSpanish() throws {
        let year = "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-13-01] }"
        let date = try Self.said(PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "each early-release date")
        #expect(date.english == "each early-release date is 2026-13-01, a date that does not exist")
        #expect(date.spanish.hasPrefix("cada fecha de salida temprana "), "\(date.spanish)")
        #expect(!date.spanish.contains("early-release"), "\(date.spanish)")
    }

    // PlanDecoder.swift
    @Test func aPlanWithoutGoals() throws {
        let said = try Self.said(PlanFixture.yaml(goals: "[]"), startingWith: "the plan needs")
        #expect(said.english == "the plan needs at least one goal under 'goals'")
        #expect(said.spanish == "el plan necesita al menos una meta en 'goals'")
    }

    // PlanDecoder+Goals.swift: a status kept as the plan writes it, a kind worded.
    @Test func aDateOfFinishingOnUnfinishedWork() throws {
        let said = try Self.said(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5, status: planned, done_on: 2026-09-01 }")),
                                 startingWith: "milestone 'a' has 'done_on'")
        #expect(said.english == "milestone 'a' has 'done_on' but its status is 'planned'; set 'status: done' or remove 'done_on'")
        #expect(said.spanish == "el hito 'a' tiene 'done_on' pero su estado es 'planned'; ponga 'status: done' o quite 'done_on'")
    }

    @Test func participantsOnARolloutNameItsKindInSpanish() throws {
        let said = try Self.said(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5, kind: rollout, participants: 3 }")),
                                 startingWith: "milestone 'a' lists 'participants'")
        #expect(said.english == "milestone 'a' lists 'participants', but only a pilot has them (it is a rollout); add 'kind: pilot', or list the pilot's teachers on the pilot milestone")
        #expect(said.spanish.contains("(este es de tipo implementación)"), "\(said.spanish)")
    }

    // PlanDecoder+Scope.swift: grades counted for the verb, the advice per kind of work.
    @Test func aMilestoneWideningItsGoalsGrades() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], grades: 6-8, milestones: [{ id: a, title: A, days: 5, grades: 5-8 }] }]"
        let said = try Self.said(PlanFixture.yaml(goals: goals), startingWith: "milestone 'a' is for grades")
        #expect(said.english == "milestone 'a' is for grades 5-8, which is outside the scope of its goal 'g' (grades 6-8): 5 is not in it; "
                + "a milestone may narrow its goal's scope, never widen it; change the goal's scope or the milestone's")
        #expect(said.spanish == "el hito 'a' es para los grados 5-8, que está fuera del alcance de su meta 'g' (grados 6-8): 5 no está incluido; "
                + "un hito puede acotar el alcance de su meta, nunca ampliarlo; cambie el alcance de la meta o el del hito")
    }

    @Test func aMeasureForSubjectsItsGoalIsNotFor() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], subjects: [math], milestones: [{ id: a, title: A, days: 5 }], "
            + "measures: [{ name: Reading, baseline: 1, target: 2, subjects: [ela, science] }] }]"
        let said = try Self.said(PlanFixture.yaml(goals: goals), startingWith: "measure 'Reading' is for the subject")
        #expect(said.english == "measure 'Reading' is for the subject 'ela' and 'science', which is outside the scope of its goal 'g' (math); "
                + "a measure may narrow its goal's scope, never widen it; change the goal's scope or the measure's")
        #expect(said.spanish.hasPrefix("la medida 'Reading' es para las materias 'ela' y 'science', que está fuera"), "\(said.spanish)")
    }

    // PlanDecoder+Assessment.swift
    @Test func aTargetBelowTheCurrentLevel() throws {
        let said = try Self.said(PlanFixture.yaml(ratings: "{ shared-vision: { current: 3, target: 2 } }", goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")),
                                 startingWith: "the rating of 'shared-vision' aims lower")
        #expect(said.english.hasSuffix("than where it is now (\(try Self.levelName(3))); a target is at least the current level"), "\(said.english)")
        #expect(said.spanish == "la valoración de 'shared-vision' apunta más bajo (\(try Self.levelName(2))) que el nivel actual (\(try Self.levelName(3))); "
                + "una meta es como mínimo el nivel actual")
    }

    static func levelName(_ number: Int) throws -> String {
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }"))).value.plan)
        let scale = plan.framework.scale
        return scale.name(of: try #require(scale.level(number: number)))
    }

    // PlanDecoder+Voices.swift
    @Test func aSurveyQuestionRatingNoIndicator() throws {
        let voices = "voices: { surveys: [{ file: teachers.csv, group: teachers, questions: { \"Q1\": shared-visoin } }] }"
        let said = try Self.said(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }"), extra: voices), startingWith: "the column 'Q1'")
        #expect(said.english == "the column 'Q1' rates 'shared-visoin', which is not an indicator of the framework; write an indicator id, "
                + "or free-text for an open question; did you mean 'shared-vision'?")
        #expect(said.spanish == "la columna 'Q1' valora 'shared-visoin', que no es un indicador del marco; escriba el identificador de un indicador, "
                + "o free-text para una pregunta abierta; ¿quiso decir 'shared-vision'?")
    }

    // PlanDecoder+Families.swift: a language named in the reader's language.
    @Test func aLanguageNamedTwiceAndATextInALanguage() throws {
        let twice = try Self.said(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }"), extra: "families: { languages: [en, es, es] }"),
                                  startingWith: "'languages' of the families names")
        #expect(twice.english == "'languages' of the families names 'es' twice; keep one")
        #expect(twice.spanish == "'languages' en las familias nombra 'es' dos veces; deje uno")
        let schools = "[{ id: north, name: { en: North Elementary, es: [Norte] } }]"
        let text = try Self.said(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "the Spanish of")
        #expect(text.english.hasPrefix("the Spanish of 'name' of school 'north' must be text"), "\(text.english)")
        #expect(text.spanish.hasPrefix("el texto en español de 'name' en la escuela 'north'"), "\(text.spanish)")
    }

    // NodeReader+Languages.swift
    @Test func aLanguageCodeInCapitals() throws {
        let said = try Self.said(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }"), extra: "families: { languages: [en, ES] }"),
                                 startingWith: "each of 'languages'")
        #expect(said.english == "each of 'languages' of the families must be a two-letter ISO 639-1 language code, such as en, es or vi; found 'ES'; write it 'es'")
        #expect(said.spanish == "cada valor de 'languages' en las familias debe ser un código de idioma ISO 639-1 de dos letras, como en, es o vi; se encontró 'ES'; escríbalo 'es'")
    }

    @Test func theFamiliesSpeakingALanguageAreNamedInSpanish() throws {
        let schools = "[{ id: north, name: North Elementary, home_languages: { en: 300, es: many } }]"
        let said = try Self.said(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "the families speaking")
        #expect(said.english.hasPrefix("the families speaking Spanish in 'home_languages' of school 'north' must be"), "\(said.english)")
        #expect(said.spanish.hasPrefix("las familias que hablan español en 'home_languages' en la escuela 'north' debe"), "\(said.spanish)")
        // The platform's names, the same bytes on every machine this ships on.
        let spanish = try Self.spanish()
        #expect(spanish.say(LanguageCode.value("en")) == "inglés")
        #expect(spanish.say(LanguageCode.value("vi")) == "vietnamita")
        #expect(Wording.english.say(LanguageCode.value("ht")) == "Haitian Creole")
    }

    // PlanDecoder+People.swift
    @Test func aGradeThatIsNotOne() throws {
        let staff = "[{ id: s1, name: Ann Lee, school: north, comfort: 4, grades: [K, seven] }]"
        let said = try Self.said(PlanFixture.yaml(staff: staff, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "'grades' of staff member")
        #expect(said.english == "'grades' of staff member 's1' has 'seven', which is not a grade; write PK, K, 1 to 12, or a range such as K-2 or 9-12")
        #expect(said.spanish == "'grades' en el miembro del personal 's1' tiene 'seven', que no es un grado; escriba PK, K, de 1 a 12, o un rango como K-2 o 9-12")
    }

    // PlanDecoder+Enrollment.swift
    @Test func studentsInAGradeTheSchoolDoesNotTeach() throws {
        let schools = "[{ id: north, name: North Elementary, grades: K-5, students: { K: 40, 6: 30 } }]"
        let said = try Self.said(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")), startingWith: "'students' of school")
        #expect(said.english == "'students' of school 'north' counts grade 6, which the school does not teach (its grades are K-5)")
        #expect(said.spanish == "'students' de la escuela 'north' cuenta el grado 6, que la escuela no imparte (sus grados son K-5)")
    }

    // PlanDecoder+StaffSchools.swift
    @Test func sharesOfTimeThatDoNotMakeAWhole() throws {
        let schools = "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }]"
        let staff = "[{ id: s1, name: Ann Lee, school: { north: 40%, south: 40% }, comfort: 4 }]"
        let said = try Self.said(PlanFixture.yaml(schools: schools, staff: staff, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")),
                                 startingWith: "the shares of time")
        #expect(said.english == "the shares of time in 'school' of staff member 's1' add up to 80%; they must add up to 100%")
        #expect(said.spanish == "las partes del tiempo en 'school' en el miembro del personal 's1' suman 80%; deben sumar 100%")
    }

    // PlanDecoder+FundingPurposes.swift
    @Test func aPurposeBelowWhatItsRulesAskFor() throws {
        let work = BudgetCheckTests.milestone("pd", schools: "[adams]", costs: ["{ item: Coaching, category: training, amount: 1000, funding: t4 }"])
        let yaml = FundingRulesTests.plan(milestones: work, sources: FundingRulesTests.titleIV(wellRounded: "15%"))
        let said = try Self.said(yaml, startingWith: "purpose 'well-rounded'")
        #expect(said.english == "purpose 'well-rounded' of 't4' keeps 15% of it, but its rules ask for at least 20% for a source that gives its 'minimums_from' "
                + "a year or more; keep at least 20% for it")
        #expect(said.spanish == "el propósito 'well-rounded' de 't4' se queda con 15% de ella, pero sus reglas piden al menos 20% para una fuente que da su "
                + "'minimums_from' al año o más; reserve al menos 20% para él")
    }

    @Test func aCategoryUnderTwoPurposesIsWordedInSpanish() throws {
        let work = BudgetCheckTests.milestone("pd", schools: "[adams]", costs: ["{ item: Coaching, category: training, amount: 1000, funding: t4 }"])
        let sources = FundingRulesTests.titleIV().replacingOccurrences(of: "at_most: 2% }", with: "at_most: 2%, categories: [devices] }")
        let said = try Self.said(FundingRulesTests.plan(milestones: work, sources: sources), startingWith: "devices is under purpose")
        #expect(said.english == "devices is under purpose 'technology' already; a cost category draws on one purpose, so a cost knows which part pays it")
        #expect(said.spanish.hasPrefix("la categoría dispositivos ya está en el propósito 'technology'"), "\(said.spanish)")
    }
}
