import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// `tools:` read key by key, `kind:` on measures and `tool:`/`introduces:` on goals and
/// milestones; every wrong value reported at its line and column in words a leader understands.
struct ToolDecodingTests {
    static let funding = """
        funding:
          - { id: general-fund, name: General fund, amount: 50000 }
          - { id: title, name: Title IV-A, amount: 20000 }
        """

    /// A plan whose `tools:` section starts at line 12 (after the two funding sources).
    static func plan(tools: String, goals: String = PlanFixture.goal("{ id: a, title: A, days: 5 }")) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(goals: goals, extra: funding + "\n" + tools))
    }

    /// The errors as `line:column message`.
    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    static let seesaw = """
        tools:
          low_utilization: 40%
          inventory:
            - id: seesaw
              name: Seesaw
              purpose: lms
              schools: [north]
              grades: K-2
              licences: 400
              active_users:
                - { date: 2026-10-01, value: 120 }
                - { date: 2026-11-02, value: 150 }
              integration: { sso: yes, oneroster: planned, lti: no, grade_passback: false }
              privacy: { agreement: signed, expires: 2027-06-30 }
              cost: 4,200
              funding: { general-fund: 60%, title: 40% }
              renewal: 2027-03-01
              owner: Bo Diaz
              decision: { action: replace, by: 2027-04-16, replace_with: canvas }
              url: https://app.seesaw.me
            - { id: canvas, name: Canvas, purpose: LMS }
        """

    @Test func everyKeyOfATool() throws {
        let result = Self.plan(tools: Self.seesaw)
        #expect(Self.errors(result).isEmpty)
        let inventory = try #require(result.value.plan?.tools)
        #expect(inventory.lowUtilization?.value == Share(basisPoints: 4_000))
        #expect(inventory.tools.map(\.id) == ["seesaw", "canvas"])
        let tool = inventory.tools[0]
        #expect(tool.name == "Seesaw")
        #expect(tool.purpose?.value == .lms)
        #expect(tool.declaredScope.schoolReferences.map(\.id) == ["north"])
        #expect(tool.scope.schools == ["north"])
        #expect(tool.declaredScope.grades?.value.description == "K-2")
        #expect(tool.licences?.value == 400)
        #expect(tool.activeUsers.map(\.value) == [120, 150])
        #expect(tool.activeUsers.map(\.date) == [SchoolDate(iso: "2026-10-01")!, SchoolDate(iso: "2026-11-02")!])
        #expect(tool.integration.sso?.value == .yes)
        #expect(tool.integration.rostering?.value == .planned)
        #expect(tool.integration.lti?.value == IntegrationState.no)
        #expect(tool.integration.gradePassback?.value == IntegrationState.no)
        #expect(tool.privacy?.status.value == .signed)
        #expect(tool.privacy?.expires?.value == SchoolDate(iso: "2027-06-30"))
        #expect(tool.cost?.value == Money(dollars: 4_200))
        #expect(tool.funding?.parts.map(\.source.id) == ["general-fund", "title"])
        #expect(tool.renewal?.value == SchoolDate(iso: "2027-03-01"))
        #expect(tool.owner?.id == "Bo Diaz")
        #expect(tool.decision?.action.value == .replace)
        #expect(tool.decision?.by?.value == SchoolDate(iso: "2027-04-16"))
        #expect(tool.decision?.replacement?.id == "canvas")
        #expect(tool.url == "https://app.seesaw.me")
        // What the plan leaves out: every school and grade, nothing integrated, no cost.
        let canvas = inventory.tools[1]
        #expect(canvas.purpose?.value == .lms)
        #expect(canvas.scope.isEveryone && canvas.licences == nil && canvas.integration.sso == nil && canvas.cost == nil)
    }

    @Test func withoutToolsThePlanHasNone() throws {
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")))
        let plan = try #require(result.value.plan)
        #expect(plan.tools.isEmpty && plan.tools.lowUtilization == nil && plan.tools.location == nil)
    }

    @Test func measuresSayWhatTheyMeasureAndWorkNamesItsTool() throws {
        let goals = """
            [{ id: g, title: Goal, indicators: [shared-vision], tool: canvas,
               measures: [{ name: Accounts, baseline: 0, target: 400, kind: adoption }, { name: Weekly use, baseline: 0, target: 80, kind: Utilization }, { name: Reading, baseline: 40, target: 60 }],
               milestones: [{ id: a, title: A, days: 5 }, { id: b, title: B, days: 5, introduces: seesaw }, { id: c, title: C, days: 5, tool: seesaw }] }]
            """
        let result = Self.plan(tools: Self.seesaw, goals: goals)
        #expect(Self.errors(result).isEmpty)
        let goal = try #require(result.value.plan?.goals.first)
        #expect(goal.measures.map { $0.kind?.value } == [.adoption, .utilization, nil])
        #expect(goal.tool?.tool.id == "canvas" && goal.tool?.introduces == false)
        // A milestone without its own takes its goal's, as it takes its goal's scope.
        #expect(goal.milestones.map { $0.tool?.tool.id } == ["canvas", "seesaw", "seesaw"])
        #expect(goal.milestones.map { $0.tool?.introduces } == [false, true, false])
    }

    @Test func wrongValuesAreErrorsAtTheirValue() {
        let result = Self.plan(tools: """
            tools:
              low_utilization: half
              inventory:
                - { id: a, name: A, purpose: lmss, licences: -5 }
                - { id: b, name: B, purpose: sis, renewal: 2027-02-30, integration: { sso: maybe, lti: yes } }
                - { id: c, name: C, purpose: other, cost: "12.345", active_users: [{ date: 2026-10-01, value: 10.5 }] }
                - { id: d, name: D, purpose: other, decision: { action: retire, replace_with: a }, privacy: { agreement: sined } }
                - { id: e, name: E, purpose: other, funding: { general-fund: 60%, title: 30% }, colour: red }
            """)
        #expect(Self.errors(result) == [
            "13:20 'low_utilization' of the tools must be a percentage from 0% to 100%, such as 15%; found 'half'",
            "15:34 'purpose' of tool 'a' must be one of lms, sis, assessment, curriculum, intervention, communication, productivity, other; found 'lmss'; did you mean 'lms'?",
            "15:50 'licences' of tool 'a' must be a whole number from 0 to 10000000; found -5",
            "16:48 'renewal' of tool 'b' is 2027-02-30, a date that does not exist",
            "16:80 'sso' of the integration of tool 'b' must be one of yes, no, planned; found 'maybe'",
            "17:47 'cost' of tool 'c' is 12.345, which has a fraction of a cent; write at most two decimals, such as 12.34",
            "17:99 'value' of this observation must be a whole number from 0 to 10000000; found the text '10.5'",
            "18:83 'replace_with' of tool 'd' names the tool that takes its place, but its decision is retire, not replace; write action: replace, or remove 'replace_with'",
            "18:110 'agreement' of the privacy agreement of tool 'd' must be one of signed, pending, none; found 'sined'; did you mean 'signed'?",
            "19:50 the shares of 'funding' of tool 'e' add up to 90%; they must add up to 100%",
            "19:85 unknown key 'colour' in tool 'e'; a tool can have: id, name, purpose, schools, grades, licences, active_users, integration, privacy, cost, funding, renewal, owner, decision, url",
        ])
    }

    @Test func workNamesEitherAToolOrANewOne() {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], tool: canvas, introduces: seesaw, milestones: [{ id: a, title: A, days: 5 }] }]"
        let result = Self.plan(tools: Self.seesaw, goals: goals)
        #expect(Self.errors(result) == [
            "8:86 goal 'g' has both 'tool' and 'introduces'; write 'tool' for work with a tool the district has, or 'introduces' for a new tool it brings in, not both",
        ])
    }

    @Test func aMeasuresKindIsOneOfThree() {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], measures: [{ name: Logins, baseline: 0, target: 5, kind: usage }], milestones: [{ id: a, title: A, days: 5 }] }]"
        #expect(Self.errors(Self.plan(tools: "", goals: goals)) == [
            "8:117 'kind' of measure 'Logins' must be one of adoption, utilization, outcome; found 'usage'",
        ])
    }
}

/// The same problems, worded in Spanish with the plan's own ids and keys kept as written.
struct ToolDecodingMessagesInSpanishTests {
    static func say(_ result: PlanPipeline.Result, startingWith prefix: String) throws -> String {
        let found = result.diagnostics.filter { $0.message.hasPrefix(prefix) }
        #expect(found.count == 1, "\(result.diagnostics.map(\.message))")
        return try #require(Wording.load(language: "es").value).say(try #require(found.first).content)
    }

    @Test func aReplacementWithoutReplaceInSpanish() throws {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: a, name: A, purpose: other }
                - { id: d, name: D, purpose: other, decision: { action: retire, replace_with: a } }
            """)
        #expect(try Self.say(result, startingWith: "'replace_with' of tool 'd'")
            == "'replace_with' de la herramienta 'd' nombra la herramienta que ocupa su lugar, pero su decisión es retire, no replace; escriba action: replace, o quite 'replace_with'")
    }

    @Test func toolAndIntroducesInSpanish() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], milestones: [{ id: a, title: A, days: 5, tool: canvas, introduces: seesaw }] }]"
        let result = ToolDecodingTests.plan(tools: ToolDecodingTests.seesaw, goals: goals)
        #expect(try Self.say(result, startingWith: "milestone 'a' has both")
            == "el hito 'a' tiene a la vez 'tool' e 'introduces'; escriba 'tool' para un trabajo con una herramienta que el distrito ya tiene, o 'introduces' para una herramienta nueva que incorpora, no las dos")
    }

    @Test func aBadIntegrationWordNamesItsToolInSpanish() throws {
        let result = ToolDecodingTests.plan(tools: """
            tools:
              inventory:
                - { id: b, name: B, purpose: sis, integration: { sso: maybe } }
            """)
        #expect(try Self.say(result, startingWith: "'sso' of the integration").hasPrefix("'sso' en la integración de la herramienta 'b' "))
    }
}
