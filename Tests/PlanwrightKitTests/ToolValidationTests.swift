import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The inventory checked against the rest of the plan: ids once, schools, payers and owners the
/// plan knows, tools that goals, milestones and decisions name, and counts no licence could hold.
struct ToolValidationTests {
    static func problems(_ result: PlanPipeline.Result, _ severity: Diagnostic.Severity = .error) -> [String] {
        result.diagnostics.filter { $0.severity == severity }.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    @Test func referencesFromTheInventoryResolve() {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: canvas, name: Canvas, purpose: lms, schools: [nort], owner: Bo Dias, funding: general-fnd }
                - { id: canvas, name: Canvas again, purpose: lms }
                - { id: seesaw, name: Seesaw, purpose: lms, decision: { action: replace, replace_with: canvs } }
                - { id: padlet, name: Padlet, purpose: other, decision: { action: replace, replace_with: padlet } }
            """)
        #expect(Self.problems(result).sorted() == [
            "14:59 tool 'canvas' is used at school 'nort', but there is no such school; did you mean 'north'?",
            "14:73 tool 'canvas' is looked after by 'Bo Dias', who is not on the planning team or the staff; did you mean 'Bo Diaz'?",
            "14:91 tool 'canvas' is paid by 'general-fnd', but there is no such funding source under 'funding'; did you mean 'general-fund'?",
            "15:7 two tools have the id 'canvas'; the first is at line 14; each needs its own id",
            "16:92 tool 'seesaw' is to be replaced with 'canvs', but there is no such tool under 'tools'; did you mean 'canvas'?",
            "17:94 tool 'padlet' is to be replaced with itself; 'replace_with' names the tool that takes its place",
        ].sorted())
    }

    @Test func goalsAndMilestonesNameToolsInTheInventory() {
        let goals = """
            [{ id: g, title: Goal, indicators: [shared-vision], tool: canvs,
               milestones: [{ id: a, title: A, days: 5 }, { id: b, title: B, days: 5, introduces: newsela }] }]
            """
        let result = ToolDecodingTests.plan(tools: ToolDecodingTests.seesaw, goals: goals)
        // The milestone that takes its goal's tool is not told again.
        #expect(Self.problems(result) == [
            "8:66 goal 'g' is about tool 'canvs', but there is no such tool under 'tools'; did you mean 'canvas'?",
            "9:87 milestone 'b' introduces tool 'newsela', but there is no such tool under 'tools'",
        ])
    }

    @Test func moreActiveUsersThanSeatsIsAWarningAtTheCount() {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - id: seesaw
                  name: Seesaw
                  purpose: lms
                  licences: 400
                  active_users:
                    - { date: 2026-10-01, value: 400 }
                    - { date: 2026-11-02, value: 4200 }
            """)
        #expect(Self.problems(result).isEmpty)
        #expect(Self.problems(result, .warning) == [
            "20:11 tool 'seesaw' counts 4,200 active users on 2026-11-02, more than the seats paid for (400 seats); check the count (people counted twice, or accounts of people who have left), or the tool's 'licences'",
        ])
    }

    /// Renewals, decisions and agreements fall outside the school year: any year is a date.
    @Test func datesOutsideTheYearAreTaken() throws {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: a, name: A, purpose: sis, renewal: 2031-03-01, decision: { action: keep, by: 2030-01-15 }, privacy: { agreement: signed, expires: 2035-06-30 } }
            """)
        #expect(Self.problems(result).isEmpty)
        #expect(Self.problems(result, .warning).isEmpty)
        #expect(result.value.plan?.tools.tools.first?.privacy?.expires?.value == SchoolDate(iso: "2035-06-30"))
    }
}

/// The inventory's checks in Spanish: the plan's ids as written, the sentence in Spanish.
struct ToolValidationMessagesInSpanishTests {
    @Test func anUnknownToolOfAMilestoneInSpanish() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], milestones: [{ id: b, title: B, days: 5, introduces: newsela }] }]"
        let result = ToolDecodingTests.plan(tools: ToolDecodingTests.seesaw, goals: goals)
        #expect(try ToolDecodingMessagesInSpanishTests.say(result, startingWith: "milestone 'b' introduces")
            == "el hito 'b' incorpora la herramienta 'newsela', pero no existe tal herramienta en 'tools'")
    }

    @Test func moreUsersThanSeatsInSpanish() throws {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: seesaw, name: Seesaw, purpose: lms, licences: 1, active_users: [{ date: 2026-11-02, value: 2 }] }
            """)
        #expect(try ToolDecodingMessagesInSpanishTests.say(result, startingWith: "tool 'seesaw' counts")
            == "la herramienta 'seesaw' cuenta 2 usuarios activos el 2026-11-02, más que las licencias pagadas (1 licencia); revise el conteo (personas contadas dos veces, o cuentas de personas que ya no están) o las 'licences' de la herramienta")
    }

    @Test func anOwnerTheToolNamesInSpanish() throws {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: seesaw, name: Seesaw, purpose: lms, owner: Bo Dias }
            """)
        #expect(try ToolDecodingMessagesInSpanishTests.say(result, startingWith: "tool 'seesaw' is looked after by")
            .hasPrefix("la herramienta 'seesaw' está a cargo de 'Bo Dias', que no está en el equipo de planificación ni en el personal"))
    }
}
